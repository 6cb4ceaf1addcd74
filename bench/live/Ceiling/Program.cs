// A bare Kestrel endpoint answering 304, the ceiling the live sync endpoint is compared with (bench/live/RESULTS.md).
var builder = WebApplication.CreateSlimBuilder(args);
builder.Logging.ClearProviders();
var app = builder.Build();
// Every path, so bench/live/poll.lua can drive it exactly as it drives the sync endpoint.
app.MapGet("/{**path}", (HttpContext http) =>
{
    http.Response.Headers.ETag = "\"v1\"";
    return Results.StatusCode(StatusCodes.Status304NotModified);
});
app.Run();
