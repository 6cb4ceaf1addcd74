using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Quartet.Platform.Data;
using Quartet.Platform.Http;

namespace Quartet.Platform.Accounts;

public sealed record AdminUserView(Guid Id, string Email, string DisplayName, IReadOnlyList<string> Roles, bool IsActive, DateTime CreatedAt, DateTime? LastLoginAt);

public sealed class GrantRoleRequest
{
    [Required, MaxLength(64)]
    public string Role { get; init; } = "";
}

/// <summary><c>/api/admin</c>: platform administrators manage accounts and roles.</summary>
public static class AdminEndpoints
{
    /// <summary>The OpenAPI tag of the platform's admin endpoints.</summary>
    public const string AdminTag = "Platform admins: accounts, roles, sign-in methods and the development mailbox.";

    public static void MapAdmin(this IEndpointRouteBuilder app)
    {
        var group = app.MapApiGroup("/api/admin", ApiGroups.PlatformDocument).WithTag("Admin", AdminTag).RequireAuthorization(p => p.RequireRole(PlatformRoles.Admin));

        group.MapGet("/users", ListUsers);
        group.MapGet("/roles", (RoleCatalog roles) => TypedResults.Ok(roles.All));
        group.MapPost("/users/{id:guid}/roles", async Task<NoContent> (Guid id, GrantRoleRequest request, AccountService accounts, CancellationToken ct) =>
        {
            await accounts.GrantRoleAsync(id, request.Role.Trim(), ct);
            return TypedResults.NoContent();
        }).WithSummary("Grant a role");
        group.MapDelete("/users/{id:guid}/roles/{role}", async Task<NoContent> (Guid id, string role, AccountService accounts, CancellationToken ct) =>
        {
            await accounts.RevokeRoleAsync(id, role, ct);
            return TypedResults.NoContent();
        }).WithSummary("Revoke a role");
        group.MapPost("/users/{id:guid}/deactivate", async Task<Results<NoContent, ProblemHttpResult>> (Guid id, ClaimsPrincipal caller, AccountService accounts, CancellationToken ct) =>
        {
            if (id == caller.UserId())
            {
                return Problems.Conflict("CANNOT_DEACTIVATE_SELF", "You cannot deactivate your own account.");
            }

            await accounts.SetActiveAsync(id, false, ct);
            return TypedResults.NoContent();
        });
        group.MapPost("/users/{id:guid}/activate", async Task<NoContent> (Guid id, AccountService accounts, CancellationToken ct) =>
        {
            await accounts.SetActiveAsync(id, true, ct);
            return TypedResults.NoContent();
        });
    }

    private static async Task<Ok<PagedList<AdminUserView>>> ListUsers(PageRequest page, string? search, PlatformDb db, CancellationToken ct)
    {
        var query = db.Users.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(search))
        {
            var term = search.Trim().ToUpperInvariant();
            query = query.Where(u => u.NormalizedEmail.Contains(term) || u.DisplayName.ToUpper().Contains(term));
        }

        var result = await query.OrderBy(u => u.NormalizedEmail)
            .Select(u => new AdminUserView(u.Id, u.Email, u.DisplayName, u.Roles.OrderBy(r => r.Role).Select(r => r.Role).ToList(), u.IsActive, u.CreatedAt, u.LastLoginAt))
            .ToPageAsync(page, ct);
        return TypedResults.Ok(result);
    }
}
