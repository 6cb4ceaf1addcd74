using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Quartet.Live.Participants;

/// <summary>The participant the <c>/p/{sid}</c> group's filter authenticated for this request.</summary>
public sealed class AuthenticatedParticipant
{
    private ParticipantCaller? caller;

    public ParticipantCaller Caller => caller ?? throw new InvalidOperationException("The participant has not been authenticated for this request.");

    /// <summary>Authenticates the caller before any handler of the participant group runs (401/403 problems otherwise).</summary>
    public static async ValueTask<object?> FilterAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var sessionId = Guid.Parse(http.Request.RouteValues["sid"]!.ToString()!);
        var services = http.RequestServices;
        services.GetRequiredService<AuthenticatedParticipant>().caller = await services.GetRequiredService<ParticipantAuth>().AuthenticateAsync(http, sessionId);
        return await next(context);
    }
}
