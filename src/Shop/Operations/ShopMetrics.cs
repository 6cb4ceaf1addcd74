using System.Diagnostics.Metrics;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.DependencyInjection;
using Quartet.Platform.Http;
using Quartet.Shop.Data;

namespace Quartet.Shop.Operations;

/// <summary>
/// The shop's own metrics (spec 4.6, meter <c>Quartet.Shop</c>): points transactions by operation and result code,
/// and committed ledger entries by type (job runs are counted by the platform's <c>quartet.job.*</c>). Latency and errors per endpoint come from
/// ASP.NET Core's <c>http.server.request.duration</c> (tagged with the route and status). Read them with
/// <c>dotnet-counters monitor --counters Quartet.Shop,Microsoft.AspNetCore.Hosting</c> or any OpenTelemetry exporter.
/// </summary>
public sealed class ShopMetrics
{
    public const string MeterName = "Quartet.Shop";

    private readonly Counter<long> transactions;
    private readonly Counter<long> ledgerEntries;

    public ShopMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(MeterName);
        transactions = meter.CreateCounter<long>("shop.points.transactions", "{transaction}",
            "Points transactions (redeem, cancel, grant, deduct, batch) by result: ok, replayed, dry_run or the error code.");
        ledgerEntries = meter.CreateCounter<long>("shop.ledger.entries", "{entry}", "Committed ledger entries by type.");
    }

    public void Transaction(string operation, string result) =>
        transactions.Add(1, new("operation", operation), new("result", result));

    public void LedgerEntries(LedgerType type, int count) =>
        ledgerEntries.Add(count, new KeyValuePair<string, object?>("type", type.ToString().ToLowerInvariant()));
}

public static class ShopMetricsEndpoints
{
    /// <summary>Counts every call of a money-moving endpoint under <paramref name="operation"/> with its result code.</summary>
    public static RouteHandlerBuilder CountsAs(this RouteHandlerBuilder endpoint, string operation) =>
        endpoint.AddEndpointFilter(async (context, next) =>
        {
            var metrics = context.HttpContext.RequestServices.GetRequiredService<ShopMetrics>();
            try
            {
                var result = await next(context);
                metrics.Transaction(operation, ResultOf(operation, result, context.HttpContext));
                return result;
            }
            catch (ProblemException problem)
            {
                metrics.Transaction(operation, problem.Code);
                throw;
            }
        });

    private static string ResultOf(string operation, object? result, HttpContext http) => result switch
    {
        INestedHttpResult union => ResultOf(operation, union.Result, http),
        ProblemHttpResult problem => problem.ProblemDetails.Extensions.TryGetValue("code", out var code) ? $"{code}" : Problems.CodeFor(problem.StatusCode),
        IStatusCodeHttpResult { StatusCode: >= 400 and var status } => Problems.CodeFor(status),
        _ when http.Response.Headers.ContainsKey("Idempotency-Replayed") => "replayed",
        // A batch answers 200 with a preview for a dry run and 201 when it commits.
        IStatusCodeHttpResult { StatusCode: StatusCodes.Status200OK } when operation == Points.PointsBatches.BatchOperation => "dry_run",
        _ => "ok",
    };
}
