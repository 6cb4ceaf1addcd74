using Microsoft.EntityFrameworkCore;

namespace Quartet.Platform.Data;

// One subclass of PlatformDb per engine: each owns its generated migrations (Migrations/<Engine>) and model snapshot.
public sealed class SqlitePlatformDb(DbContextOptions<SqlitePlatformDb> options) : PlatformDb(options);

public sealed class PostgresPlatformDb(DbContextOptions<PostgresPlatformDb> options) : PlatformDb(options);

public sealed class MySqlPlatformDb(DbContextOptions<MySqlPlatformDb> options) : PlatformDb(options);

public sealed class SqlitePlatformDbFactory() : DesignTimeDbContextFactory<SqlitePlatformDb>(DatabaseProvider.Sqlite, PlatformDb.Key);

public sealed class PostgresPlatformDbFactory() : DesignTimeDbContextFactory<PostgresPlatformDb>(DatabaseProvider.Postgres, PlatformDb.Key);

public sealed class MySqlPlatformDbFactory() : DesignTimeDbContextFactory<MySqlPlatformDb>(DatabaseProvider.MySql, PlatformDb.Key);
