using Microsoft.EntityFrameworkCore;
using Quartet.Platform.Data;

namespace Quartet.Parks.Data;

// One subclass of ParksDb per engine: each owns its generated migrations (Migrations/<Engine>) and model snapshot.
public sealed class SqliteParksDb(DbContextOptions<SqliteParksDb> options) : ParksDb(options);

public sealed class PostgresParksDb(DbContextOptions<PostgresParksDb> options) : ParksDb(options);

public sealed class MySqlParksDb(DbContextOptions<MySqlParksDb> options) : ParksDb(options);

public sealed class SqliteParksDbFactory() : DesignTimeDbContextFactory<SqliteParksDb>(DatabaseProvider.Sqlite, ParksDb.Key);

public sealed class PostgresParksDbFactory() : DesignTimeDbContextFactory<PostgresParksDb>(DatabaseProvider.Postgres, ParksDb.Key);

public sealed class MySqlParksDbFactory() : DesignTimeDbContextFactory<MySqlParksDb>(DatabaseProvider.MySql, ParksDb.Key);
