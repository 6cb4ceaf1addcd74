using Quartet.Platform.Modules;

namespace Quartet.Platform.Accounts;

public static class PlatformRoles
{
    public const string Admin = "admin";
}

/// <summary>Every role that may be granted: the platform <c>admin</c> plus each enabled module's roles.</summary>
public sealed class RoleCatalog(ModuleCatalog modules)
{
    public IReadOnlyList<string> All { get; } = [PlatformRoles.Admin, .. modules.Enabled.SelectMany(m => m.Roles)];

    public bool IsKnown(string role) => All.Contains(role, StringComparer.Ordinal);
}
