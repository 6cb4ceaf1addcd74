using System.Globalization;
using System.Reflection;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Quartet.Platform.Data;

/// <summary>
/// Names a new migration after the latest one in the Quartet assemblies, even when that one is dated in the future
/// (the hand-written <c>20261221000000_CatalogueSortIndexes</c> was), so migrations always apply in the order they were added.
/// </summary>
public sealed class OrderedMigrationsIdGenerator : IMigrationsIdGenerator
{
    /// <summary>The latest id the hand-written migrations used; every generated id sorts after it.</summary>
    public const string LatestHandWrittenId = "20261221000000";

    private const string Format = "yyyyMMddHHmmss";

    public string GetName(string id) => id[(Format.Length + 1)..];

    public bool IsValidId(string value) => IsValidIdStatic(value);

    public string GenerateId(string name)
    {
        var latest = ExistingIds().Append(LatestHandWrittenId)
            .Select(id => DateTime.ParseExact(id[..Format.Length], Format, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal))
            .Max();
        var now = DateTime.UtcNow;
        var stamp = now > latest ? now : latest.AddSeconds(1);
        return stamp.ToString(Format, CultureInfo.InvariantCulture) + "_" + name;
    }

    private static IEnumerable<string> ExistingIds() =>
        AppDomain.CurrentDomain.GetAssemblies()
            .Where(a => a.GetName().Name?.StartsWith("Quartet.", StringComparison.Ordinal) == true)
            .SelectMany(LoadableTypes)
            .Select(t => t.GetCustomAttribute<MigrationAttribute>()?.Id)
            .OfType<string>()
            .Where(IsValidIdStatic);

    private static bool IsValidIdStatic(string value) =>
        value.Length > Format.Length + 1 && value[Format.Length] == '_' && value[..Format.Length].All(char.IsAsciiDigit);

    private static IEnumerable<Type> LoadableTypes(Assembly assembly)
    {
        try
        {
            return assembly.GetTypes();
        }
        catch (ReflectionTypeLoadException e)
        {
            return e.Types.OfType<Type>();
        }
    }
}
