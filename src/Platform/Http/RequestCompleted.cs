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
        0 => new(MethodName.Value, method),
        1 => new(PathName.Value, path),
        2 => new(RouteName.Value, route),
        3 => new(StatusName.Value, status),
        4 => new(ElapsedMsName.Value, elapsedMs),
        5 => new(UserIdName.Value, userId),
        6 => new(FormatName.Value, Format),
        _ => throw new ArgumentOutOfRangeException(nameof(index)),
    };

    /// <summary>Writes the message as the JSON string property <paramref name="name"/>.</summary>
    public void WriteMessage(Utf8JsonWriter writer, JsonEncodedText name)
    {
        var buffer = ArrayPool<char>.Shared.Rent(MessageRoom);
        writer.WriteString(name, buffer.AsSpan(0, FormatMessage(buffer)));
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

    public override string ToString()
    {
        var buffer = new char[MessageRoom];
        return new string(buffer, 0, FormatMessage(buffer));
    }

    /// <summary>Room for the fixed text, the status, the duration and the user id, plus the method, path and route.</summary>
    private int MessageRoom => 160 + method.Length + (path?.Length ?? 0) + (route?.Length ?? 0);

    /// <summary>The message (<see cref="Format"/> filled in) into <paramref name="destination"/>, which has <see cref="MessageRoom"/>.</summary>
    private int FormatMessage(Span<char> destination) =>
        destination.TryWrite(CultureInfo.InvariantCulture, $"HTTP {method} {path} responded {status} in {elapsedMs} ms (route {route}, user {userId})", out var written)
            ? written
            : throw new InvalidOperationException("The request log message outgrew its buffer.");
}
