using System.Collections.Concurrent;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.Options;

namespace Quartet.Platform.Accounts;

/// <summary>
/// The session cookie's ticket, unprotected once per distinct cookie value instead of on every request: decrypting and
/// deserialising the cookie was most of what a cookie request cost beyond a Bearer one (bench/RESULTS.md, issue 18).
/// Unprotecting is a pure function of the cookie's exact text, so the cache is keyed by that whole text (no prefix or
/// hash that two users' cookies could share). Nothing else is skipped: every request still gets a fresh ticket whose
/// expiry the cookie handler checks, and its principal still goes through <see cref="SessionValidator"/> (security
/// stamp, active flag, current roles). The number of entries is bounded.
/// </summary>
public sealed class CookieTickets(ISecureDataFormat<AuthenticationTicket> inner, int capacity) : ISecureDataFormat<AuthenticationTicket>
{
    /// <summary>Values longer than this (a chunked cookie, an attack) are unprotected every time and not kept.</summary>
    public const int MaxCachedLength = 4_096;

    private readonly ConcurrentDictionary<string, AuthenticationTicket> tickets = new(StringComparer.Ordinal);
    private int count;

    public int Count => Volatile.Read(ref count);

    public string Protect(AuthenticationTicket data) => inner.Protect(data);

    public string Protect(AuthenticationTicket data, string? purpose) => inner.Protect(data, purpose);

    public AuthenticationTicket? Unprotect(string? protectedText) => Unprotect(protectedText, null);

    public AuthenticationTicket? Unprotect(string? protectedText, string? purpose)
    {
        if (purpose is not null || protectedText is null || protectedText.Length > MaxCachedLength)
        {
            return inner.Unprotect(protectedText, purpose);
        }

        if (!tickets.TryGetValue(protectedText, out var ticket))
        {
            ticket = inner.Unprotect(protectedText);
            if (ticket is null)
            {
                return null;
            }

            Keep(protectedText, ticket);
        }

        // The handler and its events may change the ticket's properties or replace its principal: never the kept one.
        return new AuthenticationTicket(new ClaimsPrincipal(ticket.Principal.Identities.Select(i => i.Clone())), ticket.Properties.Clone(), ticket.AuthenticationScheme);
    }

    private void Keep(string protectedText, AuthenticationTicket ticket)
    {
        if (Count >= capacity)
        {
            // Dropping everything is cheap and rare; a dropped session only pays one unprotect on its next request.
            tickets.Clear();
            Interlocked.Exchange(ref count, 0);
        }

        if (tickets.TryAdd(protectedText, ticket))
        {
            Interlocked.Increment(ref count);
        }
    }

    /// <summary>Wraps the cookie scheme's ticket format once the framework has created it.</summary>
    public sealed class Setup(int capacity) : IPostConfigureOptions<CookieAuthenticationOptions>
    {
        public void PostConfigure(string? name, CookieAuthenticationOptions options)
        {
            if (name == AuthSchemes.Cookie && options.TicketDataFormat is not CookieTickets)
            {
                options.TicketDataFormat = new CookieTickets(options.TicketDataFormat, capacity);
            }
        }
    }
}
