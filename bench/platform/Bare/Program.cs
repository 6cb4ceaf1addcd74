// Bare Kestrel: a minimal API returning a small JSON object, the ceiling bench/platform/run.sh quotes the platform's
// authenticated reads against (same machine, same run, same load generator).
var builder = WebApplication.CreateSlimBuilder(args);
builder.Logging.ClearProviders();
var app = builder.Build();
app.MapGet("/", () => TypedResults.Ok(new Greeting("hello", 42)));
app.Run();

internal sealed record Greeting(string Message, int Number);
