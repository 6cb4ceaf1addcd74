using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using System.Globalization;
using System.Text;

namespace Quartet.Platform.Observability;

/// <summary>
/// Aggregates every instrument of this host's meters (those created through its <see cref="IMeterFactory"/>: ASP.NET
/// Core's request metrics and each module's own), the runtime's and Npgsql's (connection pools, one per module
/// database), and writes them in the Prometheus text format.
/// Series are keyed by their label text; an instrument keeps at most <see cref="MaxSeriesPerInstrument"/> of them.
/// </summary>
public sealed class MetricsCollector : IDisposable
{
    public const int MaxSeriesPerInstrument = 2000;

    private static readonly double[] DefaultBuckets = [0.005, 0.01, 0.025, 0.05, 0.075, 0.1, 0.25, 0.5, 0.75, 1, 2.5, 5, 7.5, 10];

    private readonly MeterListener listener = new();
    private readonly ConcurrentDictionary<Instrument, InstrumentSeries> instruments = new();

    public MetricsCollector(IMeterFactory meterFactory)
    {
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (ReferenceEquals(instrument.Meter.Scope, meterFactory) || instrument.Meter.Name is "System.Runtime" or "Npgsql")
            {
                var series = new InstrumentSeries(instrument, BucketsOf(instrument));
                instruments[instrument] = series;
                l.EnableMeasurementEvents(instrument, series);
            }
        };
        listener.MeasurementsCompleted = (instrument, state) => instruments.TryRemove(new KeyValuePair<Instrument, InstrumentSeries>(instrument, (InstrumentSeries)state!));
        listener.SetMeasurementEventCallback<double>(static (_, value, tags, state) => ((InstrumentSeries)state!).Record(value, tags));
        listener.SetMeasurementEventCallback<float>(static (_, value, tags, state) => ((InstrumentSeries)state!).Record(value, tags));
        listener.SetMeasurementEventCallback<long>(static (_, value, tags, state) => ((InstrumentSeries)state!).Record(value, tags));
        listener.SetMeasurementEventCallback<int>(static (_, value, tags, state) => ((InstrumentSeries)state!).Record(value, tags));
        listener.SetMeasurementEventCallback<short>(static (_, value, tags, state) => ((InstrumentSeries)state!).Record(value, tags));
        listener.SetMeasurementEventCallback<byte>(static (_, value, tags, state) => ((InstrumentSeries)state!).Record(value, tags));
        listener.Start();
    }

    /// <summary>Reads the observable instruments, then writes every series.</summary>
    public string Scrape()
    {
        listener.RecordObservableInstruments();
        var text = new StringBuilder();
        foreach (var series in instruments.Values.OrderBy(s => s.Name, StringComparer.Ordinal))
        {
            series.WriteTo(text);
        }

        return text.ToString();
    }

    public void Dispose() => listener.Dispose();

    private static double[]? BucketsOf(Instrument instrument) => instrument switch
    {
        Histogram<double> h => h.Advice?.HistogramBucketBoundaries?.ToArray() ?? DefaultBuckets,
        Histogram<float> h => h.Advice?.HistogramBucketBoundaries?.Select(b => (double)b).ToArray() ?? DefaultBuckets,
        Histogram<long> h => h.Advice?.HistogramBucketBoundaries?.Select(b => (double)b).ToArray() ?? DefaultBuckets,
        Histogram<int> h => h.Advice?.HistogramBucketBoundaries?.Select(b => (double)b).ToArray() ?? DefaultBuckets,
        _ => null,
    };

    private sealed class InstrumentSeries(Instrument instrument, double[]? buckets)
    {
        private readonly ConcurrentDictionary<string, Series> series = new(StringComparer.Ordinal);

        private readonly Kind kind = instrument switch
        {
            _ when buckets is not null => Kind.Histogram,
            ObservableGauge<double> or ObservableGauge<float> or ObservableGauge<long> or ObservableGauge<int> or ObservableGauge<short> or ObservableGauge<byte> => Kind.ObservedGauge,
            ObservableCounter<double> or ObservableCounter<float> or ObservableCounter<long> or ObservableCounter<int> or ObservableCounter<short> or ObservableCounter<byte> => Kind.ObservedCounter,
            ObservableUpDownCounter<double> or ObservableUpDownCounter<float> or ObservableUpDownCounter<long> or ObservableUpDownCounter<int> or ObservableUpDownCounter<short> or ObservableUpDownCounter<byte> => Kind.ObservedGauge,
            Gauge<double> or Gauge<float> or Gauge<long> or Gauge<int> or Gauge<short> or Gauge<byte> => Kind.ObservedGauge,
            UpDownCounter<double> or UpDownCounter<float> or UpDownCounter<long> or UpDownCounter<int> or UpDownCounter<short> or UpDownCounter<byte> => Kind.Gauge,
            _ => Kind.Counter,
        };

        public string Name { get; } = PrometheusName(instrument.Name, instrument.Unit);

        public void Record(double value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
        {
            var labels = LabelText(tags);
            if (!series.TryGetValue(labels, out var entry))
            {
                if (series.Count >= MaxSeriesPerInstrument)
                {
                    return;
                }

                entry = series.GetOrAdd(labels, _ => new Series(buckets?.Length ?? 0));
            }

            lock (entry)
            {
                switch (kind)
                {
                    case Kind.ObservedGauge or Kind.ObservedCounter:
                        entry.Sum = value;
                        break;
                    case Kind.Histogram:
                        entry.Count++;
                        entry.Sum += value;
                        var bucket = Array.BinarySearch(buckets!, value);
                        entry.Buckets[bucket >= 0 ? bucket : ~bucket]++;
                        break;
                    default:
                        entry.Sum += value;
                        break;
                }
            }
        }

        public void WriteTo(StringBuilder text)
        {
            if (series.IsEmpty)
            {
                return;
            }

            var (type, sampleName) = kind switch
            {
                Kind.Histogram => ("histogram", Name),
                Kind.Counter or Kind.ObservedCounter => ("counter", Name + "_total"),
                _ => ("gauge", Name),
            };
            if (!string.IsNullOrEmpty(instrument.Description))
            {
                text.Append("# HELP ").Append(sampleName).Append(' ').Append(instrument.Description.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal)).Append('\n');
            }

            text.Append("# TYPE ").Append(sampleName).Append(' ').Append(type).Append('\n');
            foreach (var (labels, entry) in series.OrderBy(s => s.Key, StringComparer.Ordinal))
            {
                lock (entry)
                {
                    if (kind != Kind.Histogram)
                    {
                        Sample(text, sampleName, labels, entry.Sum);
                        continue;
                    }

                    long cumulative = 0;
                    for (var i = 0; i < buckets!.Length; i++)
                    {
                        cumulative += entry.Buckets[i];
                        Sample(text, Name + "_bucket", Join(labels, $"le=\"{Number(buckets[i])}\""), cumulative);
                    }

                    Sample(text, Name + "_bucket", Join(labels, "le=\"+Inf\""), entry.Count);
                    Sample(text, Name + "_sum", labels, entry.Sum);
                    Sample(text, Name + "_count", labels, entry.Count);
                }
            }
        }

        private static void Sample(StringBuilder text, string name, string labels, double value)
        {
            text.Append(name);
            if (labels.Length > 0)
            {
                text.Append('{').Append(labels).Append('}');
            }

            text.Append(' ').Append(Number(value)).Append('\n');
        }

        private static string Join(string labels, string label) => labels.Length == 0 ? label : labels + "," + label;
    }

    private enum Kind
    {
        Counter,
        Gauge,
        ObservedCounter,
        ObservedGauge,
        Histogram,
    }

    private sealed class Series(int bucketCount)
    {
        public readonly long[] Buckets = new long[bucketCount + 1];
        public long Count;
        public double Sum;
    }

    private static string LabelText(ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        if (tags.Length == 0)
        {
            return "";
        }

        var sorted = tags.ToArray();
        Array.Sort(sorted, (a, b) => string.CompareOrdinal(a.Key, b.Key));
        var text = new StringBuilder();
        foreach (var (key, value) in sorted)
        {
            if (text.Length > 0)
            {
                text.Append(',');
            }

            text.Append(Sanitize(key)).Append("=\"");
            foreach (var c in Convert.ToString(value, CultureInfo.InvariantCulture) ?? "")
            {
                if (c is '\\' or '"' or '\n')
                {
                    text.Append('\\');
                }

                text.Append(c == '\n' ? 'n' : c);
            }

            text.Append('"');
        }

        return text.ToString();
    }

    private static string PrometheusName(string name, string? unit)
    {
        var suffix = unit switch
        {
            "s" => "_seconds",
            "ms" => "_milliseconds",
            "By" => "_bytes",
            _ => "",
        };
        var baseName = Sanitize(name);
        return baseName.EndsWith(suffix, StringComparison.Ordinal) ? baseName : baseName + suffix;
    }

    private static string Sanitize(string name)
    {
        var chars = name.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (!(char.IsAsciiLetterOrDigit(chars[i]) || chars[i] == '_' || chars[i] == ':') || (i == 0 && char.IsAsciiDigit(chars[i])))
            {
                chars[i] = '_';
            }
        }

        return new string(chars);
    }

    private static string Number(double value) =>
        double.IsPositiveInfinity(value) ? "+Inf" : double.IsNegativeInfinity(value) ? "-Inf" : value.ToString("R", CultureInfo.InvariantCulture);
}
