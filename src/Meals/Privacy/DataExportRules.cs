using Microsoft.EntityFrameworkCore;
using Quartet.Meals.Common;
using Quartet.Meals.Data;

namespace Quartet.Meals.Privacy;

public sealed record DataExportView(Guid Id, string Status, long? SizeBytes, DateTime? ExpiresAt, string? Error, string? DownloadUrl, DateTime CreatedAt, DateTime UpdatedAt);

/// <summary>Finding one of the caller's data exports, and its view (with the download link once it is ready).</summary>
public static class DataExportRules
{
    public static async Task<DataExport> FindAsync(MealsDb db, Guid userId, Guid id, CancellationToken ct) =>
        await db.DataExports.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id && x.UserId == userId, ct) ?? throw MealsProblems.NotFound("export");

    public static DataExportView View(DataExport x) => new(x.Id, x.Status, x.SizeBytes, x.ExpiresAt, x.Error,
        x.Status == DataExportStatus.Ready ? $"/api/meals/me/exports/{x.Id}/download" : null, x.CreatedAt, x.UpdatedAt);
}
