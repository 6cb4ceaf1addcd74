using Microsoft.EntityFrameworkCore;
using Quartet.Platform.Data;
using Quartet.Shop.Common;

namespace Quartet.Shop.Employees;

public sealed record EmployeeInfo(Guid Id, string Email, string DisplayName, bool IsActive, bool IsEmployee);

/// <summary>
/// Reads people from the platform accounts (name, e-mail, roles, enabled). The shop never copies these; it keeps only
/// its own points account keyed by the user id.
/// </summary>
public sealed class EmployeeDirectory(PlatformDb platform)
{
    public async Task<EmployeeInfo?> FindAsync(Guid userId, CancellationToken ct) =>
        (await FindManyAsync([userId], ct)).GetValueOrDefault(userId);

    public async Task<Dictionary<Guid, EmployeeInfo>> FindManyAsync(IReadOnlyCollection<Guid> userIds, CancellationToken ct)
    {
        var result = new Dictionary<Guid, EmployeeInfo>();
        foreach (var chunk in userIds.Distinct().Chunk(500))
        {
            var users = await platform.Users.AsNoTracking()
                .Where(u => chunk.Contains(u.Id))
                .Select(u => new EmployeeInfo(u.Id, u.Email, u.DisplayName, u.IsActive, u.Roles.Any(r => r.Role == ShopRoles.Employee)))
                .ToListAsync(ct);
            foreach (var user in users)
            {
                result[user.Id] = user;
            }
        }

        return result;
    }

    public async Task<Dictionary<string, EmployeeInfo>> FindByEmailsAsync(IReadOnlyCollection<string> emails, CancellationToken ct)
    {
        var normalized = emails.Select(e => e.Trim().ToUpperInvariant()).Distinct().ToArray();
        var result = new Dictionary<string, EmployeeInfo>(StringComparer.OrdinalIgnoreCase);
        foreach (var chunk in normalized.Chunk(500))
        {
            var users = await platform.Users.AsNoTracking()
                .Where(u => chunk.Contains(u.NormalizedEmail))
                .Select(u => new { u.NormalizedEmail, Info = new EmployeeInfo(u.Id, u.Email, u.DisplayName, u.IsActive, u.Roles.Any(r => r.Role == ShopRoles.Employee)) })
                .ToListAsync(ct);
            foreach (var user in users)
            {
                result[user.NormalizedEmail] = user.Info;
            }
        }

        return result;
    }

    /// <summary>Everyone holding <c>shop.employee</c>, enabled or not.</summary>
    public Task<List<EmployeeInfo>> AllEmployeesAsync(CancellationToken ct) =>
        platform.Users.AsNoTracking()
            .Where(u => u.Roles.Any(r => r.Role == ShopRoles.Employee))
            .Select(u => new EmployeeInfo(u.Id, u.Email, u.DisplayName, u.IsActive, true))
            .ToListAsync(ct);
}
