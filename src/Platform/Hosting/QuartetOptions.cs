namespace Quartet.Platform.Hosting;

/// <summary>The <c>Quartet</c> configuration section.</summary>
public sealed class QuartetOptions
{
    public const string Section = "Quartet";

    /// <summary>Folder for SQLite files, the local blob store and development keys.</summary>
    public string DataDir { get; set; } = "data";

    /// <summary>Comma-separated app keys to enable; empty means all.</summary>
    public string? Apps { get; set; }

    /// <summary>Folder of the built SPA; default wwwroot beside the binary.</summary>
    public string? WebRoot { get; set; }

    /// <summary>Trust X-Forwarded-For/Proto from a reverse proxy (nginx, a load balancer) listed in <see cref="TrustedProxies"/>.</summary>
    public bool BehindProxy { get; set; }

    /// <summary>
    /// Addresses or CIDR networks of the proxies whose X-Forwarded-* headers are believed when <see cref="BehindProxy"/>
    /// is on; empty means loopback only. Headers from any other peer are ignored, so a client that reaches an instance
    /// directly cannot pick its own IP (and so dodge per-IP rate limits).
    /// </summary>
    public List<string> TrustedProxies { get; set; } = [];

    /// <summary>Apply pending migrations at start-up (on by default in Development).</summary>
    public bool? MigrateOnStartup { get; set; }

    public AuthOptions Auth { get; set; } = new();

    public SecurityOptions Security { get; set; } = new();

    public RateLimitOptions RateLimits { get; set; } = new();

    public DatabaseOptions Database { get; set; } = new();

    public MetricsOptions Metrics { get; set; } = new();

    public Blobs.BlobOptions Blobs { get; set; } = new();

    public Mail.MailOptions Mail { get; set; } = new();

    public string FullDataDir => Path.GetFullPath(DataDir);

    /// <summary>Addresses (as single-address networks) or CIDR networks from a list setting; anything else stops start-up.</summary>
    public static List<System.Net.IPNetwork> ParseNetworks(IEnumerable<string> entries, string setting) =>
        entries.Select(entry =>
            System.Net.IPNetwork.TryParse(entry, out var network) ? network
            : System.Net.IPAddress.TryParse(entry, out var address) ? new System.Net.IPNetwork(address, address.GetAddressBytes().Length * 8)
            : throw new InvalidOperationException($"{setting} entry '{entry}' is neither an IP address nor a CIDR network.")).ToList();
}

public sealed class AuthOptions
{
    /// <summary>Base64 key (≥ 32 bytes) signing access tokens and blob URLs. Generated into the data folder in Development when absent.</summary>
    public string? SigningKey { get; set; }

    public string Issuer { get; set; } = "quartet";

    public string Audience { get; set; } = "quartet";

    public TimeSpan SessionLifetime { get; set; } = TimeSpan.FromHours(8);

    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromHours(8);

    public int MaxFailedLogins { get; set; } = 5;

    public TimeSpan LockoutDuration { get; set; } = TimeSpan.FromMinutes(5);

    public bool AllowRegistration { get; set; } = true;

    /// <summary>Sign-in (and self-registration) with a Quartet password; turn off when everyone signs in through <see cref="External"/>.</summary>
    public bool PasswordSignIn { get; set; } = true;

    /// <summary>Roles every newly registered account receives (e.g. <c>shop.employee</c>).</summary>
    public List<string> DefaultRoles { get; set; } = [];

    /// <summary>Accounts whose snapshot each instance keeps in memory for authenticating requests (about 400 bytes each).</summary>
    public int AccountCacheSize { get; set; } = 100_000;

    public ExternalIssuerOptions External { get; set; } = new();
}

/// <summary>An external OpenID Connect issuer (e.g. Amazon Cognito) whose access tokens are trusted.</summary>
public sealed class ExternalIssuerOptions
{
    /// <summary>Issuer URL; its <c>/.well-known/openid-configuration</c> and JWKS are fetched. Empty disables external tokens.</summary>
    public string? Authority { get; set; }

    public string? Audience { get; set; }

    /// <summary>Claim carrying group names, e.g. <c>cognito:groups</c>.</summary>
    public string GroupsClaim { get; set; } = "groups";

    /// <summary>Claim used as the stable external user id.</summary>
    public string SubjectClaim { get; set; } = "sub";

    public string EmailClaim { get; set; } = "email";

    /// <summary>Group name → Quartet role(s).</summary>
    public Dictionary<string, string[]> GroupRoles { get; set; } = [];

    public bool RequireHttpsMetadata { get; set; } = true;

    /// <summary>The app client for browser sign-in (authorization code + PKCE); empty means the issuer is trusted for Bearer tokens only.</summary>
    public string? ClientId { get; set; }

    public string? ClientSecret { get; set; }

    /// <summary>Shown on the sign-in page as "Sign in with {DisplayName}".</summary>
    public string DisplayName { get; set; } = "your company account";

    public List<string> Scopes { get; set; } = ["openid", "email", "profile"];
}

public sealed class SecurityOptions
{
    /// <summary>Path prefixes that the listed origins may frame (CSP frame-ancestors). Other paths cannot be framed.</summary>
    public List<FramingRule> Framing { get; set; } = [];

    /// <summary>Origins allowed by CORS. Empty means same-origin only.</summary>
    public List<string> CorsOrigins { get; set; } = [];

    /// <summary>Largest request body accepted by default, in bytes; endpoints can allow more.</summary>
    public long MaxRequestBodyBytes { get; set; } = 2 * 1024 * 1024;
}

/// <summary>E.g. <c>Quartet__Security__Framing__0__Path=/embed/parks</c>, <c>Quartet__Security__Framing__0__Origins__0=https://blog.example</c>.</summary>
public sealed class FramingRule
{
    public string Path { get; set; } = "";

    public List<string> Origins { get; set; } = [];
}

public sealed class RateLimitOptions
{
    /// <summary>Login, register and token requests per client IP per minute.</summary>
    public int AuthPerMinute { get; set; } = 30;
}

/// <summary>
/// PostgreSQL pool settings. Each module has its own pool (its own schema in the search path), so the defaults are
/// per module: an instance running all five databases keeps at least 5 idle connections and opens at most 100.
/// </summary>
public sealed class DatabaseOptions
{
    /// <summary>
    /// <c>sqlite</c>, <c>postgres</c> or <c>mysql</c> (<c>Quartet:Database:Engine</c>). Unset: SQLite, or PostgreSQL when the
    /// connection string is not a SQLite one.
    /// </summary>
    public string? Engine { get; set; }

    /// <summary>Connections per instance kept open, over all module pools (see <see cref="Data.DatabaseTarget.WithPoolShare"/>).</summary>
    public int MinPoolSize { get; set; } = 5;

    /// <summary>Connections per instance at most, over all module pools (see <see cref="Data.DatabaseTarget.WithPoolShare"/>).</summary>
    public int MaxPoolSize { get; set; } = 20;

    public int TimeoutSeconds { get; set; } = 30;

    public int MaxRetries { get; set; } = 3;
}

public sealed class MetricsOptions
{
    /// <summary>
    /// Addresses or CIDR networks, besides loopback, allowed to read <c>/metrics</c> (e.g. the Prometheus server's).
    /// Behind a trusted proxy the forwarded client address is the one checked.
    /// </summary>
    public List<string> AllowedNetworks { get; set; } = [];
}
