using System.Diagnostics.CodeAnalysis;

// CA2100 asks for a review of SQL built from strings. Reviewed: these statements hold only identifiers (database
// names) that the code made itself, quoted; no user input reaches them. Values always go through parameters.
[assembly: SuppressMessage("Security", "CA2100:Review SQL queries for security vulnerabilities", Scope = "type", Target = "~T:Quartet.Platform.Backups.RestoreDrill", Justification = "CREATE/DROP DATABASE of the drill database, whose name the drill generates; identifiers cannot be parameters.")]
[assembly: SuppressMessage("Security", "CA2100:Review SQL queries for security vulnerabilities", Scope = "type", Target = "~T:Quartet.Platform.Data.MySqlServer", Justification = "CREATE DATABASE of the module's database named in the operator's connection string, backtick-quoted with backticks doubled; identifiers cannot be parameters.")]
[assembly: SuppressMessage("Security", "CA2100:Review SQL queries for security vulnerabilities", Scope = "type", Target = "~T:Quartet.Platform.Data.MySqlHistoryRepository", Justification = "Fixed lock statements of the migration history; the only variable part is the lock name the code builds from the database name, passed as a parameter.")]
[assembly: SuppressMessage("Security", "CA2100:Review SQL queries for security vulnerabilities", Scope = "type", Target = "~T:Quartet.Platform.Data.MySqlDeleteAlias", Justification = "Rewrites the shape of SQL that EF generated (DELETE FROM t AS a → DELETE a FROM t AS a); values stay in EF's parameters.")]
