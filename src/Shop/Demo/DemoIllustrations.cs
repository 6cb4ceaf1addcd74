using System.Globalization;
using System.Security;
using System.Text;

namespace Quartet.Shop.Demo;

/// <summary>
/// Draws a demo product's picture as an SVG illustration: the product's object (a line drawing) on a raised tile, in
/// its category's colours with a hue of its own, over a soft backdrop. No downloads; the same product always gets the
/// same picture.
/// </summary>
public static class DemoIllustrations
{
    public const int Size = 400;
    public const string ContentType = "image/svg+xml";

    /// <summary>The drawing for each demo product, by its name; products not listed get their category's drawing.</summary>
    private static readonly Dictionary<string, string> ObjectOf = new(StringComparer.Ordinal)
    {
        ["Wireless earbuds"] = "bluetooth",
        ["Power bank 10,000 mAh"] = "battery-charging",
        ["Bluetooth speaker"] = "speaker",
        ["USB-C hub"] = "usb",
        ["Smart plug"] = "plug",
        ["Fitness band"] = "watch",
        ["Noise-cancelling headphones"] = "headphones",
        ["Webcam HD"] = "webcam",
        ["Mechanical keyboard"] = "keyboard",
        ["Coffee shop card"] = "coffee",
        ["Bookstore card"] = "book-open",
        ["Cinema voucher"] = "clapperboard",
        ["Online store card"] = "shopping-bag",
        ["Grocery card"] = "shopping-basket",
        ["Streaming month"] = "tv",
        ["Music subscription"] = "eighth-notes",
        ["Ride credit"] = "car",
        ["Yoga mat"] = "person-arms-spread",
        ["Massage voucher"] = "hand",
        ["Water bottle"] = "glass-water",
        ["Gym day pass"] = "dumbbell",
        ["Meditation app year"] = "brain",
        ["Running socks"] = "footprints",
        ["Foam roller"] = "cylinder",
        ["Resistance bands"] = "infinity",
        ["Desk plant"] = "sprout",
        ["Scented candle"] = "flame",
        ["Coffee mug set"] = "coffee",
        ["Throw blanket"] = "bed",
        ["Desk lamp"] = "lamp-desk",
        ["Tea sampler"] = "leaf",
        ["Cutting board"] = "utensils-crossed",
        ["Picture frame"] = "frame",
        ["Cushion"] = "sofa",
        ["Leadership classic"] = "book-open",
        ["Cookbook"] = "chef-hat",
        ["Sci-fi trilogy"] = "rocket",
        ["Travel guide"] = "map",
        ["Design handbook"] = "pen-tool",
        ["Notebook set"] = "notebook-pen",
        ["Kids' picture book"] = "baby",
        ["Language course"] = "languages",
        ["Escape room for two"] = "key-round",
        ["Cooking class"] = "chef-hat",
        ["Museum pass"] = "landmark",
        ["Concert ticket"] = "ticket",
        ["Climbing session"] = "mountain",
        ["Wine tasting"] = "wine",
        ["Boat tour"] = "sailboat",
        ["Pottery workshop"] = "amphora",
    };

    private static readonly Dictionary<string, string> CategoryObject = new(StringComparer.Ordinal)
    {
        ["Gadgets"] = "battery-charging",
        ["Gift cards"] = "gift",
        ["Wellness"] = "heart-pulse",
        ["Home"] = "house",
        ["Books"] = "book-open",
        ["Experiences"] = "ticket",
    };

    /// <summary>Line drawings from Lucide (ISC licence, lucide.dev) on a 24-unit grid, stroked, unfilled.</summary>
    private static readonly Dictionary<string, string> Drawings = new(StringComparer.Ordinal)
    {
        ["bluetooth"] = "<path d=\"m7 7 10 10-5 5V2l5 5L7 17\"/>",
        ["battery-charging"] = "<path d=\"m11 7-3 5h4l-3 5\"/><path d=\"M14.856 6H16a2 2 0 0 1 2 2v8a2 2 0 0 1-2 2h-2.935\"/><path d=\"M22 14v-4\"/><path d=\"M5.14 18H4a2 2 0 0 1-2-2V8a2 2 0 0 1 2-2h2.936\"/>",
        ["speaker"] = "<rect width=\"16\" height=\"20\" x=\"4\" y=\"2\" rx=\"2\"/><path d=\"M12 6h.01\"/><circle cx=\"12\" cy=\"14\" r=\"4\"/><path d=\"M12 14h.01\"/>",
        ["usb"] = "<circle cx=\"10\" cy=\"7\" r=\"1\"/><circle cx=\"4\" cy=\"20\" r=\"1\"/><path d=\"M4.7 19.3 19 5\"/><path d=\"m21 3-3 1 2 2Z\"/><path d=\"M9.26 7.68 5 12l2 5\"/><path d=\"m10 14 5 2 3.5-3.5\"/><path d=\"m18 12 1-1 1 1-1 1Z\"/>",
        ["plug"] = "<path d=\"M12 22v-5\"/><path d=\"M15 8V2\"/><path d=\"M17 8a1 1 0 0 1 1 1v4a4 4 0 0 1-4 4h-4a4 4 0 0 1-4-4V9a1 1 0 0 1 1-1z\"/><path d=\"M9 8V2\"/>",
        ["watch"] = "<path d=\"M12 10v2.2l1.6 1\"/><path d=\"m16.13 7.66-.81-4.05a2 2 0 0 0-2-1.61h-2.68a2 2 0 0 0-2 1.61l-.78 4.05\"/><path d=\"m7.88 16.36.8 4a2 2 0 0 0 2 1.61h2.72a2 2 0 0 0 2-1.61l.81-4.05\"/><circle cx=\"12\" cy=\"12\" r=\"6\"/>",
        ["headphones"] = "<path d=\"M3 14h3a2 2 0 0 1 2 2v3a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2v-7a9 9 0 0 1 18 0v7a2 2 0 0 1-2 2h-1a2 2 0 0 1-2-2v-3a2 2 0 0 1 2-2h3\"/>",
        ["webcam"] = "<circle cx=\"12\" cy=\"10\" r=\"8\"/><circle cx=\"12\" cy=\"10\" r=\"3\"/><path d=\"M7 22h10\"/><path d=\"M12 22v-4\"/>",
        ["keyboard"] = "<path d=\"M10 8h.01\"/><path d=\"M12 12h.01\"/><path d=\"M14 8h.01\"/><path d=\"M16 12h.01\"/><path d=\"M18 8h.01\"/><path d=\"M6 8h.01\"/><path d=\"M7 16h10\"/><path d=\"M8 12h.01\"/><rect width=\"20\" height=\"16\" x=\"2\" y=\"4\" rx=\"2\"/>",
        ["coffee"] = "<path d=\"M10 2v2\"/><path d=\"M14 2v2\"/><path d=\"M16 8a1 1 0 0 1 1 1v8a4 4 0 0 1-4 4H7a4 4 0 0 1-4-4V9a1 1 0 0 1 1-1h14a4 4 0 1 1 0 8h-1\"/><path d=\"M6 2v2\"/>",
        ["book-open"] = "<path d=\"M12 5v16\"/><path d=\"M20.001 19A2 2 0 0 0 22 17V5a2 2 0 0 0-1.999-2L16 3.002A5 5 0 0 0 12 5a5 5 0 0 0-4-2H4a2 2 0 0 0-2 2v12a2 2 0 0 0 1.999 2H8a5 5 0 0 1 4 2 5 5 0 0 1 4-2z\"/>",
        ["clapperboard"] = "<path d=\"m12.296 3.464 3.02 3.956\"/><path d=\"M20.2 6 3 11l-.9-2.4c-.3-1.1.3-2.2 1.3-2.5l13.5-4c1.1-.3 2.2.3 2.5 1.3z\"/><path d=\"M3 11h18v8a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2z\"/><path d=\"m6.18 5.276 3.1 3.899\"/>",
        ["shopping-bag"] = "<path d=\"M16 10a4 4 0 0 1-8 0\"/><path d=\"M3.103 6.034h17.794\"/><path d=\"M3.4 5.467a2 2 0 0 0-.4 1.2V20a2 2 0 0 0 2 2h14a2 2 0 0 0 2-2V6.667a2 2 0 0 0-.4-1.2l-2-2.667A2 2 0 0 0 17 2H7a2 2 0 0 0-1.6.8z\"/>",
        ["shopping-basket"] = "<path d=\"m15 11-1 9\"/><path d=\"m19 11-4-7\"/><path d=\"M2 11h20\"/><path d=\"m3.5 11 1.6 7.4a2 2 0 0 0 2 1.6h9.8a2 2 0 0 0 2-1.6l1.7-7.4\"/><path d=\"M4.5 15.5h15\"/><path d=\"m5 11 4-7\"/><path d=\"m9 11 1 9\"/>",
        ["tv"] = "<path d=\"m17 2-5 5-5-5\"/><rect width=\"20\" height=\"15\" x=\"2\" y=\"7\" rx=\"2\"/>",
        ["eighth-notes"] = "<path d=\"M21 16V3a1 1 0 0 0-1.28-.96l-10 2.917a1 1 0 0 0-.72.96V19\"/><circle cx=\"18\" cy=\"16\" r=\"3\"/><circle cx=\"6\" cy=\"19\" r=\"3\"/>",
        ["car"] = "<path d=\"M19 17h2c.6 0 1-.4 1-1v-3c0-.9-.7-1.7-1.5-1.9C18.7 10.6 16 10 16 10s-1.3-1.4-2.2-2.3c-.5-.4-1.1-.7-1.8-.7H5c-.6 0-1.1.4-1.4.9l-1.4 2.9A3.7 3.7 0 0 0 2 12v4c0 .6.4 1 1 1h2\"/><circle cx=\"7\" cy=\"17\" r=\"2\"/><path d=\"M9 17h6\"/><circle cx=\"17\" cy=\"17\" r=\"2\"/>",
        ["person-arms-spread"] = "<path d=\"M12 8v6\"/><path d=\"m16 21-.59-1.27A32.6 32.6 0 0 0 12 14a32.6 32.6 0 0 0-3.41 5.73L8 21\"/><path d=\"M5 6s3.5 2 7 2 7-2 7-2\"/><circle cx=\"12\" cy=\"4\" r=\"1\" fill=\"currentColor\"/>",
        ["hand"] = "<path d=\"M18 11V6a2 2 0 0 0-2-2 2 2 0 0 0-2 2\"/><path d=\"M14 10V4a2 2 0 0 0-2-2 2 2 0 0 0-2 2v2\"/><path d=\"M10 10.5V6a2 2 0 0 0-2-2 2 2 0 0 0-2 2v8\"/><path d=\"M18 8a2 2 0 1 1 4 0v6a8 8 0 0 1-8 8h-2c-2.8 0-4.5-.86-5.99-2.34l-3.6-3.6a2 2 0 0 1 2.83-2.82L7 15\"/>",
        ["glass-water"] = "<path d=\"M5.116 4.104A1 1 0 0 1 6.11 3h11.78a1 1 0 0 1 .994 1.105L17.19 20.21A2 2 0 0 1 15.2 22H8.8a2 2 0 0 1-2-1.79z\"/><path d=\"M6 12a5 5 0 0 1 6 0 5 5 0 0 0 6 0\"/>",
        ["dumbbell"] = "<path d=\"M17.596 12.768a2 2 0 1 0 2.829-2.829l-1.768-1.767a2 2 0 0 0 2.828-2.829l-2.828-2.828a2 2 0 0 0-2.829 2.828l-1.767-1.768a2 2 0 1 0-2.829 2.829z\"/><path d=\"m2.5 21.5 1.4-1.4\"/><path d=\"m20.1 3.9 1.4-1.4\"/><path d=\"M5.343 21.485a2 2 0 1 0 2.829-2.828l1.767 1.768a2 2 0 1 0 2.829-2.829l-6.364-6.364a2 2 0 1 0-2.829 2.829l1.768 1.767a2 2 0 0 0-2.828 2.829z\"/><path d=\"m9.6 14.4 4.8-4.8\"/>",
        ["brain"] = "<path d=\"M12 18V5\"/><path d=\"M15 13a4.17 4.17 0 0 1-3-4 4.17 4.17 0 0 1-3 4\"/><path d=\"M17.707 6.294A3 3 0 1 0 12 5a3 3 0 1 0-5.707 1.294\"/><path d=\"M17.996 5.125a4 4 0 0 1 2.526 5.77\"/><path d=\"M18 18a4 4 0 0 0 2-7.465\"/><path d=\"M19.967 17.482a4 4 0 1 1-7.967.517 4 4 0 1 1-7.967-.517\"/><path d=\"M6 18a4 4 0 0 1-2-7.465\"/><path d=\"M6.004 5.125a4 4 0 0 0-2.526 5.77\"/>",
        ["footprints"] = "<path d=\"M4 16v-2.38C4 11.5 2.97 10.5 3 8c.03-2.72 1.49-6 4.5-6C9.37 2 10 3.8 10 5.5c0 3.11-2 5.66-2 8.68V16a2 2 0 1 1-4 0\"/><path d=\"M20 20v-2.38c0-2.12 1.03-3.12 1-5.62-.03-2.72-1.49-6-4.5-6C14.63 6 14 7.8 14 9.5c0 3.11 2 5.66 2 8.68V20a2 2 0 1 0 4 0\"/><path d=\"M16 17h4\"/><path d=\"M4 13h4\"/>",
        ["cylinder"] = "<ellipse cx=\"12\" cy=\"5\" rx=\"9\" ry=\"3\"/><path d=\"M3 5v14a9 3 0 0 0 18 0V5\"/>",
        ["infinity"] = "<path d=\"M6 16c5 0 7-8 12-8a4 4 0 0 1 0 8c-5 0-7-8-12-8a4 4 0 1 0 0 8\"/>",
        ["sprout"] = "<path d=\"M14 9.536V7a4 4 0 0 1 4-4h1.5a.5.5 0 0 1 .5.5V5a4 4 0 0 1-4 4 4 4 0 0 0-4 4c0 2 1 3 1 5a5 5 0 0 1-1 3\"/><path d=\"M4 9a5 5 0 0 1 8 4 5 5 0 0 1-8-4\"/><path d=\"M5 21h14\"/>",
        ["flame"] = "<path d=\"M12 3q1 4 4 6.5t3 5.5a1 1 0 0 1-14 0 5 5 0 0 1 1-3 1 1 0 0 0 5 0c0-2-1.5-3-1.5-5q0-2 2.5-4\"/>",
        ["bed"] = "<path d=\"M2 4v16\"/><path d=\"M2 8h18a2 2 0 0 1 2 2v10\"/><path d=\"M2 17h20\"/><path d=\"M6 8v9\"/>",
        ["lamp-desk"] = "<path d=\"M10.293 2.293a1 1 0 0 1 1.414 0l2.5 2.5 5.994 1.227a1 1 0 0 1 .506 1.687l-7 7a1 1 0 0 1-1.687-.506l-1.227-5.994-2.5-2.5a1 1 0 0 1 0-1.414z\"/><path d=\"m14.207 4.793-3.414 3.414\"/><path d=\"M3 20a2 2 0 0 1 2-2h4a2 2 0 0 1 2 2v1a1 1 0 0 1-1 1H4a1 1 0 0 1-1-1z\"/><path d=\"m9.086 6.5-4.793 4.793a1 1 0 0 0-.18 1.17L7 18\"/>",
        ["leaf"] = "<path d=\"M11 20a10 10 0 0 0 10-10 25.9 25.9 0 0 0-1.04-7.281 1 1 0 0 0-1.755-.325C15.833 5.5 13 5.5 9.8 6.1A7 7 0 0 0 11 20\"/><path d=\"M2 21a5 5 0 0 1 2.911-4.544C7.613 15.212 8.351 15.24 11 13\"/>",
        ["utensils-crossed"] = "<path d=\"m16 2-2.3 2.3a3 3 0 0 0 0 4.2l1.8 1.8a3 3 0 0 0 4.2 0L22 8\"/><path d=\"M15 15 3.3 3.3a4.2 4.2 0 0 0 0 6l7.3 7.3c.7.7 2 .7 2.8 0zm0 0 7 7\"/><path d=\"m2.1 21.8 6.4-6.3\"/><path d=\"m19 5-7 7\"/>",
        ["frame"] = "<line x1=\"22\" x2=\"2\" y1=\"6\" y2=\"6\"/><line x1=\"22\" x2=\"2\" y1=\"18\" y2=\"18\"/><line x1=\"6\" x2=\"6\" y1=\"2\" y2=\"22\"/><line x1=\"18\" x2=\"18\" y1=\"2\" y2=\"22\"/>",
        ["sofa"] = "<path d=\"M20 9V6a2 2 0 0 0-2-2H6a2 2 0 0 0-2 2v3\"/><path d=\"M2 16a2 2 0 0 0 2 2h16a2 2 0 0 0 2-2v-5a2 2 0 0 0-4 0v1.5a.5.5 0 0 1-.5.5h-11a.5.5 0 0 1-.5-.5V11a2 2 0 0 0-4 0z\"/><path d=\"M4 18v2\"/><path d=\"M20 18v2\"/><path d=\"M12 4v9\"/>",
        ["chef-hat"] = "<path d=\"M10 11v5\"/><path d=\"M14 11v5\"/><path d=\"M6 12.65c0-.457-.316-.844-.727-1.041A4 4 0 0 1 7.52 4.034a1.53 1.53 0 0 0 1.367-.547 4 4 0 0 1 6.225 0 1.53 1.53 0 0 0 1.367.547 4 4 0 0 1 2.248 7.575c-.411.197-.727.584-.727 1.04V19a2 2 0 0 1-2 2H8a2 2 0 0 1-2-2z\"/><path d=\"M6 16h12\"/>",
        ["rocket"] = "<path d=\"M12 15v5s3.03-.55 4-2c1.08-1.62 0-5 0-5\"/><path d=\"M4.5 16.5c-1.5 1.26-2 5-2 5s3.74-.5 5-2c.71-.84.7-2.13-.09-2.91a2.18 2.18 0 0 0-2.91-.09\"/><path d=\"M9 12a22 22 0 0 1 2-3.95A12.88 12.88 0 0 1 22 2c0 2.72-.78 7.5-6 11a22.4 22.4 0 0 1-4 2z\"/><path d=\"M9 12H4s.55-3.03 2-4c1.62-1.08 5 .05 5 .05\"/>",
        ["map"] = "<path d=\"M14.106 5.553a2 2 0 0 0 1.788 0l3.659-1.83A1 1 0 0 1 21 4.619v12.764a1 1 0 0 1-.553.894l-4.553 2.277a2 2 0 0 1-1.788 0l-4.212-2.106a2 2 0 0 0-1.788 0l-3.659 1.83A1 1 0 0 1 3 19.381V6.618a1 1 0 0 1 .553-.894l4.553-2.277a2 2 0 0 1 1.788 0z\"/><path d=\"M15 5.764v15\"/><path d=\"M9 3.236v15\"/>",
        ["pen-tool"] = "<path d=\"m18 13-.654-4.736a4 4 0 0 0-2.756-3.266l-9.163-2.9a2 2 0 0 0-2.017.493l-.82.819a2 2 0 0 0-.492 2.017l2.9 9.163a4 4 0 0 0 3.266 2.756L13 18\"/><path d=\"M18.648 12.352a1.205 1.205 0 0 1 1.704 0l1.296 1.296a1.205 1.205 0 0 1 0 1.704l-6.296 6.296a1.205 1.205 0 0 1-1.704 0l-1.296-1.296a1.205 1.205 0 0 1 0-1.704z\"/><path d=\"m3 3 6.586 6.586\"/><circle cx=\"11\" cy=\"11\" r=\"2\"/>",
        ["notebook-pen"] = "<path d=\"M13.4 2H6a2 2 0 0 0-2 2v16a2 2 0 0 0 2 2h12a2 2 0 0 0 2-2v-7.4\"/><path d=\"M2 6h4\"/><path d=\"M2 10h4\"/><path d=\"M2 14h4\"/><path d=\"M2 18h4\"/><path d=\"M21.378 5.626a1 1 0 1 0-3.004-3.004l-5.01 5.012a2 2 0 0 0-.506.854l-.837 2.87a.5.5 0 0 0 .62.62l2.87-.837a2 2 0 0 0 .854-.506z\"/>",
        ["baby"] = "<path d=\"M10 16c.5.3 1.2.5 2 .5s1.5-.2 2-.5\"/><path d=\"M15 12h.01\"/><path d=\"M19.38 6.813A9 9 0 0 1 20.8 10.2a2 2 0 0 1 0 3.6 9 9 0 0 1-17.6 0 2 2 0 0 1 0-3.6A9 9 0 0 1 12 3c2 0 3.5 1.1 3.5 2.5s-.9 2.5-2 2.5c-.8 0-1.5-.4-1.5-1\"/><path d=\"M9 12h.01\"/>",
        ["languages"] = "<path d=\"m5 8 6 6\"/><path d=\"m4 14 6-6 2-3\"/><path d=\"M2 5h12\"/><path d=\"M7 2h1\"/><path d=\"m22 22-5-10-5 10\"/><path d=\"M14 18h6\"/>",
        ["key-round"] = "<path d=\"M2.586 17.414A2 2 0 0 0 2 18.828V21a1 1 0 0 0 1 1h3a1 1 0 0 0 1-1v-1a1 1 0 0 1 1-1h1a1 1 0 0 0 1-1v-1a1 1 0 0 1 1-1h.172a2 2 0 0 0 1.414-.586l.814-.814a6.5 6.5 0 1 0-4-4z\"/><circle cx=\"16.5\" cy=\"7.5\" r=\".5\" fill=\"currentColor\"/>",
        ["landmark"] = "<path d=\"M10 18v-7\"/><path d=\"M11.119 2.205a2 2 0 0 1 1.762 0l7.84 3.846A.5.5 0 0 1 20.5 7h-17a.5.5 0 0 1-.22-.949z\"/><path d=\"M14 18v-7\"/><path d=\"M18 18v-7\"/><path d=\"M3 22h18\"/><path d=\"M6 18v-7\"/>",
        ["ticket"] = "<path d=\"M2 9a3 3 0 0 1 0 6v2a2 2 0 0 0 2 2h16a2 2 0 0 0 2-2v-2a3 3 0 0 1 0-6V7a2 2 0 0 0-2-2H4a2 2 0 0 0-2 2Z\"/><path d=\"M13 5v2\"/><path d=\"M13 17v2\"/><path d=\"M13 11v2\"/>",
        ["mountain"] = "<path d=\"m8 3 4 8 5-5 5 15H2z\"/>",
        ["wine"] = "<path d=\"M8 22h8\"/><path d=\"M7 10h10\"/><path d=\"M12 15v7\"/><path d=\"M12 15a5 5 0 0 0 5-5c0-2-.5-4-2-8H9c-1.5 4-2 6-2 8a5 5 0 0 0 5 5\"/>",
        ["sailboat"] = "<path d=\"M10 2v15\"/><path d=\"M7 22a4 4 0 0 1-4-4 1 1 0 0 1 1-1h16a1 1 0 0 1 1 1 4 4 0 0 1-4 4z\"/><path d=\"M9.159 2.46a1 1 0 0 1 1.521-.193l9.977 8.98A1 1 0 0 1 20 13H4a1 1 0 0 1-.824-1.567z\"/>",
        ["amphora"] = "<path d=\"M10 2v5.632c0 .424-.272.795-.653.982A6 6 0 0 0 6 14c.006 4 3 7 5 8\"/><path d=\"M10 5H8a2 2 0 0 0 0 4h.68\"/><path d=\"M14 2v5.632c0 .424.272.795.652.982A6 6 0 0 1 18 14c0 4-3 7-5 8\"/><path d=\"M14 5h2a2 2 0 0 1 0 4h-.68\"/><path d=\"M18 22H6\"/><path d=\"M9 2h6\"/>",
        ["gift"] = "<path d=\"M12 7v14\"/><path d=\"M20 11v8a2 2 0 0 1-2 2H6a2 2 0 0 1-2-2v-8\"/><path d=\"M7.5 7a1 1 0 0 1 0-5A4.8 8 0 0 1 12 7a4.8 8 0 0 1 4.5-5 1 1 0 0 1 0 5\"/><rect x=\"3\" y=\"7\" width=\"18\" height=\"4\" rx=\"1\"/>",
        ["heart-pulse"] = "<path d=\"M2 9.5a5.5 5.5 0 0 1 9.591-3.676.56.56 0 0 0 .818 0A5.49 5.49 0 0 1 22 9.5c0 2.29-1.5 4-3 5.5l-5.492 5.313a2 2 0 0 1-3 .019L5 15c-1.5-1.5-3-3.2-3-5.5\"/><path d=\"M3.22 13H9.5l.5-1 2 4.5 2-7 1.5 3.5h5.27\"/>",
        ["house"] = "<path d=\"M15 21v-8a1 1 0 0 0-1-1h-4a1 1 0 0 0-1 1v8\"/><path d=\"M3 10a2 2 0 0 1 .709-1.528l7-6a2 2 0 0 1 2.582 0l7 6A2 2 0 0 1 21 10v9a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2z\"/>",
    };

    public static byte[] Draw(string name, string category, (byte R, byte G, byte B) colour)
    {
        var drawing = Drawings[ObjectOf.GetValueOrDefault(name) ?? CategoryObject.GetValueOrDefault(category) ?? "gift"];
        var seed = StableHash(name);
        var (hue, saturation, lightness) = ToHsl(colour);
        var own = (hue + (int)(seed % 41u) - 20 + 360) % 360;
        var backdropLight = Hsl(own, saturation * 0.55, 0.93);
        var backdropDeep = Hsl(own, saturation * 0.6, 0.82);
        var tileLight = Hsl(own, Math.Min(1, saturation * 1.1), Math.Min(0.62, lightness + 0.18));
        var tileDeep = Hsl(own, Math.Min(1, saturation * 1.1), Math.Max(0.22, lightness - 0.05));
        var accent = Hsl((own + 35) % 360, 0.85, 0.62);
        var tilt = (int)(seed % 13u) - 6;
        var c = CultureInfo.InvariantCulture;

        var svg = new StringBuilder(2_048);
        svg.Append(c, $"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{Size}\" height=\"{Size}\" viewBox=\"0 0 {Size} {Size}\" role=\"img\">");
        svg.Append(c, $"<title>{SecurityElement.Escape(name)}</title>");
        svg.Append("<defs>");
        svg.Append(c, $"<linearGradient id=\"b\" x1=\"0\" y1=\"0\" x2=\"1\" y2=\"1\"><stop offset=\"0\" stop-color=\"{backdropLight}\"/><stop offset=\"1\" stop-color=\"{backdropDeep}\"/></linearGradient>");
        svg.Append(c, $"<linearGradient id=\"t\" x1=\"0\" y1=\"0\" x2=\"0.3\" y2=\"1\"><stop offset=\"0\" stop-color=\"{tileLight}\"/><stop offset=\"1\" stop-color=\"{tileDeep}\"/></linearGradient>");
        svg.Append("</defs>");
        svg.Append(c, $"<rect width=\"{Size}\" height=\"{Size}\" fill=\"url(#b)\"/>");

        // A few soft bubbles placed by the name, so products of one category differ at a glance.
        for (var i = 0; i < 3; i++)
        {
            var x = 40 + (int)((seed >> (i * 5)) % 320u);
            var y = 60 + (int)((seed >> ((i * 5) + 3)) % 280u);
            var r = 18 + (int)((seed >> (i * 4)) % 46u);
            svg.Append(c, $"<circle cx=\"{x}\" cy=\"{y}\" r=\"{r}\" fill=\"#ffffff\" opacity=\"0.35\"/>");
        }

        svg.Append(c, $"<circle cx=\"292\" cy=\"118\" r=\"26\" fill=\"{accent}\" opacity=\"0.9\"/>");
        svg.Append(c, $"<ellipse cx=\"200\" cy=\"304\" rx=\"112\" ry=\"14\" fill=\"{tileDeep}\" opacity=\"0.28\"/>");
        svg.Append(c, $"<g transform=\"rotate({tilt} 200 200)\">");
        svg.Append(c, $"<rect x=\"104\" y=\"104\" width=\"192\" height=\"184\" rx=\"40\" fill=\"{tileDeep}\" opacity=\"0.45\" transform=\"translate(6 10)\"/>");
        svg.Append("<rect x=\"104\" y=\"100\" width=\"192\" height=\"184\" rx=\"40\" fill=\"url(#t)\"/>");
        svg.Append("<rect x=\"116\" y=\"110\" width=\"168\" height=\"40\" rx=\"20\" fill=\"#ffffff\" opacity=\"0.18\"/>");
        svg.Append(c, $"<g transform=\"translate(143 135) scale(4.75)\" fill=\"none\" stroke=\"{tileDeep}\" stroke-opacity=\"0.55\" stroke-width=\"2.4\" stroke-linecap=\"round\" stroke-linejoin=\"round\"><g transform=\"translate(0.4 0.5)\">{drawing}</g></g>");
        svg.Append(c, $"<g transform=\"translate(143 135) scale(4.75)\" fill=\"none\" stroke=\"#ffffff\" stroke-width=\"2\" stroke-linecap=\"round\" stroke-linejoin=\"round\">{drawing}</g>");
        svg.Append("</g></svg>");
        return Encoding.UTF8.GetBytes(svg.ToString());
    }

    /// <summary>FNV-1a over the name: the same on every machine and run (string.GetHashCode is not).</summary>
    private static uint StableHash(string text)
    {
        var hash = 2166136261u;
        foreach (var ch in text)
        {
            hash = (hash ^ ch) * 16777619u;
        }

        return hash;
    }

    private static (int Hue, double Saturation, double Lightness) ToHsl((byte R, byte G, byte B) colour)
    {
        double r = colour.R / 255.0, g = colour.G / 255.0, b = colour.B / 255.0;
        double max = Math.Max(r, Math.Max(g, b)), min = Math.Min(r, Math.Min(g, b));
        var lightness = (max + min) / 2;
        if (max == min)
        {
            return (0, 0, lightness);
        }

        var delta = max - min;
        var saturation = lightness > 0.5 ? delta / (2 - max - min) : delta / (max + min);
        var hue = max == r ? ((g - b) / delta) + (g < b ? 6 : 0) : max == g ? ((b - r) / delta) + 2 : ((r - g) / delta) + 4;
        return ((int)Math.Round(hue * 60) % 360, saturation, lightness);
    }

    private static string Hsl(int hue, double saturation, double lightness) =>
        string.Create(CultureInfo.InvariantCulture, $"hsl({hue},{Math.Round(saturation * 100)}%,{Math.Round(lightness * 100)}%)");
}
