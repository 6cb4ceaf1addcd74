using System.Diagnostics.CodeAnalysis;

// CA2100 asks for a review of SQL built from strings. Reviewed: these statements hold only identifiers (database
// names) that the code made itself, quoted; no user input reaches them. Values always go through parameters.
[assembly: SuppressMessage("Security", "CA2100:Review SQL queries for security vulnerabilities", Scope = "type", Target = "~T:Quartet.Platform.Backups.RestoreDrill", Justification = "CREATE/DROP DATABASE of the drill database, whose name the drill generates; identifiers cannot be parameters.")]
