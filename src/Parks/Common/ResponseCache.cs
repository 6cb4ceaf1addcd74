using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Quartet.Parks.Collection;
using Quartet.Parks.Data;
using Quartet.Parks.Domain;
using Quartet.Platform.Http;

namespace Quartet.Parks.Common;

/// <summary>
/// ETags and a small LRU server cache for public GETs: both keyed by route + normalised query and valid only while the
/// data version (last landed run, rollup revision, catalogue revision) and the reporting day are unchanged.
/// </summary>
public sealed class ResponseCache(IOptions<ParksOptions> options)
{
    private readonly Lock gate = new();
    private readonly LinkedList<(string Key, string ETag, byte[] Body)> order = new();
    private readonly Dictionary<string, LinkedListNode<(string Key, string ETag, byte[] Body)>> entries = [];

    public bool TryGet(string key, string etag, out byte[] body)
    {
        lock (gate)
        {
            if (options.Value.Cache.Enabled && entries.TryGetValue(key, out var node) && node.Value.ETag == etag)
            {
                order.Remove(node);
                order.AddFirst(node);
                body = node.Value.Body;
                return true;
            }
        }

        body = [];
        return false;
    }

    public void Put(string key, string etag, byte[] body)
    {
        if (!options.Value.Cache.Enabled)
        {
            return;
        }

        lock (gate)
        {
            if (entries.Remove(key, out var existing))
            {
                order.Remove(existing);
            }

            entries[key] = order.AddFirst((key, etag, body));
            while (entries.Count > options.Value.Cache.Entries)
            {
                entries.Remove(order.Last!.Value.Key);
                order.RemoveLast();
            }
        }
    }

    /// <summary>The endpoint filter: 304 on a matching If-None-Match, cached bytes while current, else run and remember.</summary>
    public static async ValueTask<object?> Filter(EndpointFilterInvocationContext context, EndpointFilterDelegate next, bool catalogueOnly)
    {
        var http = context.HttpContext;
        var services = http.RequestServices;
        var versions = services.GetRequiredService<DataVersions>();
        var version = versions.Held ?? await versions.CurrentAsync(services.GetRequiredService<ParksDb>(), http.RequestAborted);
        var zone = services.GetRequiredService<ReportingZone>();
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        var query = string.Join('&', http.Request.Query.OrderBy(q => q.Key, StringComparer.Ordinal).Select(q => $"{q.Key}={q.Value}"));
        var key = $"{http.Request.Path}?{query}";
        // Live views also depend on which slots are within the live window, so the current slot is part of the tag.
        var versionText = catalogueOnly ? $"c{version.CatalogueRevision}" : $"{version.Token}|{zone.LocalDateOf(now)}|{Collector.FloorToSlot(now, 10):HHmm}";
        var etag = ETags.Of($"{key}|{versionText}");
        http.Response.Headers.AccessControlAllowOrigin = "*";
        if (ConditionalGet.IsNotModified(http, etag, "public, max-age=60"))
        {
            return Results.StatusCode(StatusCodes.Status304NotModified);
        }

        var cache = services.GetRequiredService<ResponseCache>();
        if (cache.TryGet(key, etag, out var cached))
        {
            return Results.Bytes(cached, "application/json");
        }

        var result = await next(context);
        // A handler typed Results<…> answers the chosen result wrapped.
        var answer = result is INestedHttpResult nested ? nested.Result : result;
        if (answer is IValueHttpResult { Value: { } value } and IStatusCodeHttpResult { StatusCode: null or 200 })
        {
            var json = services.GetRequiredService<IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions>>().Value.SerializerOptions;
            var bytes = JsonSerializer.SerializeToUtf8Bytes(value, value.GetType(), json);
            cache.Put(key, etag, bytes);
            return Results.Bytes(bytes, "application/json");
        }

        http.Response.Headers.Remove("ETag");
        return result;
    }
}
