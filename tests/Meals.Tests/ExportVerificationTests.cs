using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Quartet.Platform.Data;

namespace Quartet.Meals.Tests;

/// <summary>With address verification on, the data export waits for a confirmed address (issue 19 §3).</summary>
public sealed partial class ExportVerificationTests
{
    [Fact]
    public async Task The_data_export_needs_a_confirmed_address_and_the_mailed_link_confirms_it()
    {
        await using var host = await QuartetTestHost.StartAsync(TestProvider.Sqlite, new Dictionary<string, string?> { ["Quartet:Mail:RequireVerification"] = "true" });
        var client = host.CreateClient();
        var email = $"v{Guid.NewGuid():N}"[..12] + "@example.test";
        (await client.PostAsJsonAsync("/api/auth/register", new { email, password = "abcdefg1" })).StatusCode.ShouldBe(HttpStatusCode.Created);
        (await (await client.GetAsync("/api/auth/email")).JsonAsync()).GetProperty("verified").GetBoolean().ShouldBeFalse();

        await (await client.PostAsync("/api/meals/me/exports", null)).ShouldBeProblemAsync(HttpStatusCode.Forbidden, "EMAIL_NOT_VERIFIED");

        string text;
        await using (var scope = host.Services.CreateAsyncScope())
        {
            text = (await scope.ServiceProvider.GetRequiredService<PlatformDb>().MailOutbox.AsNoTracking().SingleAsync(m => m.ToAddress == email)).TextBody;
        }

        var token = VerifyLink().Match(text).Groups[1].Value;
        await (await client.PostAsJsonAsync("/api/auth/email/verify", new { token = "not-a-token" })).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "VERIFICATION_TOKEN_INVALID");
        (await client.PostAsJsonAsync("/api/auth/email/verify", new { token })).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await (await client.GetAsync("/api/auth/email")).JsonAsync()).GetProperty("verified").GetBoolean().ShouldBeTrue();
        (await client.PostAsync("/api/meals/me/exports", null)).StatusCode.ShouldBe(HttpStatusCode.Accepted);
        await (await client.PostAsJsonAsync("/api/auth/email/verify", new { token })).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "VERIFICATION_TOKEN_INVALID");
    }

    [GeneratedRegex("/verify-email\\?token=([A-Za-z0-9_-]+)")]
    private static partial Regex VerifyLink();
}
