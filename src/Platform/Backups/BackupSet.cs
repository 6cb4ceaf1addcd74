using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using MySql.Data.MySqlClient;
using Npgsql;
using Quartet.Platform.Blobs;
using Quartet.Platform.Data;

namespace Quartet.Platform.Backups;

/// <summary>
/// One backup is a folder named by its UTC time under the backup root: per database an online SQLite copy
/// (<c>{key}.db</c>), a <c>pg_dump</c> of its schema (<c>{key}.dump</c>) or a <c>mysqldump</c> of its MySQL database
/// (<c>{key}.sql</c>, one consistent transaction), plus the local blob folder. Blobs in an S3
/// bucket are not copied: the bucket's versioning keeps every replaced or deleted object (7 days in the CDK stack), and
/// the backup records whether versioning is on (<see cref="BucketNote"/>).
/// </summary>
public static class BackupSet
{
    public const string FolderFormat = "yyyyMMdd-HHmmss";

    public static string NewFolder(string root, DateTime now) => Path.Combine(root, now.ToString(FolderFormat, CultureInfo.InvariantCulture));

    /// <summary>The newest complete backup under the root (one with every database file written), or null.</summary>
    public static string? Latest(string root) =>
        Directory.Exists(root)
            ? Directory.EnumerateDirectories(root).Where(d => IsBackupName(Path.GetFileName(d)) && File.Exists(Path.Combine(d, CompleteMarker)))
                .OrderByDescending(d => Path.GetFileName(d), StringComparer.Ordinal).FirstOrDefault()
            : null;

    /// <summary>With the S3 blob store: how the bucket's objects are covered, instead of a copy of them.</summary>
    public const string BucketNote = "blobs-in-s3.txt";

    /// <summary>Written last, so a run that died half-way is never taken for a backup.</summary>
    public const string CompleteMarker = "COMPLETE";

    public static async Task<string> CreateAsync(IServiceProvider services, string folder, string blobRoot, CancellationToken ct)
    {
        Directory.CreateDirectory(folder);
        var parts = new List<string>();
        foreach (var (type, key) in services.GetRequiredService<ModuleDatabases>().Registrations)
        {
            var target = services.TargetOf(type);
            if (target.IsPostgres)
            {
                await PgAsync("pg_dump", target.ConnectionString, ["--format=custom", $"--schema={target.Schema}", $"--file={Path.Combine(folder, key + ".dump")}"], ct);
            }
            else if (target.IsMySql)
            {
                var database = new MySqlConnectionStringBuilder(target.ConnectionString).Database;
                await MySqlAsync("mysqldump", target.ConnectionString,
                    ["--single-transaction", "--quick", "--skip-lock-tables", "--no-create-db", $"--result-file={Path.Combine(folder, key + ".sql")}", database], input: null, ct);
            }
            else
            {
                await using var source = new SqliteConnection(target.ConnectionString);
                await using var copy = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = Path.Combine(folder, key + ".db"), Pooling = false }.ConnectionString);
                await source.OpenAsync(ct);
                await copy.OpenAsync(ct);
                source.BackupDatabase(copy);
            }

            parts.Add(key);
        }

        string blobs;
        // Only an S3 store is asked: the local one signs download links and needs a key a backup has no use for.
        if (services.GetService<S3BlobStore>() is { } bucket)
        {
            blobs = await bucket.DescribeBackupCoverageAsync(ct);
            await File.WriteAllTextAsync(Path.Combine(folder, BucketNote), blobs + "\n", ct);
        }
        else
        {
            blobs = $"{CopyTree(blobRoot, Path.Combine(folder, "blobs"))} blob file(s)";
        }

        await File.WriteAllTextAsync(Path.Combine(folder, CompleteMarker), string.Join('\n', parts), ct);
        return $"{string.Join(", ", parts)} and {blobs} → {folder}";
    }

    /// <summary>Deletes backups older than <paramref name="keep"/>, never the newest one.</summary>
    public static IReadOnlyList<string> Prune(string root, TimeSpan keep, DateTime now)
    {
        var latest = Latest(root);
        var removed = new List<string>();
        foreach (var folder in Directory.EnumerateDirectories(root))
        {
            var name = Path.GetFileName(folder);
            if (folder != latest && DateTime.TryParseExact(name, FolderFormat, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var taken) && now - taken > keep)
            {
                Directory.Delete(folder, recursive: true);
                removed.Add(name);
            }
        }

        return removed;
    }

    public static int CopyTree(string from, string to)
    {
        if (!Directory.Exists(from))
        {
            return 0;
        }

        var count = 0;
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var destination = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination, overwrite: true);
            count++;
        }

        return count;
    }

    /// <summary>Runs a PostgreSQL client tool against the database of a connection string (password via PGPASSWORD).</summary>
    public static Task PgAsync(string tool, string connectionString, IEnumerable<string> args, CancellationToken ct)
    {
        var pg = new NpgsqlConnectionStringBuilder(connectionString);
        string[] connection = [$"--host={pg.Host}", $"--port={pg.Port}", $"--username={pg.Username}", $"--dbname={pg.Database}", "--no-password"];
        return RunToolAsync(tool, connection.Concat(args), "PGPASSWORD", pg.Password, input: null, "the PostgreSQL client tools", ct);
    }

    /// <summary>
    /// Runs a MySQL client tool (<c>mysqldump</c>, <c>mysql</c>) against the server of a connection string (password via
    /// MYSQL_PWD), optionally feeding it a file on standard input.
    /// </summary>
    public static Task MySqlAsync(string tool, string connectionString, IEnumerable<string> args, string? input, CancellationToken ct)
    {
        var my = new MySqlConnectionStringBuilder(connectionString);
        string[] connection = [$"--host={my.Server}", $"--port={my.Port}", $"--user={my.UserID}", "--default-character-set=utf8mb4"];
        return RunToolAsync(tool, connection.Concat(args), "MYSQL_PWD", my.Password, input, "the MySQL/MariaDB client tools", ct);
    }

    private static async Task RunToolAsync(string tool, IEnumerable<string> args, string passwordVariable, string? password, string? input, string package, CancellationToken ct)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardError = true, RedirectStandardOutput = true, RedirectStandardInput = input is not null };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        if (password is { Length: > 0 })
        {
            start.Environment[passwordVariable] = password;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{tool} could not start; install {package}.");
        var stderr = process.StandardError.ReadToEndAsync(ct);
        var stdout = process.StandardOutput.ReadToEndAsync(ct);
        if (input is not null)
        {
            await using (var file = File.OpenRead(input))
            {
                await file.CopyToAsync(process.StandardInput.BaseStream, ct);
            }

            process.StandardInput.Close();
        }

        await stdout;
        await process.WaitForExitAsync(ct);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{tool} exited with {process.ExitCode}: {(await stderr).Trim()}");
        }
    }

    private static bool IsBackupName(string name) =>
        DateTime.TryParseExact(name, FolderFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out _);
}
