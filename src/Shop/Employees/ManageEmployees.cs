using System.ComponentModel;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Quartet.Platform.Data;
using Quartet.Platform.Http;
using Quartet.Shop.Common;
using Quartet.Shop.Data;
using Quartet.Shop.Points;

namespace Quartet.Shop.Employees;

[Description("A change to an employee's shop profile: a member that is absent stays as it is, a null clears it; any other member is refused.")]
public sealed class EmployeeProfileChange
{
    [Description("1–32 letters, digits or '-'; unique among employees.")]
    public string? EmployeeNumber { get; init; }

    [Description("At most 100 characters.")]
    public string? Department { get; init; }

    [Description("Points a month instead of the default: 0 excludes the employee, up to 100,000; null returns to the default.")]
    public int? AllocationOverride { get; init; }
}

/// <summary>Points admins' view of employees: balances list, detail, and the shop profile (number, department, allocation override).</summary>
public static partial class ManageEmployees
{
    public sealed record EmployeeView(
        Guid UserId, string Name, string Email, bool Enabled, string? EmployeeNumber, string? Department, int Balance,
        int? AllocationOverride, int MonthlyAllocation, long Earned, long Spent, DateTime? LastActivityAt);

    public static void Map(RouteGroupBuilder points)
    {
        points.MapGet("/employees", async (
            PageRequest page, string? q, int? minBalance, int? maxBalance, string? sort,
            ShopDb db, EmployeeDirectory directory, IOptions<ShopOptions> options, CancellationToken ct) =>
        {
            var order = QueryArgs.Choice(sort, "sort", "name", "name", "balance_asc", "balance_desc", "last_activity");
            var search = QueryArgs.Search(q);
            if (minBalance is { } lo && maxBalance is { } hi && lo > hi)
            {
                throw ShopErrors.Validation("minBalance", "'minBalance' must not be above 'maxBalance'.");
            }

            var people = await directory.AllEmployeesAsync(ct);
            var accounts = await db.Accounts.AsNoTracking().ToDictionaryAsync(a => a.UserId, ct);
            var rows = people.Select(p => (Person: p, Account: accounts.GetValueOrDefault(p.Id)))
                .Where(r => search is null
                    || r.Person.DisplayName.Contains(search, StringComparison.OrdinalIgnoreCase)
                    || r.Person.Email.Contains(search, StringComparison.OrdinalIgnoreCase)
                    || (r.Account?.EmployeeNumber?.Contains(search, StringComparison.OrdinalIgnoreCase) ?? false))
                .Where(r => minBalance is null || (r.Account?.Balance ?? 0) >= minBalance)
                .Where(r => maxBalance is null || (r.Account?.Balance ?? 0) <= maxBalance);
            rows = order switch
            {
                "balance_asc" => rows.OrderBy(r => r.Account?.Balance ?? 0).ThenBy(r => r.Person.Id),
                "balance_desc" => rows.OrderByDescending(r => r.Account?.Balance ?? 0).ThenBy(r => r.Person.Id),
                "last_activity" => rows.OrderByDescending(r => r.Account?.LastActivityAt ?? DateTime.MinValue).ThenBy(r => r.Person.Id),
                _ => rows.OrderBy(r => r.Person.DisplayName, StringComparer.OrdinalIgnoreCase).ThenBy(r => r.Person.Id),
            };
            var all = rows.ToList();
            var pageRows = all.Skip(page.Skip).Take(page.PageSize).ToList();
            var totals = await TotalsAsync(db, [.. pageRows.Select(r => r.Person.Id)], ct);
            var items = pageRows.Select(r => ViewOf(r.Person, r.Account, totals.GetValueOrDefault(r.Person.Id), options.Value)).ToList();
            return TypedResults.Ok(new PagedList<EmployeeView>(items, page.Page, page.PageSize, all.Count));
        });

        points.MapGet("/employees/{userId}", async (Guid userId, ShopDb db, EmployeeDirectory directory, IOptions<ShopOptions> options, CancellationToken ct) =>
        {
            var person = await directory.FindAsync(userId, ct) ?? throw ShopErrors.EmployeeNotFound();
            var account = await db.Accounts.AsNoTracking().SingleOrDefaultAsync(a => a.UserId == userId, ct);
            if (account is null && !person.IsEmployee)
            {
                throw ShopErrors.EmployeeNotFound();
            }

            var totals = await TotalsAsync(db, [userId], ct);
            return TypedResults.Ok(ViewOf(person, account, totals.GetValueOrDefault(userId), options.Value));
        });

        points.MapPatch("/employees/{userId}", async (
            Guid userId, JsonElement body, Microsoft.AspNetCore.Http.HttpContext http, ShopDb db, EmployeeDirectory directory, PointsLedger ledger,
            AuditLog audit, IOptions<ShopOptions> options, ShopClock clock, CancellationToken ct) =>
        {
            var change = Parse(body);
            var person = await directory.FindAsync(userId, ct);
            if (person is null || !person.IsEmployee)
            {
                throw ShopErrors.EmployeeNotFound();
            }

            await ledger.EnsureAccountAsync(userId, ct);
            var actor = Actor.Admin(http.User);
            try
            {
                var account = await db.InTransactionAsync(async ct =>
                {
                    var account = (await ledger.LockAccountAsync(userId, ct))!;
                    var before = new { account.EmployeeNumber, account.Department, account.AllocationOverride };
                    if (change.EmployeeNumber is { } number)
                    {
                        if (number.Value is not null && await db.Accounts.AnyAsync(a => a.EmployeeNumber == number.Value && a.UserId != userId, ct))
                        {
                            throw DuplicateNumber();
                        }

                        account.EmployeeNumber = number.Value;
                    }

                    if (change.Department is { } department)
                    {
                        account.Department = department.Value;
                    }

                    if (change.AllocationOverride is { } allocation)
                    {
                        account.AllocationOverride = allocation.Value;
                    }

                    account.Version++;
                    account.UpdatedAt = clock.UtcNow;
                    audit.Record(actor, "employee.update", "account", userId.ToString(), before,
                        new { account.EmployeeNumber, account.Department, account.AllocationOverride });
                    return account;
                }, ct);
                var totals = await TotalsAsync(db, [userId], ct);
                return TypedResults.Ok(ViewOf(person, account, totals.GetValueOrDefault(userId), options.Value));
            }
            catch (DbUpdateException e) when (e is not DbUpdateConcurrencyException)
            {
                throw DuplicateNumber();
            }
        }).DescribesBodyAs<EmployeeProfileChange>();
    }

    private sealed record Optional<TValue>(TValue Value);

    private sealed record Change(Optional<string?>? EmployeeNumber, Optional<string?>? Department, Optional<int?>? AllocationOverride);

    /// <summary>PATCH semantics: a field that is absent stays as it is; a null clears it.</summary>
    private static Change Parse(JsonElement body)
    {
        if (body.ValueKind != JsonValueKind.Object)
        {
            throw ShopErrors.Validation("", "Send a JSON object.");
        }

        var errors = new Dictionary<string, string[]>();
        Optional<string?>? number = null, department = null;
        Optional<int?>? allocation = null;
        foreach (var property in body.EnumerateObject())
        {
            switch (property.Name)
            {
                case "employeeNumber":
                    var text = ReadText(property.Value);
                    if (text is not null && !NumberPattern().IsMatch(text))
                    {
                        errors["employeeNumber"] = ["Use 1–32 letters, digits or '-'."];
                    }

                    number = new(text);
                    break;
                case "department":
                    var name = ReadText(property.Value);
                    if (name is { Length: > 100 })
                    {
                        errors["department"] = ["Must be at most 100 characters."];
                    }

                    department = new(name);
                    break;
                case "allocationOverride":
                    if (property.Value.ValueKind == JsonValueKind.Null)
                    {
                        allocation = new(null);
                    }
                    else if (property.Value.ValueKind == JsonValueKind.Number && property.Value.TryGetInt32(out var amount) && amount is >= 0 and <= 100_000)
                    {
                        allocation = new(amount);
                    }
                    else
                    {
                        errors["allocationOverride"] = ["Use null (default), 0 (excluded) or 1–100,000."];
                    }

                    break;
                default:
                    errors[property.Name] = ["This field cannot be changed here."];
                    break;
            }
        }

        if (errors.Count > 0)
        {
            throw new ProblemException(400, "VALIDATION_FAILED", "One or more fields are invalid.", errors);
        }

        return new Change(number, department, allocation);

        static string? ReadText(JsonElement value) => value.ValueKind switch
        {
            JsonValueKind.Null => null,
            JsonValueKind.String => value.GetString().TrimToNull(),
            _ => throw ShopErrors.Validation("", "Text fields must be strings or null."),
        };
    }

    private static async Task<Dictionary<Guid, (long Earned, long Spent)>> TotalsAsync(ShopDb db, IReadOnlyCollection<Guid> userIds, CancellationToken ct)
    {
        var ids = userIds.ToArray();
        var rows = await db.Ledger.AsNoTracking().Where(e => ids.Contains(e.UserId))
            .GroupBy(e => e.UserId)
            .Select(g => new { g.Key, Earned = g.Sum(e => e.Amount > 0 ? (long)e.Amount : 0), Spent = g.Sum(e => e.Amount < 0 ? (long)-e.Amount : 0) })
            .ToListAsync(ct);
        return rows.ToDictionary(r => r.Key, r => (r.Earned, r.Spent));
    }

    private static EmployeeView ViewOf(EmployeeInfo person, PointsAccount? account, (long Earned, long Spent) totals, ShopOptions settings) => new(
        person.Id, person.DisplayName, person.Email, person.IsActive, account?.EmployeeNumber, account?.Department, account?.Balance ?? 0,
        account?.AllocationOverride, account?.AllocationOverride ?? settings.MonthlyAllocation, totals.Earned, totals.Spent, account?.LastActivityAt);

    private static ProblemException DuplicateNumber() => new(409, "DUPLICATE_EMPLOYEE_NUMBER", "Another employee already has this number.");

    [GeneratedRegex("^[A-Za-z0-9-]{1,32}$")]
    private static partial Regex NumberPattern();
}
