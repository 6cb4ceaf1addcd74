using System.Buffers;
using System.Collections;
using System.Globalization;
using System.Text.Json;

namespace Quartet.Platform.Http;

/// <summary>
/// The state of the request log line. Every logger sees the usual named properties; Production's console logger asks
/// for the message and the <c>State</c> object written straight into its UTF-8 buffer, the same fields the framework's
/// JSON formatter writes for them, without boxing the numbers or building the message string.
/// </summary>
public readonly struct RequestCompleted(string method, string? path, string? route, int status, double elapsedMs, Guid? userId)
    : IReadOnlyList<KeyValuePair<string, object?>>
{
    private const string Format = "HTTP {Method} {Path} responded {Status} in {ElapsedMs} ms (route {Route}, user {UserId})";

    private static readonly JsonEncodedText MethodName = JsonEncodedText.Encode("Method");
    private static readonly JsonEncodedText PathName = JsonEncodedText.Encode("Path");
    private static readonly JsonEncodedText RouteName = JsonEncodedText.Encode("Route");
    private static readonly JsonEncodedText StatusName = JsonEncodedText.Encode("Status");
    private static readonly JsonEncodedText ElapsedMsName = JsonEncodedText.Encode("ElapsedMs");
    private static readonly JsonEncodedText UserIdName = JsonEncodedText.Encode("UserId");
    private static readonly JsonEncodedText FormatName = JsonEncodedText.Encode("{OriginalFormat}");
    private static readonly JsonEncodedText FormatValue = JsonEncodedText.Encode(Format);

    public int Count => 7;

    public KeyValuePair<string, object?> this[int index] => index switch
    {
        0 => new("Method", method),
        1 => new("Path", path),
        2 => new("Route", route),
        3 => new("Status", status),
        4 => new("ElapsedMs", elapsedMs),
        5 => new("UserId", userId),
        6 => new("{OriginalFormat}", Format),
        _ => throw new ArgumentOutOfRangeException(nameof(index)),
    };

    /// <summary>Writes the message as the JSON string property <paramref name="name"/>.</summary>
    public void WriteMessage(Utf8JsonWriter writer, JsonEncodedText name)
    {
        // Room for the fixed text, the status, the duration and the user id, plus the method, path and route.
        var buffer = ArrayPool<char>.Shared.Rent(160 + method.Length + (path?.Length ?? 0) + (route?.Length ?? 0));
        if (!buffer.AsSpan().TryWrite(CultureInfo.InvariantCulture, $"HTTP {method} {path} responded {status} in {elapsedMs} ms (route {route}, user {userId})", out var written))
        {
            writer.WriteString(name, ToString());
        }
        else
        {
            writer.WriteString(name, buffer.AsSpan(0, written));
        }

        ArrayPool<char>.Shared.Return(buffer);
    }

    /// <summary>Writes the <c>State</c> object's properties (the writer is inside that object).</summary>
    public void WriteState(Utf8JsonWriter writer)
    {
        writer.WriteString(MethodName, method);
        writer.WriteString(PathName, path);
        writer.WriteString(RouteName, route);
        writer.WriteNumber(StatusName, status);
        writer.WriteNumber(ElapsedMsName, elapsedMs);
        if (userId is { } user)
        {
            writer.WriteString(UserIdName, user);
        }
        else
        {
            writer.WriteNull(UserIdName);
        }

        writer.WriteString(FormatName, FormatValue);
    }

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator()
    {
        for (var i = 0; i < Count; i++)
        {
            yield return this[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"HTTP {method} {path} responded {status} in {elapsedMs} ms (route {route}, user {userId})");
}
