using System.Diagnostics.Metrics;
using Quartet.Live.Sync;

namespace Quartet.Live.Operations;

/// <summary>
/// The live meter (P5), exported at <c>/metrics</c> beside the platform's request metrics (requests by route and status,
/// from which the 304 ratio follows): held sync connections, publish lag and join waits.
/// </summary>
public sealed class LiveMetrics
{
    public const string MeterName = "Quartet.Live";

    private readonly Histogram<double> publishLag;
    private readonly Histogram<double> joinWait;

    public LiveMetrics(IMeterFactory meters, SyncHub hub)
    {
        var meter = meters.Create(MeterName);
        meter.CreateObservableGauge("live.sync.held_connections", () => hub.HeldConnections, "{connection}",
            "Long-polls and event streams held open now.");
        publishLag = meter.CreateHistogram("live.publish.lag", "s",
            "From the first participant write a version folds in to that version's publication.",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.05, 0.1, 0.25, 0.5, 0.75, 1, 1.5, 2, 5, 10] });
        joinWait = meter.CreateHistogram("live.join.wait", "s", "Time a join waited for its group commit.",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5] });
    }

    public void PublishLag(TimeSpan lag) => publishLag.Record(lag.TotalSeconds);

    public void JoinWait(TimeSpan wait) => joinWait.Record(wait.TotalSeconds);
}
