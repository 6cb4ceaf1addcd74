using Microsoft.EntityFrameworkCore;
using Quartet.Platform.Data;

namespace Quartet.Shop.Data;

// One subclass of ShopDb per engine: each owns its generated migrations (Migrations/<Engine>) and model snapshot.
public sealed class SqliteShopDb(DbContextOptions<SqliteShopDb> options) : ShopDb(options);

public sealed class PostgresShopDb(DbContextOptions<PostgresShopDb> options) : ShopDb(options);

public sealed class MySqlShopDb(DbContextOptions<MySqlShopDb> options) : ShopDb(options);

public sealed class SqliteShopDbFactory() : DesignTimeDbContextFactory<SqliteShopDb>(DatabaseProvider.Sqlite, ShopDb.Key);

public sealed class PostgresShopDbFactory() : DesignTimeDbContextFactory<PostgresShopDb>(DatabaseProvider.Postgres, ShopDb.Key);

public sealed class MySqlShopDbFactory() : DesignTimeDbContextFactory<MySqlShopDb>(DatabaseProvider.MySql, ShopDb.Key);
