using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;

namespace Quartet.Shop.Tests;

/// <summary>ETags on the polled reads, and the metrics of spec 4.6.</summary>
public abstract class ObservabilityTests<T>(T fixture) : IClassFixture<T> where T : HostFixture
{
    private readonly ShopKit kit = new(fixture.Host);

    [Fact]
    public async Task The_balance_answers_304_while_it_is_unchanged_and_200_with_a_new_tag_after_a_grant()
    {
        var employee = await kit.FundedEmployeeAsync(500);
        var first = await employee.Client.GetAsync("/api/shop/me/balance");
        var etag = first.Headers.ETag.ShouldNotBeNull().Tag;

        (await GetIfNoneMatchAsync(employee.Client, "/api/shop/me/balance", etag)).StatusCode.ShouldBe(HttpStatusCode.NotModified);

        await kit.GrantAsync(employee.Id, 1);
        var changed = await GetIfNoneMatchAsync(employee.Client, "/api/shop/me/balance", etag);
        changed.StatusCode.ShouldBe(HttpStatusCode.OK);
        changed.Headers.ETag.ShouldNotBeNull().Tag.ShouldNotBe(etag);
        (await changed.ReadAsAsync<JsonElement>()).GetProperty("balance").GetInt32().ShouldBe(501);
    }

    [Fact]
    public async Task A_product_answers_304_while_it_is_unchanged_and_200_after_its_stock_moves()
    {
        var product = await kit.ProductAsync(stock: 7);
        var employee = await kit.FundedEmployeeAsync(500);
        var path = $"/api/shop/products/{product}";
        var etag = (await employee.Client.GetAsync(path)).Headers.ETag.ShouldNotBeNull().Tag;
        (await GetIfNoneMatchAsync(employee.Client, path, etag)).StatusCode.ShouldBe(HttpStatusCode.NotModified);

        await ShopKit.PlaceAsync(employee.Client, product);

        var changed = await GetIfNoneMatchAsync(employee.Client, path, etag);
        changed.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await changed.ReadAsAsync<JsonElement>()).GetProperty("stock").GetInt32().ShouldBe(6);
    }

    [Fact]
    public async Task Redemptions_are_counted_by_result_code_and_committed_ledger_entries_by_type()
    {
        using var metrics = new MetricsRecorder(kit.Host.Services.GetRequiredService<IMeterFactory>());
        var product = await kit.ProductAsync(cost: 100);
        var employee = await kit.FundedEmployeeAsync(150);

        const string key = "metrics-key-1";
        (await ShopKit.RedeemAsync(employee.Client, product, key: key)).StatusCode.ShouldBe(HttpStatusCode.Created);
        await (await ShopKit.RedeemAsync(employee.Client, product)).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "INSUFFICIENT_POINTS");
        (await ShopKit.RedeemAsync(employee.Client, product, key: key)).Headers.GetValues("Idempotency-Replayed").ShouldBe(["true"]);

        metrics.Sum("shop.points.transactions", ("operation", "redeem"), ("result", "ok")).ShouldBe(1);
        metrics.Sum("shop.points.transactions", ("operation", "redeem"), ("result", "replayed")).ShouldBe(1);
        metrics.Sum("shop.points.transactions", ("operation", "redeem"), ("result", "INSUFFICIENT_POINTS")).ShouldBe(1);
        metrics.Sum("shop.points.transactions", ("operation", "grant"), ("result", "ok")).ShouldBe(1);
        metrics.Sum("shop.ledger.entries", ("type", "grant")).ShouldBe(1);
        metrics.Sum("shop.ledger.entries", ("type", "redeem")).ShouldBe(1);

        // The server records request durations as the response completes, which can be just after the client has it.
        for (var i = 0; i < 50 && metrics.Count("http.server.request.duration", ("http.route", "/api/shop/orders"), ("http.response.status_code", 422)) == 0; i++)
        {
            await Task.Delay(100);
        }

        metrics.Count("http.server.request.duration", ("http.route", "/api/shop/orders"), ("http.response.status_code", 422)).ShouldBe(1);
    }

    private static Task<HttpResponseMessage> GetIfNoneMatchAsync(HttpClient client, string path, string etag)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.TryAddWithoutValidation("If-None-Match", etag);
        return client.SendAsync(request);
    }

    /// <summary>Listens to the meters of one host only (its <see cref="IMeterFactory"/>), so parallel tests cannot interfere.</summary>
    private sealed class MetricsRecorder : IDisposable
    {
        private readonly MeterListener listener = new();
        private readonly ConcurrentQueue<(string Instrument, double Value, KeyValuePair<string, object?>[] Tags)> measurements = new();

        public MetricsRecorder(IMeterFactory factory)
        {
            listener.InstrumentPublished = (instrument, l) =>
            {
                if (ReferenceEquals(instrument.Meter.Scope, factory))
                {
                    l.EnableMeasurementEvents(instrument);
                }
            };
            listener.SetMeasurementEventCallback<long>((i, value, tags, _) => measurements.Enqueue((i.Name, value, tags.ToArray())));
            listener.SetMeasurementEventCallback<double>((i, value, tags, _) => measurements.Enqueue((i.Name, value, tags.ToArray())));
            listener.Start();
        }

        public double Sum(string instrument, params (string Key, object Value)[] tags) => Matching(instrument, tags).Sum(m => m.Value);

        public int Count(string instrument, params (string Key, object Value)[] tags) => Matching(instrument, tags).Count();

        public void Dispose() => listener.Dispose();

        private IEnumerable<(string Instrument, double Value, KeyValuePair<string, object?>[] Tags)> Matching(string instrument, (string Key, object Value)[] tags) =>
            measurements.Where(m => m.Instrument == instrument && tags.All(t => m.Tags.Any(x => x.Key == t.Key && Equals(x.Value, t.Value))));
    }
}

public sealed class ObservabilityTestsOnSqlite(SqliteHost fixture) : ObservabilityTests<SqliteHost>(fixture);

public sealed class ObservabilityTestsOnPostgres(PostgresHost fixture) : ObservabilityTests<PostgresHost>(fixture);

public sealed class ObservabilityTestsOnMySql(MySqlHost fixture) : ObservabilityTests<MySqlHost>(fixture);
