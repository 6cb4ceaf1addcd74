using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;
using Quartet.Platform.Data;
using Quartet.Shop.Data;

namespace Quartet.Shop.Catalogue;

/// <summary>
/// The catalogue's front page on SQLite (active products, newest first, and how many there are), the page every employee
/// opens, read on open connections with its statements prepared once per connection, as
/// <see cref="Points.SqliteBalanceReads"/> reads the balance. Counting the active products walks an index entry per
/// product (10,000 products: most of the request), so each connection keeps its last count and its last page with the
/// database's <c>PRAGMA data_version</c>, which changes whenever any other connection, in this process or another,
/// commits; these connections never write. Both are therefore reused only while no commit has happened since they were
/// read, and the database stays the one truth. PostgreSQL and MySQL read through EF.
/// </summary>
public sealed class SqliteCataloguePages(IServiceProvider services) : IDisposable
{
    // The same query and order as BrowseCatalogue's compiled EF query (sort "newest"), read off ix_products_active_created.
    private const string PageSql = """
        SELECT p."Id", p."Name", p."Description", p."UsageNotes", p."Category", p."PointsCost", p."Stock",
            p."MaxPerEmployeePerMonth", p."ImageKey", p."CreatedAt"
        FROM "products" AS p
        WHERE p."IsActive"
        ORDER BY p."CreatedAt" DESC, p."Id"
        LIMIT $take OFFSET $skip
        """;

    private const string CountSql = """SELECT COUNT(*) FROM "products" AS p WHERE p."IsActive" """;

    /// <summary>More than the cores can use at once; a reader beyond it is closed after its read.</summary>
    private const int KeptConnections = 16;

    private readonly DatabaseTarget target = services.TargetOf<ShopDb>();
    private readonly ConcurrentBag<PreparedPage> pool = [];
    private bool disposed;

    /// <summary>One page of products (only the columns the catalogue shows) and the number of active products.</summary>
    public sealed record Page(IReadOnlyList<Product> Products, int Total);

    /// <summary>True when the shop's database is SQLite; other engines read through EF.</summary>
    public bool Applies => target.Provider == DatabaseProvider.Sqlite;

    public async Task<Page> ReadAsync(int skip, int take, CancellationToken ct)
    {
        var read = pool.TryTake(out var kept) ? kept : PreparedPage.Open(target.ConnectionString);
        var reusable = false;
        try
        {
            var page = await read.RunAsync(skip, take, ct);
            reusable = true;
            return page;
        }
        finally
        {
            if (reusable && !Volatile.Read(ref disposed) && pool.Count < KeptConnections)
            {
                pool.Add(read);
            }
            else
            {
                read.Dispose();
            }
        }
    }

    public void Dispose()
    {
        Volatile.Write(ref disposed, true);
        while (pool.TryTake(out var read))
        {
            read.Dispose();
        }
    }

    private sealed class PreparedPage : IDisposable
    {
        private readonly SqliteConnection connection;
        private readonly SqliteCommand page;
        private readonly SqliteParameter take;
        private readonly SqliteParameter skip;
        private readonly SqliteCommand count;
        private readonly SqliteCommand dataVersion;
        private long countedAtVersion = -1;
        private int counted;
        private long pageReadAtVersion = -1;
        private (int Skip, int Take) pageRead;
        private IReadOnlyList<Product> pageProducts = [];

        private PreparedPage(string connectionString)
        {
            // Its own physical connection: closing it returns nothing to the shared pool EF uses.
            connection = new SqliteConnection(new SqliteConnectionStringBuilder(connectionString) { Pooling = false, Mode = SqliteOpenMode.ReadWrite }.ToString());
            connection.Open();
            page = connection.CreateCommand();
            page.CommandText = PageSql;
            take = page.Parameters.Add("$take", SqliteType.Integer);
            skip = page.Parameters.Add("$skip", SqliteType.Integer);
            page.Prepare();
            count = connection.CreateCommand();
            count.CommandText = CountSql;
            count.Prepare();
            dataVersion = connection.CreateCommand();
            dataVersion.CommandText = "PRAGMA data_version";
            dataVersion.Prepare();
        }

        public static PreparedPage Open(string connectionString) => new(connectionString);

        public async Task<Page> RunAsync(int skipped, int taken, CancellationToken ct)
        {
            // Read the version before counting: a commit during the count makes the next request count again.
            var version = (long)(await dataVersion.ExecuteScalarAsync(ct))!;
            if (version != countedAtVersion)
            {
                counted = Convert.ToInt32(await count.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture);
                countedAtVersion = version;
            }

            if (version == pageReadAtVersion && pageRead == (skipped, taken))
            {
                return new Page(pageProducts, counted);
            }

            take.Value = taken;
            skip.Value = skipped;
            var products = new List<Product>(taken);
            await using var reader = await page.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                products.Add(new Product
                {
                    Id = reader.GetGuid(0),
                    Name = reader.GetString(1),
                    Description = reader.GetString(2),
                    UsageNotes = reader.GetString(3),
                    Category = reader.GetString(4),
                    CategoryKey = "",
                    SearchText = "",
                    PointsCost = reader.GetInt32(5),
                    Stock = reader.GetInt32(6),
                    IsActive = true,
                    MaxPerEmployeePerMonth = reader.IsDBNull(7) ? null : reader.GetInt32(7),
                    ImageKey = reader.IsDBNull(8) ? null : reader.GetString(8),
                    CreatedAt = DateTime.SpecifyKind(reader.GetDateTime(9), DateTimeKind.Utc),
                });
            }

            (pageReadAtVersion, pageRead, pageProducts) = (version, (skipped, taken), products);
            return new Page(products, counted);
        }

        public void Dispose()
        {
            page.Dispose();
            count.Dispose();
            dataVersion.Dispose();
            connection.Dispose();
        }
    }
}
