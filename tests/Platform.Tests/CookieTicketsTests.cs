using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.DataProtection;
using Quartet.Platform.Accounts;

namespace Quartet.Platform.Tests;

/// <summary>The session cookie's unprotected tickets, kept by exact cookie value (issue 18).</summary>
public sealed class CookieTicketsTests
{
    private static readonly TicketDataFormat Format = new(new EphemeralDataProtectionProvider().CreateProtector("cookie-tickets-test"));

    [Fact]
    public void Each_read_of_a_kept_cookie_gets_its_own_ticket_of_the_same_user_and_expiry()
    {
        var tickets = new CookieTickets(Format, 10);
        var expires = new DateTimeOffset(2030, 1, 1, 8, 0, 0, TimeSpan.Zero);
        var cookie = tickets.Protect(TicketOf("alice", expires));

        var first = tickets.Unprotect(cookie)!;
        first.Properties.ExpiresUtc = DateTimeOffset.UtcNow.AddYears(1);
        ((ClaimsIdentity)first.Principal.Identity!).AddClaim(new Claim("role", "admin"));
        var second = tickets.Unprotect(cookie)!;

        tickets.Count.ShouldBe(1);
        second.ShouldNotBeSameAs(first);
        second.Principal.FindFirst("sub")!.Value.ShouldBe("alice");
        second.Principal.HasClaim("role", "admin").ShouldBeFalse();
        second.Properties.ExpiresUtc.ShouldBe(expires);
    }

    [Fact]
    public void Cookies_differing_in_one_character_are_unprotected_on_their_own_and_forged_ones_are_refused_and_not_kept()
    {
        var tickets = new CookieTickets(Format, 10);
        var alice = tickets.Protect(TicketOf("alice", DateTimeOffset.UtcNow.AddHours(1)));
        var bob = tickets.Protect(TicketOf("bob", DateTimeOffset.UtcNow.AddHours(1)));
        tickets.Unprotect(alice)!.Principal.FindFirst("sub")!.Value.ShouldBe("alice");
        tickets.Unprotect(bob)!.Principal.FindFirst("sub")!.Value.ShouldBe("bob");

        var forged = alice[..^3] + (alice[^3] == 'A' ? 'B' : 'A') + alice[^2..];
        tickets.Unprotect(forged).ShouldBeNull();
        tickets.Count.ShouldBe(2);
    }

    [Fact]
    public void The_number_of_kept_tickets_never_exceeds_the_capacity()
    {
        var tickets = new CookieTickets(Format, 5);
        for (var i = 0; i < 23; i++)
        {
            var cookie = tickets.Protect(TicketOf("user" + i, DateTimeOffset.UtcNow.AddHours(1)));
            tickets.Unprotect(cookie)!.Principal.FindFirst("sub")!.Value.ShouldBe("user" + i);
            tickets.Count.ShouldBeLessThanOrEqualTo(5);
        }
    }

    private static AuthenticationTicket TicketOf(string subject, DateTimeOffset expires) =>
        new(new ClaimsPrincipal(new ClaimsIdentity([new Claim("sub", subject)], "Cookie")), new AuthenticationProperties { ExpiresUtc = expires }, "Cookie");
}
