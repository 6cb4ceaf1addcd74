using System.Collections.Concurrent;
using System.Security.Claims;
using Microsoft.Extensions.Options;
using Quartet.Platform.Hosting;

namespace Quartet.Platform.Accounts;

/// <summary>What authenticating a request needs to know about an account, as of one read of the database.</summary>
public sealed class AccountSnapshot(Guid id, string email, string displayName, string securityStamp, bool isActive, string[] roles)
{
    public Guid Id { get; } = id;

    public string Email { get; } = email;

    public string DisplayName { get; } = displayName;

    public string SecurityStamp { get; } = securityStamp;

    public bool IsActive { get; } = isActive;

    public IReadOnlyList<string> Roles { get; } = roles;

    public static AccountSnapshot Of(UserAccount user, IEnumerable<string> roles) =>
        new(user.Id, user.Email, user.DisplayName, user.SecurityStamp, user.IsActive, Canonical(roles));

    public static AccountSnapshot Of(Guid id, string email, string displayName, string securityStamp, bool isActive, IEnumerable<string> roles) =>
        new(id, email, displayName, securityStamp, isActive, Canonical(roles));

    /// <summary>A new principal for every request, so nothing one request does to its principal reaches another.</summary>
    public ClaimsPrincipal ToPrincipal(string authenticationType)
    {
        var identity = new ClaimsIdentity(authenticationType, QuartetClaims.Name, QuartetClaims.Role);
        identity.AddClaim(new Claim(QuartetClaims.Subject, Id.ToString()));
        identity.AddClaim(new Claim(QuartetClaims.Email, Email));
        identity.AddClaim(new Claim(QuartetClaims.Name, DisplayName));
        identity.AddClaim(new Claim(QuartetClaims.SecurityStamp, SecurityStamp));
        foreach (var role in Roles)
        {
            identity.AddClaim(new Claim(QuartetClaims.Role, role));
        }

        return new ClaimsPrincipal(identity);
    }

    // Role names are a handful of constants: share their interned strings instead of holding a copy per account.
    private static string[] Canonical(IEnumerable<string> roles) =>
        [.. roles.Distinct(StringComparer.Ordinal).Select(r => string.IsInterned(r) ?? r)];
}

/// <summary>
/// Account snapshots by id, so authenticating a request needs no database round trip. An entry is used only while
/// <see cref="AccountChangeListener"/> confirms it would have heard of every change (otherwise requests read the
/// database), and is dropped when its account changes: at once on the instance that changed it, on the others when
/// the change signal arrives. The number of entries is bounded.
/// </summary>
public sealed class AccountCache(IOptions<QuartetOptions> options, TimeProvider clock)
{
    /// <summary>How long after the change listener last confirmed its signal the cache may still be used.</summary>
    public static readonly TimeSpan TrustWindow = Data.DatabaseChangeListener.TrustWindow;

    private readonly ConcurrentDictionary<Guid, AccountSnapshot> entries = new();
    private readonly int capacity = Math.Max(1, options.Value.Auth.AccountCacheSize);
    private int count;
    private long generation;
    private readonly Data.SignalTrust trust = new(clock);

    public int Count => Volatile.Read(ref count);

    /// <summary>Changes whenever an entry is invalidated; a load that started under an older generation is not stored.</summary>
    public long Generation => Interlocked.Read(ref generation);

    public bool IsTrusted => trust.IsTrusted;

    public AccountSnapshot? Find(Guid id) => IsTrusted && entries.TryGetValue(id, out var snapshot) ? snapshot : null;

    /// <param name="loadedUnder">The <see cref="Generation"/> read before the snapshot was loaded from the database.</param>
    public void Store(AccountSnapshot snapshot, long loadedUnder)
    {
        if (!IsTrusted || Generation != loadedUnder)
        {
            return;
        }

        if (Count >= capacity)
        {
            EvictSome();
        }

        if (entries.TryAdd(snapshot.Id, snapshot))
        {
            Interlocked.Increment(ref count);
        }

        // An invalidation between the check above and the add bumped the generation first: take the entry back out.
        if (Generation != loadedUnder && entries.TryRemove(new KeyValuePair<Guid, AccountSnapshot>(snapshot.Id, snapshot)))
        {
            Interlocked.Decrement(ref count);
        }
    }

    public void Invalidate(Guid id)
    {
        Interlocked.Increment(ref generation);
        Remove(id);
    }

    public void Clear()
    {
        Interlocked.Increment(ref generation);
        foreach (var (id, _) in entries)
        {
            Remove(id);
        }
    }

    /// <inheritdoc cref="Data.SignalTrust.Confirm"/>
    internal void Confirm() => trust.Confirm();

    internal void StopTrusting() => trust.StopTrusting();

    // Arbitrary tenth of the entries: cheap, and a dropped account only costs its next request one database read.
    private void EvictSome()
    {
        var toRemove = Math.Max(1, capacity / 10);
        foreach (var (id, _) in entries)
        {
            if (toRemove-- == 0)
            {
                break;
            }

            Remove(id);
        }
    }

    private void Remove(Guid id)
    {
        if (entries.TryRemove(id, out _))
        {
            Interlocked.Decrement(ref count);
        }
    }
}
