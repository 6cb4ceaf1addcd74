using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Quartet.Platform.Accounts;
using Quartet.Shop.Common;
using Quartet.Shop.Data;

namespace Quartet.Shop.Points;

/// <summary>
/// An employee signing in through the company's provider gets the employee number its claim carries
/// (<see cref="ShopOptions.EmployeeNumberClaim"/>) on their points account, so points batches can address them by it.
/// </summary>
public sealed class ExternalEmployeeNumber(ShopDb db, PointsLedger ledger, IOptions<ShopOptions> options, ShopClock clock, ILogger<ExternalEmployeeNumber> logger)
    : IExternalSignInListener
{
    public async Task SignedInAsync(Guid userId, ClaimsPrincipal providerClaims, CancellationToken cancellationToken)
    {
        var number = providerClaims.FindFirst(options.Value.EmployeeNumberClaim)?.Value?.Trim();
        if (string.IsNullOrEmpty(number) || number.Length > 32)
        {
            return;
        }

        await ledger.EnsureAccountAsync(userId, cancellationToken);
        try
        {
            await db.Accounts.Where(a => a.UserId == userId && a.EmployeeNumber != number)
                .ExecuteUpdateAsync(s => s.SetProperty(a => a.EmployeeNumber, number).SetProperty(a => a.UpdatedAt, clock.UtcNow)
                    .SetProperty(a => a.Version, a => a.Version + 1), cancellationToken);
        }
        catch (DbUpdateException e)
        {
            // The number belongs to another account (unique): keep both as they are for an administrator to sort out.
            logger.LogWarning(e, "Employee number from the sign-in of {UserId} is already another account's; not changed", userId);
        }
    }
}
