using System.Net.Http.Json;
using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Quartet.Live.Sync;

namespace Quartet.Live.Tests;

/// <summary>
/// The sync and stream bodies are written from memory, not through the declared records, so this reads real answers of
/// every viewer and proves each matches <see cref="SyncMessage"/> exactly: every property of the records present, none
/// undeclared, no null where the record says none, and each entity of a union kind matching exactly one of its shapes.
/// The seeded session produces every declared shape; the test fails when one is never seen (a shape no longer written).
/// </summary>
public abstract class SyncContractTests<TFixture>(TFixture fixture) : IClassFixture<TFixture> where TFixture : HostFixture
{
    private readonly HashSet<Type> seen = [];
    private int removals;
    private JsonSerializerOptions? strict;

    private LiveApi Api => new(fixture.Host);

    [Fact]
    public async Task Every_sync_and_stream_body_matches_the_declared_records_exactly()
    {
        var s = await Api.CreateSessionAsync(true,
            LiveApi.Poll("Live poll"),
            LiveApi.Poll("Hidden poll", resultsMode: "onReveal"),
            new { type = "wordcloud", title = "Words" },
            new { type = "rating", title = "Rate" },
            new { type = "opentext", title = "Say", resultsMode = "live" },
            LiveApi.Quiz(LiveApi.QuizQuestion([1], timeLimitSeconds: null, showLeaderboard: true), LiveApi.QuizQuestion([0, 2], timeLimitSeconds: null)),
            new { type = "qna", title = "Ask" },
            new { type = "reactions", title = "React", config = new { emojis = new[] { "👍", "🎉" } } });
        var (poll, hidden, cloud, rating, text, quiz, qna, reactions) =
            (s.Activities[0], s.Activities[1], s.Activities[2], s.Activities[3], s.Activities[4], s.Activities[5], s.Activities[6], s.Activities[7]);
        var host = s.Host.Client;
        var (a, b) = (await Api.JoinAsync(s.Code, "Ada"), await Api.JoinAsync(s.Code, "Bob"));
        var viewers = new List<Viewer>
        {
            new(host, $"/api/live/sessions/{s.Id}/sync"),
            new(await Api.PresenterClientAsync(s), $"/api/live/present/{s.Id}/sync"),
            new(a.Client, $"/api/live/p/{s.Id}/sync"),
            new(b.Client, $"/api/live/p/{s.Id}/sync"),
        };

        async Task Respond(Guid activity, object body)
        {
            foreach (var phone in new[] { a, b })
            {
                (await phone.Client.PostAsJsonAsync($"/api/live/p/{s.Id}/activities/{activity}/responses", body)).EnsureSuccessStatusCode();
            }
        }

        async Task Next() => (await host.PostAsJsonAsync($"/api/live/sessions/{s.Id}/navigate", new { to = "next" })).EnsureSuccessStatusCode();

        (await host.PostAsync($"/api/live/sessions/{s.Id}/activities/{qna}/open", null)).EnsureSuccessStatusCode();
        (await host.PostAsync($"/api/live/sessions/{s.Id}/activities/{reactions}/open", null)).EnsureSuccessStatusCode();
        var asked = await (await a.Client.PostAsJsonAsync($"/api/live/p/{s.Id}/activities/{qna}/questions", new { text = "Why?", anonymous = false }))
            .ReadAsAsync<JsonElement>();
        (await b.Client.PostAsJsonAsync($"/api/live/p/{s.Id}/activities/{qna}/questions", new { text = "How?", anonymous = true })).EnsureSuccessStatusCode();
        (await a.Client.PostAsJsonAsync($"/api/live/p/{s.Id}/activities/{reactions}/reactions", new { counts = new Dictionary<string, int> { ["👍"] = 3 } }))
            .EnsureSuccessStatusCode();
        await ObserveUntilAsync(viewers, [typeof(AskedQuestionEntity), typeof(ReactionsView)]);
        await Next();
        await Respond(poll, new { choices = new[] { 1 } });
        await ObserveUntilAsync(viewers, [typeof(PollResults)]);
        await Next();
        await Respond(hidden, new { choices = new[] { 0 } });
        await ObserveUntilAsync(viewers, [typeof(HiddenResults)]);
        await Next();
        await Respond(cloud, new { words = new[] { "coffee" } });
        await ObserveUntilAsync(viewers, [typeof(WordcloudResults)]);
        await Next();
        await Respond(rating, new { rating = 4 });
        await ObserveUntilAsync(viewers, [typeof(RatingResults)]);
        await Next();
        await Respond(text, new { text = "Hello" });
        await ObserveUntilAsync(viewers, [typeof(PublicOpentextResults), typeof(OpentextResults)]);

        await Next();
        await Next();
        (await a.Client.PostAsJsonAsync($"/api/live/p/{s.Id}/activities/{quiz}/quiz/0/answer", new { options = new[] { 1 } })).EnsureSuccessStatusCode();
        (await b.Client.PostAsJsonAsync($"/api/live/p/{s.Id}/activities/{quiz}/quiz/0/answer", new { options = new[] { 0 } })).EnsureSuccessStatusCode();
        await ObserveUntilAsync(viewers, [typeof(HiddenQuizQuestionResults), typeof(QuizQuestionResults)]);

        foreach (var stage in new[] { "close", "reveal", "leaderboard" })
        {
            (await host.PostAsync($"/api/live/sessions/{s.Id}/activities/{quiz}/quiz/0/{stage}", null)).EnsureSuccessStatusCode();
        }

        await ObserveUntilAsync(viewers, [typeof(QuizScoreEntity), typeof(PublicLeaderboard)]);
        (await host.PostAsync($"/api/live/sessions/{s.Id}/questions/{asked.GetProperty("id").GetGuid()}/hide", null)).EnsureSuccessStatusCode();
        (await host.PostAsJsonAsync($"/api/live/sessions/{s.Id}/participants/{b.Id}/kick", new { removeResponses = false })).EnsureSuccessStatusCode();
        viewers.RemoveAt(3);
        await ObserveUntilAsync(viewers, DeclaredShapes(), removed: true);

        seen.ShouldBe(DeclaredShapes(), ignoreOrder: true);
        ShouldMatch(await FirstStreamEventAsync(a.Client, $"/api/live/p/{s.Id}/stream"), "the participant's stream");
        var joined = await (await Api.TryJoinAsync(s.Code, "Cy")).ReadAsAsync<JsonElement>();
        ShouldMatch(joined.GetProperty("snapshot").GetRawText(), "the snapshot in the join answer");
    }

    /// <summary>Every shape the contract declares: each kind's data record, and each member of every sync union (data or nested).</summary>
    private static HashSet<Type> DeclaredShapes() =>
        [.. typeof(SyncChange).GetCustomAttributes<JsonDerivedTypeAttribute>().Select(change => DataType(change.DerivedType)).Where(data => ExactlyOneShape.UnionMembers(data) is null),
            .. typeof(SyncMessage).Assembly.GetTypes().Where(t => t.Namespace == typeof(SyncMessage).Namespace).SelectMany(t => ExactlyOneShape.UnionMembers(t) ?? [])];

    private static Type DataType(Type change) => change.GetProperty(nameof(SessionChange.Data))!.PropertyType;

    /// <summary>Full and delta syncs of every viewer, each body checked, until the given shapes (and a removal, if asked) were seen.</summary>
    private async Task ObserveUntilAsync(IReadOnlyList<Viewer> viewers, IReadOnlyCollection<Type> shapes, bool removed = false)
    {
        try
        {
            await ObserveAsync(viewers, shapes, removed);
        }
        catch (ShouldAssertException e) when (e.Message.StartsWith("Never happened", StringComparison.Ordinal))
        {
            throw new ShouldAssertException(
                $"Never seen: {string.Join(", ", shapes.Except(seen).Select(t => t.Name))}{(removed && removals == 0 ? "; no removal" : "")}", e);
        }
    }

    private async Task ObserveAsync(IReadOnlyList<Viewer> viewers, IReadOnlyCollection<Type> shapes, bool removed) =>
        await LiveApi.EventuallyAsync(async () =>
        {
            foreach (var viewer in viewers)
            {
                // The deltas form an unbroken chain from the viewer's last delta, so a removal published between two
                // polls is always in one of them; the full sync is read for its shapes only.
                viewer.Version = (await ReadSyncAsync(viewer, viewer.Version)).Version;
                await ReadSyncAsync(viewer, 0);
            }

            return seen.IsSupersetOf(shapes) && (!removed || removals > 0);
        }, "every shape in " + string.Join(", ", shapes.Select(t => t.Name)));

    private async Task<SyncMessage> ReadSyncAsync(Viewer viewer, long since)
    {
        var response = await viewer.Client.GetAsync($"{viewer.Path}?since={since}");
        var body = await response.Content.ReadAsStringAsync();
        response.EnsureSuccessStatusCode();
        return ShouldMatch(body, viewer.Path);
    }

    private SyncMessage ShouldMatch(string json, string source)
    {
        strict ??= new JsonSerializerOptions(LiveJson.Options)
        {
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
            RespectRequiredConstructorParameters = true,
            RespectNullableAnnotations = true,
            Converters = { new ExactlyOneShape(seen) },
        };
        SyncMessage message;
        try
        {
            message = JsonSerializer.Deserialize<SyncMessage>(json, strict)!;
        }
        catch (JsonException e)
        {
            throw new ShouldAssertException($"The body from {source} does not match the declared sync records: {e.Message}\n{json}", e);
        }

        foreach (var change in message.Changes)
        {
            change.Id.ShouldNotBeNullOrEmpty();
            seen.Add(change.GetType().GetProperty(nameof(SessionChange.Data))!.GetValue(change)!.GetType());
        }

        removals += message.Removed.Count;
        return message;
    }

    private static async Task<string> FirstStreamEventAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path, HttpCompletionOption.ResponseHeadersRead);
        response.EnsureSuccessStatusCode();
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(), Encoding.UTF8);
        while (await reader.ReadLineAsync() is { } line)
        {
            if (line.StartsWith("data: ", StringComparison.Ordinal))
            {
                return line["data: ".Length..];
            }
        }

        throw new ShouldAssertException("The stream ended before its first sync event.");
    }

    private sealed class Viewer(HttpClient client, string path)
    {
        public HttpClient Client { get; } = client;

        public string Path { get; } = path;

        public long Version { get; set; }
    }
}

public sealed class SyncContractTestsOnSqlite(LiveSqlite fixture) : SyncContractTests<LiveSqlite>(fixture);

/// <summary>
/// Reads a union written without a type property by trying each member strictly: exactly one must match (none means an
/// undeclared shape, two mean the members cannot be told apart). Records which member matched.
/// </summary>
internal sealed class ExactlyOneShape(HashSet<Type> seen) : JsonConverterFactory
{
    /// <summary>The members of a union written without a type property; null when the type is no such union.</summary>
    public static Type[]? UnionMembers(Type type)
    {
        var members = type.GetCustomAttributes<JsonDerivedTypeAttribute>(inherit: false).ToList();
        return type.IsAbstract && members.Count > 0 && members.All(m => m.TypeDiscriminator is null) ? [.. members.Select(m => m.DerivedType)] : null;
    }

    public override bool CanConvert(Type typeToConvert) => UnionMembers(typeToConvert) is not null;

    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
        (JsonConverter)Activator.CreateInstance(typeof(Reader<>).MakeGenericType(typeToConvert), seen)!;

    private sealed class Reader<T>(HashSet<Type> seen) : JsonConverter<T>
    {
        public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            var element = JsonElement.ParseValue(ref reader);
            var matches = new List<(Type Shape, object Value)>();
            foreach (var member in UnionMembers(typeToConvert)!)
            {
                try
                {
                    matches.Add((member, element.Deserialize(member, options)!));
                }
                catch (JsonException)
                {
                }
            }

            if (matches.Count != 1)
            {
                throw new JsonException($"{typeToConvert.Name} matched {matches.Count} of its shapes ({string.Join(", ", matches.Select(m => m.Shape.Name))}): {element}");
            }

            seen.Add(matches[0].Shape);
            return (T)matches[0].Value;
        }

        public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => throw new NotSupportedException();
    }
}
