using Microsoft.EntityFrameworkCore;
using Quartet.Platform.Data;

namespace Quartet.Live.Data;

// One subclass of LiveDb per engine: each owns its generated migrations (Migrations/<Engine>) and model snapshot.
public sealed class SqliteLiveDb(DbContextOptions<SqliteLiveDb> options) : LiveDb(options);

public sealed class PostgresLiveDb(DbContextOptions<PostgresLiveDb> options) : LiveDb(options);

public sealed class MySqlLiveDb(DbContextOptions<MySqlLiveDb> options) : LiveDb(options);

public sealed class SqliteLiveDbFactory() : DesignTimeDbContextFactory<SqliteLiveDb>(DatabaseProvider.Sqlite, LiveDb.Key);

public sealed class PostgresLiveDbFactory() : DesignTimeDbContextFactory<PostgresLiveDb>(DatabaseProvider.Postgres, LiveDb.Key);

public sealed class MySqlLiveDbFactory() : DesignTimeDbContextFactory<MySqlLiveDb>(DatabaseProvider.MySql, LiveDb.Key);
