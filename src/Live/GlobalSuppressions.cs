using System.Diagnostics.CodeAnalysis;

// CA5394 flags System.Random where a secret might be derived. None is here: these draw jitter, pacing and simulated
// audiences; secrets (join codes, participant tokens) come from RandomNumberGenerator.
[assembly: SuppressMessage("Security", "CA5394:Do not use insecure randomness", Scope = "type", Target = "~T:Quartet.Live.Participants.JoinGuards", Justification = "Retry-after jitter spreading a join storm, not a secret.")]
[assembly: SuppressMessage("Security", "CA5394:Do not use insecure randomness", Scope = "type", Target = "~T:Quartet.Live.Rehearsal.RehearsalBots", Justification = "Simulated audience behaviour for rehearsals, not a secret.")]
[assembly: SuppressMessage("Security", "CA5394:Do not use insecure randomness", Scope = "type", Target = "~T:Quartet.Live.Sync.SyncResponder", Justification = "Stream lifetime and reconnect jitter so clients do not reconnect in step, not a secret.")]

// CA2100 asks for a review of SQL built from strings.
[assembly: SuppressMessage("Security", "CA2100:Review SQL queries for security vulnerabilities", Scope = "type", Target = "~T:Quartet.Live.Responses.VoteStatements", Justification = "Fixed statements built from constants (only the engine's quoting differs); every value is a parameter.")]
