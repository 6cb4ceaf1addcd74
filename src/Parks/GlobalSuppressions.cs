using System.Diagnostics.CodeAnalysis;

[assembly: SuppressMessage("Security", "CA5394:Do not use insecure randomness", Scope = "type", Target = "~T:Quartet.Parks.Sources.UpstreamHttp", Justification = "Back-off jitter for retries against the upstream API, not a secret.")]
