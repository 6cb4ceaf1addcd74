using System.Buffers;
using System.Text.Json;
using Quartet.Live.Data;

namespace Quartet.Live.Sync;

public sealed record StateRow(string Kind, string Id, string Audience, long Version, bool Removed, string? Data);

public sealed record SessionHeader(
    Guid Id, Guid HostUserId, long Version, long DeltaFloor, SessionStatus Status, DateTime? EndedAt, string PresenterKeyHash, bool IsRehearsal);

public sealed record Revocation(ParticipantStatus Status, int Generation);

/// <summary>A sync answer, already serialized.</summary>
public sealed record SyncBody(long Version, bool Full, byte[] Json);

/// <summary>
/// One session's published state held in memory on this instance: every entity row with the version that last changed
/// it, kept current by the change listener. Sync, 304s, long-polls and streams are answered from here without the database.
/// </summary>
public sealed class SessionState
{
    private readonly Lock gate = new();
    private readonly Dictionary<(string Kind, string Id, string Audience), StateRow> shared = [];
    private readonly Dictionary<string, Dictionary<(string Kind, string Id), StateRow>> personal = [];
    private readonly Dictionary<Guid, Revocation> revocations = [];
    private readonly Dictionary<(long Since, ViewerKind Kind), List<StateRow>> sharedCache = [];
    private TaskCompletionSource changed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private long version;

    public SessionState(SessionHeader header) => Header = header;

    public Guid SessionId => Header.Id;

    public SessionHeader Header { get; private set; }

    public long Version => Interlocked.Read(ref version);

    public long LastUsedTicks { get; set; }

    /// <summary>Completes when the version next moves.</summary>
    public Task Changed
    {
        get
        {
            lock (gate)
            {
                return changed.Task;
            }
        }
    }

    public Revocation? RevocationOf(Guid participantId)
    {
        lock (gate)
        {
            return revocations.GetValueOrDefault(participantId);
        }
    }

    public void Apply(SessionHeader header, IReadOnlyCollection<StateRow> rows)
    {
        TaskCompletionSource? toComplete = null;
        lock (gate)
        {
            var newVersion = Math.Max(header.Version, rows.Count == 0 ? 0 : rows.Max(r => r.Version));
            if (newVersion < version)
            {
                return;
            }

            foreach (var row in rows)
            {
                if (row.Audience is Audiences.All or Audiences.Public or Audiences.Host)
                {
                    var key = (row.Kind, row.Id, row.Audience);
                    if (!shared.TryGetValue(key, out var existing) || existing.Version <= row.Version)
                    {
                        shared[key] = row;
                    }
                }
                else
                {
                    if (!personal.TryGetValue(row.Audience, out var mine))
                    {
                        mine = [];
                        personal[row.Audience] = mine;
                    }

                    if (!mine.TryGetValue((row.Kind, row.Id), out var existing) || existing.Version <= row.Version)
                    {
                        mine[(row.Kind, row.Id)] = row;
                    }
                }

                if (row.Kind == Kinds.Participant && row.Data is not null && Guid.TryParse(row.Id, out var participantId))
                {
                    var data = JsonSerializer.Deserialize<RevocationData>(row.Data, LiveJson.Options)!;
                    revocations[participantId] = new Revocation(data.Status, data.TokenGeneration);
                }
            }

            Header = header with { Version = newVersion };
            if (newVersion > version)
            {
                Interlocked.Exchange(ref version, newVersion);
                sharedCache.Clear();
                toComplete = changed;
                changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            }
        }

        toComplete?.TrySetResult();
    }

    /// <summary>
    /// The answer to <c>sync?since=N</c> (S4) for one viewer: a delta when N is inside the window, else a full snapshot.
    /// </summary>
    public SyncBody Build(Viewer viewer, long since, DateTime serverTime, int pollAfterMs)
    {
        List<StateRow> sharedRows;
        List<StateRow> personalRows = [];
        long current;
        bool full;
        lock (gate)
        {
            current = version;
            full = since <= 0 || since > current || since < Header.DeltaFloor;
            var from = full ? 0 : since;
            if (!sharedCache.TryGetValue((from, viewer.Kind), out sharedRows!))
            {
                sharedRows = [.. shared.Values.Where(r => r.Version > from && viewer.SeesShared(r.Audience) && !(full && r.Removed))
                    .OrderBy(r => r.Version).ThenBy(r => r.Kind, StringComparer.Ordinal).ThenBy(r => r.Id, StringComparer.Ordinal)];
                sharedCache[(from, viewer.Kind)] = sharedRows;
            }

            if (viewer.Kind == ViewerKind.Participant && personal.TryGetValue(Audiences.Participant(viewer.ParticipantId), out var mine))
            {
                personalRows = [.. mine.Values.Where(r => r.Version > from && !(full && r.Removed))];
            }
        }

        var buffer = new ArrayBufferWriter<byte>(1024);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("sessionId", SessionId);
            writer.WriteNumber("version", current);
            writer.WriteBoolean("full", full);
            writer.WriteStartArray("changes");
            foreach (var row in sharedRows.Concat(personalRows).Where(r => !r.Removed))
            {
                writer.WriteStartObject();
                writer.WriteString("kind", row.Kind);
                writer.WriteString("id", row.Id);
                writer.WritePropertyName("data");
                writer.WriteRawValue(row.Data!, skipInputValidation: true);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteStartArray("removed");
            foreach (var row in sharedRows.Concat(personalRows).Where(r => r.Removed))
            {
                writer.WriteStartObject();
                writer.WriteString("kind", row.Kind);
                writer.WriteString("id", row.Id);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteString("serverTime", serverTime);
            writer.WriteNumber("pollAfterMs", pollAfterMs);
            writer.WriteEndObject();
        }

        return new SyncBody(current, full, buffer.WrittenSpan.ToArray());
    }

    private sealed record RevocationData(ParticipantStatus Status, int TokenGeneration);
}
