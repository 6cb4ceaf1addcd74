using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Quartet.Platform.Http;

/// <summary>RFC 9457 problem responses with a stable machine-readable <c>code</c>.</summary>
public static class Problems
{
    public static ProblemHttpResult Create(int status, string code, string? detail = null, IDictionary<string, object?>? extensions = null)
    {
        var ext = new Dictionary<string, object?>(extensions ?? new Dictionary<string, object?>()) { ["code"] = code };
        return TypedResults.Problem(detail: detail, statusCode: status, title: TitleFor(status), extensions: ext);
    }

    public static ProblemHttpResult NotFound(string code = "NOT_FOUND", string? detail = null) => Create(StatusCodes.Status404NotFound, code, detail);

    public static ProblemHttpResult Conflict(string code, string? detail = null) => Create(StatusCodes.Status409Conflict, code, detail);

    public static ProblemHttpResult BadRequest(string code, string? detail = null) => Create(StatusCodes.Status400BadRequest, code, detail);

    public static ProblemHttpResult Forbidden(string code = "FORBIDDEN", string? detail = null) => Create(StatusCodes.Status403Forbidden, code, detail);

    public static ValidationProblem Validation(IDictionary<string, string[]> errors, string? detail = null) =>
        TypedResults.ValidationProblem(errors, detail: detail ?? "One or more fields are invalid.", title: "Validation failed",
            extensions: new Dictionary<string, object?> { ["code"] = "VALIDATION_FAILED" });

    public static ValidationProblem Validation(string field, string message) =>
        Validation(new Dictionary<string, string[]> { [field] = [message] });

    /// <summary>The default code for a status when an error carries none of its own.</summary>
    public static string CodeFor(int status) => status switch
    {
        400 => "BAD_REQUEST",
        401 => "UNAUTHORIZED",
        403 => "FORBIDDEN",
        404 => "NOT_FOUND",
        405 => "METHOD_NOT_ALLOWED",
        406 => "NOT_ACCEPTABLE",
        409 => "CONFLICT",
        411 => "LENGTH_REQUIRED",
        412 => "PRECONDITION_FAILED",
        413 => "PAYLOAD_TOO_LARGE",
        415 => "UNSUPPORTED_MEDIA_TYPE",
        422 => "UNPROCESSABLE",
        423 => "LOCKED",
        428 => "PRECONDITION_REQUIRED",
        429 => "RATE_LIMITED",
        503 => "UNAVAILABLE",
        _ when status >= 500 => "INTERNAL_ERROR",
        _ => "ERROR",
    };

    public static string TitleFor(int status) => status switch
    {
        400 => "Bad request",
        401 => "Authentication required",
        403 => "Forbidden",
        404 => "Not found",
        405 => "Method not allowed",
        409 => "Conflict",
        413 => "Request body too large",
        415 => "Unsupported media type",
        422 => "Unprocessable request",
        423 => "Locked",
        429 => "Too many requests",
        503 => "Service unavailable",
        _ when status >= 500 => "Internal error",
        _ => "Error",
    };
}

/// <summary>
/// Thrown from deep inside a use case to end the request with a problem response; turned into problem+json by the
/// platform's exception handler. Prefer returning a result where the endpoint can.
/// </summary>
public sealed class ProblemException(int status, string code, string? detail = null, IDictionary<string, string[]>? errors = null)
    : Exception(detail ?? code)
{
    public int Status { get; } = status;

    public string Code { get; } = code;

    public string? Detail { get; } = detail;

    public IDictionary<string, string[]>? Errors { get; } = errors;

    /// <summary>Sent as the <c>Retry-After</c> header (whole seconds, at least 1).</summary>
    public TimeSpan? RetryAfter { get; init; }

    /// <summary>Extra members of the problem body, e.g. <c>retryAfterMs</c>.</summary>
    public IDictionary<string, object?> Extensions { get; init; } = new Dictionary<string, object?>();
}
