using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Quartet.Parks.Domain;

namespace Quartet.Parks.Simulator;

/// <summary>
/// One scripted effect: <c>target</c> is <c>*</c>, <c>park:{qtId}</c>, <c>ride:{qtId}</c> or <c>path:{prefix}</c>;
/// <c>effect</c> is DOWN, CLOSED, REFURBISHMENT, wait (value minutes), stale (value minutes old), http (value status,
/// count requests), delay (value ms), malformed, idChange, flatRides, schedule (value = closing hour shift), twin (a
/// second ThemeParks.wiki park or ride with the same name) or moveKm (the park's ThemeParks.wiki location moved value km north).
/// </summary>
public sealed record ScenarioRule(DateTime? From, DateTime? To, string Target, string Effect, int? Value = null, int? Count = null);

/// <summary>The simulator's clock: real time, a fixed instant, or real time sped up.</summary>
public sealed class SimClock
{
    private readonly Lock gate = new();
    private DateTime anchorReal = DateTime.UtcNow;
    private DateTime anchorSim = DateTime.UtcNow;
    private double speed = 1;

    public DateTime Now
    {
        get
        {
            lock (gate)
            {
                return anchorSim.AddTicks((long)((DateTime.UtcNow - anchorReal).Ticks * speed));
            }
        }
    }

    public string Mode { get; private set; } = "real";

    /// <summary><c>real</c>, <c>fixed:2025-03-09T21:30:00Z</c> or <c>speed:60</c>.</summary>
    public void Set(string mode)
    {
        lock (gate)
        {
            anchorReal = DateTime.UtcNow;
            if (mode == "real")
            {
                (anchorSim, speed) = (anchorReal, 1);
            }
            else if (mode.StartsWith("fixed:", StringComparison.Ordinal) &&
                     DateTimeOffset.TryParse(mode[6..], CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at))
            {
                (anchorSim, speed) = (at.UtcDateTime, 0);
            }
            else if (mode.StartsWith("speed:", StringComparison.Ordinal) && double.TryParse(mode[6..], CultureInfo.InvariantCulture, out var factor) && factor > 0)
            {
                (anchorSim, speed) = (anchorReal, factor);
            }
            else
            {
                throw new ArgumentException($"Unknown clock mode '{mode}'.", nameof(mode));
            }

            Mode = mode;
        }
    }
}

/// <summary>
/// <c>quartet parks simulate</c>: a real Kestrel server on loopback serving ThemeParks.wiki-shaped JSON under
/// <c>/tpw/v1</c> and Queue-Times-shaped JSON under <c>/qt</c>, with control endpoints under <c>/_sim</c>.
/// </summary>
public sealed class SimulatorServer : IAsyncDisposable
{
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web) { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };

    private readonly WebApplication app;
    private readonly ConcurrentDictionary<string, int> requests = new();
    private readonly ConcurrentDictionary<int, int> httpRuleUses = new();
    private volatile List<ScenarioRule> scenario = [];

    private SimulatorServer(WebApplication app, SimWorld world, SimClock clock, int latencyMs)
    {
        this.app = app;
        World = world;
        Clock = clock;
        LatencyMs = latencyMs;
    }

    public SimWorld World { get; }

    public SimClock Clock { get; }

    public int LatencyMs { get; set; }

    public Uri BaseAddress => new(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());

    public Uri TpwBase => new(BaseAddress, "/tpw/v1");

    public Uri QtBase => new(BaseAddress, "/qt");

    public IReadOnlyDictionary<string, int> Requests => requests;

    public void SetScenario(IEnumerable<ScenarioRule> rules)
    {
        httpRuleUses.Clear();
        scenario = [.. rules];
    }

    public void Reset()
    {
        requests.Clear();
        SetScenario([]);
    }

    public static async Task<SimulatorServer> StartAsync(SimWorld world, int port = 0, string clock = "real", int latencyMs = 0, string host = "127.0.0.1")
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://{host}:{port}");
        var app = builder.Build();
        var simClock = new SimClock();
        simClock.Set(clock);
        var server = new SimulatorServer(app, world, simClock, latencyMs);
        server.Map();
        await app.StartAsync();
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }

    private void Map()
    {
        app.Use(async (context, next) =>
        {
            var path = context.Request.Path.Value ?? "";
            if (path.StartsWith("/_sim", StringComparison.Ordinal))
            {
                await next(context);
                return;
            }

            requests.AddOrUpdate(path, 1, (_, n) => n + 1);
            var now = Clock.Now;
            var delay = LatencyMs + Active(now).Where(r => r.Effect == "delay" && TargetsPath(r, path)).Sum(r => r.Value ?? 0);
            if (delay > 0)
            {
                await Task.Delay(delay, context.RequestAborted);
            }

            for (var i = 0; i < scenario.Count; i++)
            {
                var rule = scenario[i];
                if (rule.Effect == "http" && InWindow(rule, now) && TargetsPath(rule, path) &&
                    httpRuleUses.AddOrUpdate(i, 1, (_, n) => n + 1) <= (rule.Count ?? int.MaxValue))
                {
                    context.Response.StatusCode = rule.Value ?? 500;
                    await context.Response.WriteAsync("{\"error\":\"simulated\"}");
                    return;
                }
            }

            if (Active(now).Any(r => r.Effect == "malformed" && TargetsPath(r, path)))
            {
                context.Response.ContentType = "application/json";
                await context.Response.WriteAsync("{\"liveData\": [ {\"id\": oops");
                return;
            }

            await next(context);
        });

        app.MapGet("/_sim/clock", () => Results.Json(new { now = Clock.Now, mode = Clock.Mode }));
        app.MapPut("/_sim/clock", (ClockRequest body) =>
        {
            Clock.Set(body.Mode);
            return Results.Json(new { now = Clock.Now, mode = Clock.Mode });
        });
        app.MapPut("/_sim/scenario", (List<ScenarioRule> rules) =>
        {
            SetScenario(rules);
            return Results.NoContent();
        });
        app.MapGet("/_sim/requests", () => Results.Json(requests));
        app.MapPost("/_sim/reset", () =>
        {
            Reset();
            return Results.NoContent();
        });

        app.MapGet("/tpw/v1/destinations", () => Results.Json(new
        {
            destinations = World.Parks.Where(p => p.TpwId is not null).Select(p => new
            {
                id = p.TpwId + "-dest",
                name = p.Group + " " + p.TpwName,
                parks = new[] { new { id = TpwParkId(p), name = p.TpwName, location = TpwLocation(p) } }
                    .Concat(ParkRule(p, "twin") ? [new { id = TpwParkId(p) + "-twin", name = p.TpwName, location = TpwLocation(p) }] : []),
            }),
        }, JsonOptions));
        app.MapGet("/tpw/v1/entity/{id}/children", (string id) => TpwPark(id) is { } park
            ? Results.Json(new
            {
                id,
                name = park.TpwName,
                entityType = "PARK",
                timezone = park.TimeZone,
                children = RidesOf(park).Where(r => r.TpwId is not null).SelectMany(r => Active(Clock.Now).Any(x => x.Effect == "twin" && x.Target == $"ride:{r.QtId}")
                    ? new[] { new { id = TpwRideId(r), name = r.TpwName, entityType = "ATTRACTION" }, new { id = TpwRideId(r) + "-twin", name = r.TpwName, entityType = "ATTRACTION" } }
                    : [new { id = TpwRideId(r), name = r.TpwName, entityType = "ATTRACTION" }]),
            }, JsonOptions)
            : Results.NotFound());
        app.MapGet("/tpw/v1/entity/{id}/live", (string id) => TpwPark(id) is { } park ? Results.Json(TpwLive(park), JsonOptions) : Results.NotFound());
        app.MapGet("/tpw/v1/entity/{id}/schedule", (string id) => TpwPark(id) is { } park ? Results.Json(TpwSchedule(park), JsonOptions) : Results.NotFound());
        app.MapGet("/qt/parks.json", () => Results.Json(World.Parks.GroupBy(p => p.Group).Select((g, i) => new
        {
            id = i + 1,
            name = g.Key,
            parks = g.Select(p => new
            {
                id = p.QtId,
                name = p.QtName,
                country = "United States",
                continent = "North America",
                latitude = p.Latitude.ToString(CultureInfo.InvariantCulture),
                longitude = p.Longitude.ToString(CultureInfo.InvariantCulture),
                timezone = p.TimeZone,
            }),
        }), JsonOptions));
        app.MapGet("/qt/parks/{id:int}/queue_times.json", (int id) => World.Parks.FirstOrDefault(p => p.QtId == id) is { } park
            ? Results.Json(QtLive(park), JsonOptions)
            : Results.NotFound());
    }

    private sealed record ClockRequest(string Mode);

    private IEnumerable<ScenarioRule> Active(DateTime now) => scenario.Where(r => InWindow(r, now));

    private static bool InWindow(ScenarioRule rule, DateTime now) => (rule.From is null || rule.From <= now) && (rule.To is null || now < rule.To);

    private static bool TargetsPath(ScenarioRule rule, string path) =>
        rule.Target == "*" || (rule.Target.StartsWith("path:", StringComparison.Ordinal) && path.StartsWith(rule.Target[5..], StringComparison.Ordinal));

    private bool IdChanged(SimPark park) => Active(Clock.Now).Any(r => r.Effect == "idChange" && r.Target == $"park:{park.QtId}");

    private string TpwParkId(SimPark park) => park.TpwId!;

    private bool ParkRule(SimPark park, string effect) => Active(Clock.Now).Any(r => r.Effect == effect && r.Target == $"park:{park.QtId}");

    /// <summary>One degree of latitude is about 111.2 km.</summary>
    private object TpwLocation(SimPark park)
    {
        var km = Active(Clock.Now).Where(r => r.Effect == "moveKm" && r.Target == $"park:{park.QtId}").Sum(r => r.Value ?? 0);
        return new { latitude = Math.Round(park.Latitude + (km / 111.2m), 6), longitude = park.Longitude };
    }

    private string TpwRideId(SimRide ride) => IdChanged(ride.Park) && ride.Index == 0 ? ride.TpwId + "-v2" : ride.TpwId!;

    private SimPark? TpwPark(string id) => World.Parks.FirstOrDefault(p => p.TpwId == id);

    private IEnumerable<SimRide> RidesOf(SimPark park) => World.Rides.Where(r => r.Park == park);

    private (RideStatus Status, int? Wait, DateTime Updated) Observe(SimRide ride, DateTime now)
    {
        var (status, wait) = World.StateOf(ride, now);
        var updated = now.AddMinutes(-(int)(SimWorld.Hash(World.Seed, "upd", ride.QtId) % 5));
        foreach (var rule in Active(now).Where(r => r.Target == $"ride:{ride.QtId}" || r.Target == $"park:{ride.Park.QtId}" || r.Target == "*"))
        {
            switch (rule.Effect)
            {
                case "DOWN" or "CLOSED" or "REFURBISHMENT":
                    status = StatusNames.Parse(rule.Effect)!.Value;
                    wait = null;
                    break;
                case "wait":
                    wait = rule.Value;
                    break;
                case "stale":
                    updated = now.AddMinutes(-(rule.Value ?? 120));
                    break;
            }
        }

        return (status, wait, updated);
    }

    private object TpwLive(SimPark park)
    {
        var now = Clock.Now;
        return new
        {
            id = park.TpwId,
            name = park.TpwName,
            entityType = "PARK",
            timezone = park.TimeZone,
            liveData = RidesOf(park).Where(r => r.TpwId is not null).Select(r =>
            {
                var (status, wait, updated) = Observe(r, now);
                return new
                {
                    id = TpwRideId(r),
                    name = r.TpwName,
                    entityType = "ATTRACTION",
                    status = StatusNames.Of(status),
                    lastUpdated = updated.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture),
                    queue = status == RideStatus.Operating ? new { STANDBY = new { waitTime = wait } } : null,
                };
            }),
        };
    }

    private object TpwSchedule(SimPark park)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(park.TimeZone);
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(Clock.Now, zone));
        var shift = Active(Clock.Now).Where(r => r.Effect == "schedule" && r.Target == $"park:{park.QtId}").Sum(r => r.Value ?? 0);
        return new
        {
            id = park.TpwId,
            name = park.TpwName,
            timezone = park.TimeZone,
            schedule = Enumerable.Range(-1, 32).Select(d => today.AddDays(d)).Select(date =>
            {
                var (opens, closes) = World.OpeningHours(park, date);
                return new
                {
                    date = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    type = "OPERATING",
                    openingTime = WithOffset(opens, zone),
                    closingTime = WithOffset(closes.AddHours(shift), zone),
                };
            }),
        };
    }

    private static string WithOffset(DateTime utc, TimeZoneInfo zone) =>
        new DateTimeOffset(TimeZoneInfo.ConvertTimeFromUtc(utc, zone), zone.GetUtcOffset(utc)).ToString("yyyy-MM-ddTHH:mm:sszzz", CultureInfo.InvariantCulture);

    private object QtLive(SimPark park)
    {
        var now = Clock.Now;
        var rows = RidesOf(park).Where(r => r.OnQueueTimes).Select(r =>
        {
            var (status, wait, updated) = Observe(r, now);
            return (Ride: r, Row: (object)new
            {
                id = IdChanged(park) && r.Index == 0 ? r.QtId + 500 : r.QtId,
                name = r.QtName,
                is_open = status == RideStatus.Operating,
                wait_time = wait ?? 0,
                last_updated = updated.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture),
            });
        }).ToList();
        var singleRider = rows.Where(x => x.Ride.Index % 10 == 3).Select(x => (object)new
        {
            id = x.Ride.QtId + 900_000,
            name = x.Ride.QtName + " Single Rider",
            is_open = true,
            wait_time = 5,
            last_updated = now.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture),
        });
        if (Active(now).Any(r => r.Effect == "flatRides" && (r.Target == $"park:{park.QtId}" || r.Target == "*")))
        {
            return new { lands = Array.Empty<object>(), rides = rows.Select(x => x.Row).Concat(singleRider) };
        }

        return new
        {
            lands = rows.GroupBy(x => x.Ride.Land).Select((g, i) => new { id = i + 1, name = g.Key, rides = g.Select(x => x.Row) }),
            rides = singleRider,
        };
    }
}
