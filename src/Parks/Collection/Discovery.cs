using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Quartet.Parks.Data;
using Quartet.Parks.Domain;
using Quartet.Parks.Sources;

namespace Quartet.Parks.Collection;

public sealed record BestMatch<T>(T? Match, bool Ambiguous, T? Top, double TopScore)
    where T : class;

public sealed record DiscoverySummary(int ParksCreated, int ParksUpdated, int RidesCreated, int Relinked, int Deactivated, int Queued)
{
    public override string ToString() =>
        $"parks created {ParksCreated}, updated {ParksUpdated}; rides created {RidesCreated}; relinked {Relinked}; deactivated {Deactivated}; queued for review {Queued}";
}

/// <summary>
/// <c>parks discover</c>: Queue-Times parks in the allowed countries, matched to ThemeParks.wiki parks by normalised name
/// and similarity; rides of both sources matched the same way; unmatched entities imported with one source id.
/// </summary>
public sealed class Discovery(ParksDb db, DataVersions versions, ThemeParksWikiSource tpw, QueueTimesSource qt, TimeProvider clock, IOptions<ParksOptions> options)
{
    private Dictionary<(string Source, string EntityType, string ExternalId), SourceOverride> overrides = [];
    private Dictionary<(string Source, string EntityType, string ExternalId), MatchCandidate> candidates = [];
    private readonly HashSet<MatchCandidate> queued = [];

    public async Task<DiscoverySummary> RunAsync(bool dryRun, CancellationToken ct)
    {
        var settings = options.Value.Discovery;
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        overrides = await db.Overrides.AsNoTracking().ToDictionaryAsync(o => (o.Source, o.EntityType, o.ExternalId), ct);
        candidates = await db.Candidates.ToDictionaryAsync(c => (c.Source, c.EntityType, c.ExternalId), ct);
        var qtParks = (await qt.ListParksAsync(ct)).Value.Where(p => InCountries(p.Country, settings.Countries)).ToList();
        IReadOnlyList<UpstreamPark> tpwParks;
        try
        {
            tpwParks = (await tpw.ListParksAsync(ct)).Value;
        }
        catch (SourceException)
        {
            tpwParks = [];
        }

        var existing = await db.Parks.ToListAsync(ct);
        var created = 0;
        var updated = 0;
        var ridesCreated = 0;
        var relinked = 0;
        var forReview = 0;
        foreach (var rule in overrides.Values.Where(o => o is { Source: "tpw", EntityType: "park", Action: "map" }))
        {
            if (existing.FirstOrDefault(p => p.Id == rule.TargetId) is { } target && tpwParks.Any(t => t.Id == rule.ExternalId) &&
                Release(existing.FirstOrDefault(p => p.TpwId == rule.ExternalId && p != target), tpw: true))
            {
                Changed("park", target.Id, SourceNames.ThemeParksWiki, target.TpwId, rule.ExternalId, "override");
                target.TpwId = rule.ExternalId;
            }
        }

        var usedTpw = existing.Where(p => p.TpwId != null).Select(p => p.TpwId!)
            .Concat(overrides.Values.Where(o => o is { Source: "tpw", EntityType: "park" }).Select(o => o.ExternalId)).ToHashSet();
        foreach (var source in qtParks)
        {
            var qtId = int.Parse(source.Id, CultureInfo.InvariantCulture);
            var rule = overrides.GetValueOrDefault(("qt", "park", source.Id));
            if (rule?.Action == "ignore")
            {
                continue;
            }

            var park = existing.FirstOrDefault(p => p.QtId == qtId);
            if (rule is { Action: "map" } && existing.FirstOrDefault(p => p.Id == rule.TargetId) is { } mapped && mapped != park && Release(park, tpw: false))
            {
                Changed("park", mapped.Id, SourceNames.QueueTimes, mapped.QtId?.ToString(CultureInfo.InvariantCulture), source.Id, "override");
                mapped.QtId = qtId;
                park = mapped;
            }
            var brand = Brand(source.Group);
            if (park is null)
            {
                park = new Park
                {
                    Id = Guid.CreateVersion7(),
                    Slug = UniqueSlug(source.Name, existing),
                    Name = source.Name,
                    Brand = brand,
                    QtId = qtId,
                    StatusModel = brand == Brands.Other ? StatusModel.DownOrClosed : StatusModel.DownOnly,
                };
                existing.Add(park);
                db.Parks.Add(park);
                created++;
            }
            else
            {
                updated++;
            }

            park.Country = "US";
            park.Latitude = source.Latitude;
            park.Longitude = source.Longitude is > 0 ? -source.Longitude : source.Longitude;
            park.TimeZone = source.TimeZone is { } zone && TimeZoneInfo.TryFindSystemTimeZoneById(zone, out _) ? zone : park.TimeZone;
            park.MissingSince = null;
            park.IsActive = true;
            if (park.TpwId is null && rule?.Action != "create")
            {
                var best = Best(source.Name, tpwParks.Where(t => !usedTpw.Contains(t.Id)).ToList(), t => t.Name, Matching.NormalisePark, settings.ParkThreshold);
                if (best.Match is { } far && Matching.DistanceKm(park.Latitude, park.Longitude, far.Latitude, far.Longitude) > settings.MaxParkDistanceKm)
                {
                    Queue("tpw", "park", far.Id, far.Name, park.Id, park.Id, best.TopScore);
                    forReview++;
                }
                else if (best.Match is not null)
                {
                    park.TpwId = best.Match.Id;
                    usedTpw.Add(best.Match.Id);
                }
                else if (best is { Ambiguous: true, Top: { } top })
                {
                    Queue("tpw", "park", top.Id, top.Name, park.Id, park.Id, best.TopScore);
                    forReview++;
                }
            }
        }

        foreach (var missing in existing.Where(p => p.QtId is { } id && qtParks.All(q => q.Id != id.ToString(CultureInfo.InvariantCulture))))
        {
            missing.MissingSince ??= today;
        }

        var deactivated = 0;
        foreach (var park in existing.Where(p => p.IsActive && p.MissingSince is { } since && today.DayNumber - since.DayNumber >= settings.InactiveAfterDays))
        {
            park.IsActive = false;
            deactivated++;
        }

        foreach (var park in existing.Where(p => p.IsActive))
        {
            var (newRides, moved, unclear) = await DiscoverRidesAsync(park, today, ct);
            ridesCreated += newRides;
            relinked += moved;
            forReview += unclear;
        }

        db.Candidates.RemoveRange(candidates.Values.Where(c => c.Status == "pending" && !queued.Contains(c)));
        if (!dryRun)
        {
            await db.SaveChangesAsync(ct);
            await versions.CatalogueChangedAsync(db, ct);
        }

        return new DiscoverySummary(created, updated, ridesCreated, relinked, deactivated, forReview);
    }

    private async Task<(int Created, int Relinked, int Ambiguous)> DiscoverRidesAsync(Park park, DateOnly today, CancellationToken ct)
    {
        var threshold = options.Value.Discovery.RideThreshold;
        var qtRides = park.QtId is { } qtId ? await TryList(qt, qtId.ToString(CultureInfo.InvariantCulture), ct) : [];
        var tpwRides = park.TpwId is { } tpwId ? await TryList(tpw, tpwId, ct) : [];
        qtRides = qtRides.Where(r => !Matching.IsSingleRider(r.Name) && Rule("qt", r.Id)?.Action != "ignore").ToList();
        tpwRides = tpwRides.Where(r => Rule("tpw", r.Id)?.Action != "ignore").ToList();
        var rides = park.Id == default ? [] : await db.Rides.Where(r => r.ParkId == park.Id).ToListAsync(ct);
        rides.AddRange(db.Rides.Local.Where(r => r.ParkId == park.Id && !rides.Contains(r)));
        var created = 0;
        var relinked = 0;
        var ambiguous = 0;

        // Map overrides first: automatic matching never moves an id an admin placed.
        foreach (var source in tpwRides)
        {
            if (Rule("tpw", source.Id) is { Action: "map" } rule && rides.FirstOrDefault(r => r.Id == rule.TargetId) is { } target && target.TpwId != source.Id &&
                Release(rides.FirstOrDefault(r => r.TpwId == source.Id), tpw: true))
            {
                Changed("ride", target.Id, SourceNames.ThemeParksWiki, target.TpwId, source.Id, "override");
                target.TpwId = source.Id;
            }
        }

        foreach (var source in qtRides)
        {
            var id = int.Parse(source.Id, CultureInfo.InvariantCulture);
            if (Rule("qt", source.Id) is { Action: "map" } rule && rides.FirstOrDefault(r => r.Id == rule.TargetId) is { } target && target.QtId != id &&
                Release(rides.FirstOrDefault(r => r.QtId == id), tpw: false))
            {
                Changed("ride", target.Id, SourceNames.QueueTimes, target.QtId?.ToString(CultureInfo.InvariantCulture), source.Id, "override");
                target.QtId = id;
            }
        }

        // A linked TPW id that vanished: move the link to an unlinked id with the same name.
        var tpwIds = tpwRides.Select(r => r.Id).ToHashSet();
        var linkedTpw = rides.Where(r => r.TpwId != null).Select(r => r.TpwId!).ToHashSet();
        foreach (var ride in rides.Where(r => r.TpwId != null && tpwRides.Count > 0 && !tpwIds.Contains(r.TpwId)))
        {
            var match = Best(ride.Name, tpwRides.Where(t => !linkedTpw.Contains(t.Id) && Rule("tpw", t.Id) is null).ToList(), t => t.Name, Matching.NormaliseRide, threshold).Match;
            if (match is not null)
            {
                linkedTpw.Add(match.Id);
                Changed("ride", ride.Id, SourceNames.ThemeParksWiki, ride.TpwId, match.Id, "discovery");
                ride.TpwId = match.Id;
                relinked++;
            }
        }

        var qtIds = qtRides.Select(r => r.Id).ToHashSet();
        var linkedQt = rides.Where(r => r.QtId != null).Select(r => r.QtId!.Value.ToString(CultureInfo.InvariantCulture)).ToHashSet();
        foreach (var ride in rides.Where(r => r.QtId != null && qtRides.Count > 0 && !qtIds.Contains(r.QtId.Value.ToString(CultureInfo.InvariantCulture))))
        {
            var match = Best(ride.Name, qtRides.Where(t => !linkedQt.Contains(t.Id) && Rule("qt", t.Id) is null).ToList(), t => t.Name, Matching.NormaliseRide, threshold).Match;
            if (match is not null)
            {
                linkedQt.Add(match.Id);
                Changed("ride", ride.Id, SourceNames.QueueTimes, ride.QtId?.ToString(CultureInfo.InvariantCulture), match.Id, "discovery");
                ride.QtId = int.Parse(match.Id, CultureInfo.InvariantCulture);
                relinked++;
            }
        }

        var unlinkedTpw = tpwRides.Where(t => !linkedTpw.Contains(t.Id)).ToList();
        var held = new HashSet<string>();
        foreach (var source in qtRides.Where(q => !linkedQt.Contains(q.Id)))
        {
            var best = Rule("qt", source.Id)?.Action == "create"
                ? new BestMatch<UpstreamRide>(null, false, null, 0)
                : Best(source.Name, unlinkedTpw.Where(t => Rule("tpw", t.Id) is null).ToList(), t => t.Name, Matching.NormaliseRide, threshold);
            var match = best.Match;
            var byTpw = match is null ? null : rides.FirstOrDefault(r => r.TpwId == match.Id);
            if (byTpw is not null)
            {
                byTpw.QtId = int.Parse(source.Id, CultureInfo.InvariantCulture);
                continue;
            }

            var ride = NewRide(park, source.Name, source.Land);
            ride.QtId = int.Parse(source.Id, CultureInfo.InvariantCulture);
            if (match is not null)
            {
                ride.TpwId = match.Id;
                unlinkedTpw.Remove(match);
            }

            rides.Add(ride);
            created++;
            if (best is { Ambiguous: true, Top: { } top } && Queue("tpw", "ride", top.Id, top.Name, park.Id, ride.Id, best.TopScore))
            {
                held.Add(top.Id);
                ambiguous++;
            }
        }

        // An id waiting in match review is not imported on its own until an admin accepts or dismisses it.
        foreach (var source in unlinkedTpw.Where(t => rides.All(r => r.TpwId != t.Id) && !held.Contains(t.Id)))
        {
            var ride = NewRide(park, source.Name, null);
            ride.TpwId = source.Id;
            rides.Add(ride);
            created++;
        }

        foreach (var ride in rides)
        {
            var present = (ride.TpwId is not null && tpwIds.Contains(ride.TpwId)) || (ride.QtId is { } q && qtIds.Contains(q.ToString(CultureInfo.InvariantCulture)));
            if (present)
            {
                ride.MissingSince = null;
                ride.IsActive = true;
            }
            else if ((tpwRides.Count > 0 || qtRides.Count > 0) && (ride.MissingSince ??= today) is { } since &&
                     today.DayNumber - since.DayNumber >= options.Value.Discovery.InactiveAfterDays)
            {
                ride.IsActive = false;
            }
        }

        return (created, relinked, ambiguous);
    }

    /// <summary>Appends the id history row (saved with the run; nothing is written on a dry run).</summary>
    private void Changed(string entityType, Guid entityId, string source, string? oldId, string newId, string reason) =>
        db.IdChanges.Add(new ExternalIdChange
        {
            Id = Guid.CreateVersion7(),
            EntityType = entityType,
            EntityId = entityId,
            Source = source,
            OldId = oldId,
            NewId = newId,
            ChangedAt = clock.GetUtcNow().UtcDateTime,
            Reason = reason,
        });

    private SourceOverride? Rule(string source, string externalId) => overrides.GetValueOrDefault((source, "ride", externalId));

    /// <summary>Frees an external id held by another entity for a map override; false when that entity would be left without any source id.</summary>
    private static bool Release(ISourceLinked? holder, bool tpw)
    {
        if (holder is null)
        {
            return true;
        }

        if (tpw ? holder.QtId is null : holder.TpwId is null)
        {
            return false;
        }

        if (tpw)
        {
            holder.TpwId = null;
        }
        else
        {
            holder.QtId = null;
        }

        return true;
    }

    /// <summary>Queues (or keeps) a pending candidate; false when an admin already dismissed or accepted this id.</summary>
    private bool Queue(string source, string entityType, string externalId, string name, Guid parkId, Guid target, double score)
    {
        var key = (source, entityType, externalId);
        if (!candidates.TryGetValue(key, out var candidate))
        {
            candidate = new MatchCandidate
            {
                Id = Guid.CreateVersion7(),
                Source = source,
                EntityType = entityType,
                ExternalId = externalId,
                ExternalName = name,
                Status = "pending",
                CreatedAt = clock.GetUtcNow().UtcDateTime,
            };
            candidates[key] = candidate;
            db.Candidates.Add(candidate);
        }
        else if (candidate.Status != "pending")
        {
            return false;
        }

        candidate.ExternalName = name.Length > 160 ? name[..160] : name;
        candidate.ParkId = parkId;
        candidate.BestTargetId = target;
        candidate.Score = Math.Round(score, 3);
        queued.Add(candidate);
        return true;
    }

    private Ride NewRide(Park park, string name, string? land)
    {
        var tier = Matching.RuleTier(name);
        var ride = new Ride
        {
            Id = Guid.CreateVersion7(),
            ParkId = park.Id,
            Name = name.Length > 160 ? name[..160] : name,
            Land = land,
            Category = Matching.CategoryFor(name),
            Tier = tier,
            TierSource = tier is null ? "none" : "rule",
        };
        db.Rides.Add(ride);
        return ride;
    }

    private static async Task<List<UpstreamRide>> TryList(IParkDataSource source, string id, CancellationToken ct)
    {
        try
        {
            return [.. (await source.ListAttractionsAsync(id, ct)).Value];
        }
        catch (SourceException)
        {
            return [];
        }
    }

    /// <summary>
    /// Exact normalised match first, then the best similarity ≥ threshold unless the runner-up is within 0.02 (ambiguous:
    /// no match, and the top candidate with its score goes to match review).
    /// </summary>
    public static BestMatch<T> Best<T>(string name, IReadOnlyList<T> candidates, Func<T, string> nameOf, Func<string, string> normalise, double threshold)
        where T : class
    {
        var target = normalise(name);
        var exact = candidates.Where(c => normalise(nameOf(c)) == target).ToList();
        if (exact.Count == 1)
        {
            return new(exact[0], false, exact[0], 1);
        }

        var scored = candidates.Select(c => (Candidate: c, Score: Matching.Similarity(target, normalise(nameOf(c))))).OrderByDescending(x => x.Score).Take(2).ToList();
        if (scored.Count == 0 || scored[0].Score < threshold)
        {
            return new(null, false, null, 0);
        }

        return scored.Count > 1 && scored[0].Score - scored[1].Score <= 0.02
            ? new(null, true, scored[0].Candidate, scored[0].Score)
            : new(scored[0].Candidate, false, scored[0].Candidate, scored[0].Score);
    }

    private static bool InCountries(string? country, IReadOnlyCollection<string> allowed)
    {
        var code = country is "United States" or "USA" or "United States of America" ? "US" : country;
        return code is not null && allowed.Contains(code, StringComparer.OrdinalIgnoreCase);
    }

    private static string Brand(string? group) =>
        group is null ? Brands.Other
        : group.Contains("disney", StringComparison.OrdinalIgnoreCase) ? Brands.Disney
        : group.Contains("universal", StringComparison.OrdinalIgnoreCase) ? Brands.Universal
        : Brands.Other;

    private static string UniqueSlug(string name, IReadOnlyCollection<Park> parks)
    {
        var slug = Matching.Slugify(name);
        var candidate = slug;
        for (var i = 2; parks.Any(p => p.Slug == candidate); i++)
        {
            candidate = $"{slug}-{i}";
        }

        return candidate;
    }
}
