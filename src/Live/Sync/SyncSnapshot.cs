using System.ComponentModel;
using System.Text.Json;
using System.Text.Json.Serialization;
using Quartet.Platform.Http;

namespace Quartet.Live.Sync;

/// <summary>
/// A full sync body carried inside another answer (the join answer), written as <see cref="SessionState.Build"/> made it:
/// its unions have no type property, so it cannot be read back into <see cref="SyncMessage"/> and written again.
/// </summary>
[Description("The session's state as the participant sees it: a full sync.")]
[ApiSchemaOf(typeof(SyncMessage))]
[JsonConverter(typeof(SyncSnapshotJson))]
public sealed class SyncSnapshot(byte[] json)
{
    public byte[] Json { get; } = json;
}

internal sealed class SyncSnapshotJson : JsonConverter<SyncSnapshot>
{
    public override SyncSnapshot Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        using var document = JsonDocument.ParseValue(ref reader);
        return new(JsonSerializer.SerializeToUtf8Bytes(document.RootElement));
    }

    public override void Write(Utf8JsonWriter writer, SyncSnapshot value, JsonSerializerOptions options) =>
        writer.WriteRawValue(value.Json, skipInputValidation: true);
}
