using System.Security.Cryptography;
using System.Text;
using Quartet.Parks.Domain;

namespace Quartet.Parks.Simulator;

public sealed record SimPark(int Index, int QtId, string? TpwId, string QtName, string TpwName, string Group, string TimeZone, decimal Latitude, decimal Longitude, int OpenHour, int Hours);

public sealed record SimRide(SimPark Park, int Index, int QtId, string? TpwId, string QtName, string TpwName, string? Land, bool OnQueueTimes, int BaseWait, bool InRefurbishment);

/// <summary>
/// The deterministic synthetic world of the upstream simulator: parks, rides, schedules, waits and seeded outages, all a
/// pure function of the seed and the simulated time. Used by the HTTP simulator and by the demo/bench back-fill.
/// </summary>
public sealed class SimWorld
{
    private static readonly string[] Adjectives = ["Magic", "Thunder", "Golden", "Crystal", "Wild", "Silver", "Hidden", "Mystic", "Sunny", "Frontier", "Pirate", "Galaxy", "Dragon", "Jungle", "Royal", "Cosmic"];
    private static readonly string[] Nouns = ["Harbor", "Valley", "Kingdom", "Coast", "Canyon", "Island", "Lagoon", "Summit", "Grove", "Bay", "Ridge", "Forest"];
    private static readonly string[] ParkKinds = ["Park", "Adventure Park", "Resort Park", "Studios", "Gardens", "World"];
    private static readonly string[] RideKinds = ["Coaster", "Mountain", "Drop Tower", "Splash", "Expedition", "Flyer", "Racers", "Voyage", "Carousel", "Teacups", "Spinner", "Junior Coaster", "Dark Ride", "Railroad", "Theater Show", "Character Meet", "Walkthrough Exhibit"];
    private static readonly string[] Zones = ["America/Los_Angeles", "America/New_York", "America/Chicago", "America/Denver", "America/Los_Angeles", "America/New_York"];
    private static readonly string[] Groups = ["Walt Disney Attractions", "Universal Parks & Resorts", "Cedar Fair Entertainment", "Six Flags Entertainment", "SeaWorld Parks", "Independent"];

    public SimWorld(int parks, int ridesPerPark, int seed)
    {
        Seed = seed;
        var parkList = new List<SimPark>();
        var rides = new List<SimRide>();
        for (var p = 0; p < parks; p++)
        {
            var name = $"{Pick(Adjectives, seed, "pa", p)} {Pick(Nouns, seed, "pn", p)} {Pick(ParkKinds, seed, "pk", p)}";
            if (parkList.Any(x => x.QtName == name))
            {
                name += $" {p + 1}";
            }

            var group = Groups[p % Groups.Length];
            var tpwName = (p % 4) switch
            {
                0 when group.Contains("Disney", StringComparison.Ordinal) => $"Disney's {name}",
                1 => $"The {name}™",
                2 => name.Replace(" ", " - ", StringComparison.Ordinal).Replace(" - Park", " Park", StringComparison.Ordinal),
                _ => name,
            };
            var onTpw = Hash(seed, "tpw", p) % 10 != 0;
            var lat = 28m + (Hash(seed, "lat", p) % 2000 / 100m);
            var lon = -(75m + (Hash(seed, "lon", p) % 4500 / 100m));
            var park = new SimPark(p, p + 1, onTpw ? Id(seed, "park", p) : null, name, tpwName, group, Zones[p % Zones.Length], lat, lon,
                8 + (int)(Hash(seed, "open", p) % 3), 8 + (int)(Hash(seed, "hours", p) % 7));
            parkList.Add(park);
            for (var r = 0; r < ridesPerPark; r++)
            {
                var rideName = $"{Pick(Adjectives, seed, "ra" + p, r)} {Pick(Nouns, seed, "rn" + p, r)} {RideKinds[(int)(Hash(seed, "rk" + p, r) % (ulong)RideKinds.Length)]}";
                if (rides.Any(x => x.Park == park && x.QtName == rideName))
                {
                    rideName += $" {r + 1}";
                }

                var oneSource = Hash(seed, "one", (p * 1000) + r) % 50;
                var rideOnTpw = park.TpwId is not null && oneSource != 0;
                rides.Add(new SimRide(park, r, (park.QtId * 1000) + r + 1, rideOnTpw ? Id(seed, "ride", (p * 1000) + r) : null,
                    rideName, r % 5 == 0 ? rideName + "™" : rideName, $"{Pick(Nouns, seed, "land" + p, r % 4)} Land",
                    oneSource != 1, 10 + (int)(Hash(seed, "wait", (p * 1000) + r) % 50), Hash(seed, "refurb", (p * 1000) + r) % 100 == 0));
            }
        }

        Parks = parkList;
        Rides = rides;
    }

    public int Seed { get; }

    public IReadOnlyList<SimPark> Parks { get; }

    public IReadOnlyList<SimRide> Rides { get; }

    public (DateTime Opens, DateTime Closes) OpeningHours(SimPark park, DateOnly localDate)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(park.TimeZone);
        var opens = TimeZoneInfo.ConvertTimeToUtc(localDate.ToDateTime(new TimeOnly(park.OpenHour, 0)), zone);
        return (opens, opens.AddHours(park.Hours));
    }

    public bool IsOpen(SimPark park, DateTime utc)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(park.TimeZone);
        var localDate = DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(utc, zone));
        return new[] { localDate, localDate.AddDays(-1) }.Any(d =>
        {
            var (opens, closes) = OpeningHours(park, d);
            return opens <= utc && utc < closes;
        });
    }

    /// <summary>What the ride is doing at <paramref name="utc"/> before any scenario effect: ~2 % of 30-minute blocks are outages.</summary>
    public (RideStatus Status, int? Wait) StateOf(SimRide ride, DateTime utc)
    {
        if (ride.InRefurbishment)
        {
            return (RideStatus.Refurbishment, null);
        }

        if (!IsOpen(ride.Park, utc))
        {
            return (RideStatus.Closed, null);
        }

        var block = (long)(utc - DateTime.UnixEpoch).TotalMinutes / 30;
        if (Hash(Seed, "down", (int)((block * 7919) + ride.QtId)) % 50 == 0)
        {
            return (RideStatus.Down, null);
        }

        var zone = TimeZoneInfo.FindSystemTimeZoneById(ride.Park.TimeZone);
        var localHour = TimeZoneInfo.ConvertTimeFromUtc(utc, zone).TimeOfDay.TotalHours;
        var curve = Math.Max(0.2, Math.Sin(Math.PI * Math.Clamp((localHour - ride.Park.OpenHour) / ride.Park.Hours, 0, 1)));
        var wait = (int)Math.Round(ride.BaseWait * curve / 5.0) * 5;
        return (RideStatus.Operating, Math.Max(5, wait));
    }

    private static string Pick(string[] list, int seed, string salt, int index) => list[(int)(Hash(seed, salt, index) % (ulong)list.Length)];

    private static string Id(int seed, string salt, int index)
    {
        var bytes = SHA256.HashData(Encoding.UTF8.GetBytes($"{seed}:{salt}:{index}"));
        return new Guid(bytes.AsSpan(0, 16)).ToString();
    }

    public static ulong Hash(int seed, string salt, int index) =>
        BitConverter.ToUInt64(SHA256.HashData(Encoding.UTF8.GetBytes($"{seed}:{salt}:{index}")), 0);
}
