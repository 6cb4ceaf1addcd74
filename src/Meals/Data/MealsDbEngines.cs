using Microsoft.EntityFrameworkCore;
using Quartet.Platform.Data;

namespace Quartet.Meals.Data;

// One subclass of MealsDb per engine: each owns its generated migrations (Migrations/<Engine>) and model snapshot.
public sealed class SqliteMealsDb(DbContextOptions<SqliteMealsDb> options) : MealsDb(options);

public sealed class PostgresMealsDb(DbContextOptions<PostgresMealsDb> options) : MealsDb(options);

public sealed class MySqlMealsDb(DbContextOptions<MySqlMealsDb> options) : MealsDb(options);

public sealed class SqliteMealsDbFactory() : DesignTimeDbContextFactory<SqliteMealsDb>(DatabaseProvider.Sqlite, MealsDb.Key);

public sealed class PostgresMealsDbFactory() : DesignTimeDbContextFactory<PostgresMealsDb>(DatabaseProvider.Postgres, MealsDb.Key);

public sealed class MySqlMealsDbFactory() : DesignTimeDbContextFactory<MySqlMealsDb>(DatabaseProvider.MySql, MealsDb.Key);
