using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Quartet.Meals.Common;
using Quartet.Meals.Data;
using Quartet.Platform.Accounts;
using Quartet.Platform.Data;
using Quartet.Platform.Http;

namespace Quartet.Meals.Privacy;

/// <summary>Self-service full data export: starts preparing the ZIP (202) for a verified address, one at a time and a few a day.</summary>
public static class RequestDataExport
{
    public static void Map(RouteGroupBuilder group) =>
        group.MapPost("/me/exports", HandleAsync).ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status429TooManyRequests);

    private static async Task<Accepted<DataExportView>> HandleAsync(MealsDb db, MealsUser user, DataExportBuilder builder, IOptions<MealsOptions> options, TimeProvider clock,
        EmailVerification verification, ILoggerFactory loggers, CancellationToken ct)
    {
        if (!await verification.IsVerifiedAsync(user.Id, ct))
        {
            throw new ProblemException(403, "EMAIL_NOT_VERIFIED", "Confirm your e-mail address first (the link is in the mail we sent; your account page can send another).");
        }

        var export = await db.InTransactionAsync(async token =>
        {
            var now = clock.GetUtcNow().UtcDateTime;
            await db.LockUserAsync(user.Id, now, token);
            if (await db.DataExports.AnyAsync(x => x.UserId == user.Id && (x.Status == DataExportStatus.Pending || x.Status == DataExportStatus.Running), token))
            {
                throw new ProblemException(409, "EXPORT_IN_PROGRESS", "An export is already being prepared; follow it instead of starting another.");
            }

            var perDay = options.Value.DataExportsPerDay;
            await RateLimits.EnsureAllowedAsync(db.DataExports.Where(x => x.UserId == user.Id).Select(x => x.CreatedAt), perDay, TimeSpan.FromDays(1), now,
                $"At most {perDay} data exports per day; try again later.", token);

            var created = new DataExport { Id = Guid.CreateVersion7(), UserId = user.Id, Status = DataExportStatus.Pending, CreatedAt = now, UpdatedAt = now };
            db.DataExports.Add(created);
            AuditLog.Add(db, user.Id, user.Id, "data.export.request", new { exportId = created.Id }, now);
            return created;
        }, ct);
        builder.Wake();
        loggers.CreateLogger("Quartet.Meals.Privacy").LogInformation("Data export {ExportId} requested by {UserId}", export.Id, user.Id);
        return TypedResults.Accepted($"/api/meals/me/exports/{export.Id}", DataExportRules.View(export));
    }
}
