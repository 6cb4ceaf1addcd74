using System.Data.Common;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Quartet.Platform.Data;

/// <summary>
/// The MySQL provider writes <c>ExecuteDelete</c> as <c>DELETE FROM `t` AS `a` WHERE …</c>, which MySQL 8.0.16+ accepts
/// and MariaDB rejects. The multi-table form <c>DELETE `a` FROM `t` AS `a` WHERE …</c> means the same on both.
/// </summary>
public sealed partial class MySqlDeleteAlias : DbCommandInterceptor
{
    public static readonly MySqlDeleteAlias Instance = new();

    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        Rewrite(command);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Rewrite(command);
        return ValueTask.FromResult(result);
    }

    private static void Rewrite(DbCommand command) =>
        command.CommandText = AliasedDelete().Replace(command.CommandText, "DELETE $2 FROM $1 AS $2");

    [GeneratedRegex(@"\ADELETE FROM (`[^`]+`) AS (`[^`]+`)")]
    private static partial Regex AliasedDelete();
}
