using System.Security.Claims;
using Quartet.Platform.Accounts;
using Quartet.Shop.Data;

namespace Quartet.Shop.Common;

/// <summary>Who performs a write: an employee, an admin (both with their account id) or the system (jobs).</summary>
public readonly record struct Actor(Guid? Id, ActorKind Kind)
{
    public static Actor System => new(null, ActorKind.System);

    public static Actor Employee(ClaimsPrincipal user) => new(user.UserId(), ActorKind.Employee);

    public static Actor Admin(ClaimsPrincipal user) => new(user.UserId(), ActorKind.Admin);
}
