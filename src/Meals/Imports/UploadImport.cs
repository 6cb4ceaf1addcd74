using System.Diagnostics;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Quartet.Meals.Common;
using Quartet.Meals.Data;
using Quartet.Platform.Data;
using Quartet.Platform.Http;

namespace Quartet.Meals.Imports;

/// <summary>POST /imports: reads the file, pre-selects the options, analyses every row and stores a batch in review.</summary>
public static class UploadImport
{
    public static void Map(RouteGroupBuilder group) => group.MapPost("/imports", HandleAsync).ProducesProblem(StatusCodes.Status415UnsupportedMediaType).ProducesProblem(StatusCodes.Status429TooManyRequests);

    private static async Task<Created<ImportSummary>> HandleAsync(HttpRequest request, MealsDb db, MealsUser user, TimeProvider clock, IOptions<MealsOptions> options,
        ILoggerFactory loggers, CancellationToken ct)
    {
        var started = Stopwatch.GetTimestamp();
        var settings = options.Value;
        var now = clock.GetUtcNow().UtcDateTime;
        await RateLimits.EnsureAllowedAsync(db.ImportBatches.Where(b => b.UserId == user.Id).Select(b => b.CreatedAt), settings.ImportUploadsPerHour,
            TimeSpan.FromHours(1), now, $"At most {settings.ImportUploadsPerHour} imports per hour; try again later.", ct);

        if (!request.HasFormContentType)
        {
            throw new ProblemException(415, "UNSUPPORTED_MEDIA_TYPE", "Upload the file as multipart/form-data with a 'file' part.");
        }

        if (request.ContentLength > settings.ImportMaxBytes + 64 * 1024)
        {
            throw new ProblemException(413, "IMPORT_TOO_LARGE", $"An import file is at most {settings.ImportMaxBytes} bytes.");
        }

        var form = await request.ReadFormAsync(ct);
        var file = form.Files.GetFile("file") ?? throw MealsProblems.Field("FILE_REQUIRED", "file", "Attach the file as the 'file' part.");
        if (file.Length > settings.ImportMaxBytes)
        {
            throw new ProblemException(413, "IMPORT_TOO_LARGE", $"An import file is at most {settings.ImportMaxBytes} bytes.");
        }

        using var buffer = new MemoryStream((int)file.Length);
        await file.CopyToAsync(buffer, ct);
        var fileName = Path.GetFileName((file.FileName ?? "import").Replace('\\', '/'));
        fileName = fileName.Length > 255 ? fileName[..255] : fileName;
        var records = ImportFile.Read(buffer.ToArray(), fileName, settings.ImportMaxRows);

        var dateValues = records.Rows.SelectMany(r => new[] { r.GetValueOrDefault("date"), r.GetValueOrDefault("postedDate") })
            .Select(ValueParsers.Classify).ToList();
        var dmy = dateValues.Contains(ValueParsers.NumericOrder.DmyOnly) && !dateValues.Contains(ValueParsers.NumericOrder.MdyOnly);
        var batch = new ImportBatch
        {
            Id = Guid.CreateVersion7(),
            UserId = user.Id,
            FileName = fileName,
            Format = records.Format,
            Status = ImportStatus.Reviewing,
            DateOrder = dmy ? "DMY" : "MDY",
            SignConvention = records.HasPayeeColumn ? "spendNegative" : "spendPositive",
            DefaultCurrency = user.Settings.HomeCurrency,
            RowCount = records.Rows.Count,
            FileInfoJson = JsonSerializer.Serialize(new ImportFileInfo(records.Fields.ToList(), records.Warnings.ToList(),
                new Dictionary<string, string>(records.CategoryColours), new Dictionary<string, string>(records.TagColours)), JsonSerializerOptions.Web),
            LastTouchedAt = now,
            CreatedAt = now,
            UpdatedAt = now,
        };
        var rows = records.Rows.Select((raw, i) => new ImportRow
        {
            Id = Guid.CreateVersion7(),
            BatchId = batch.Id,
            RowNumber = i + 1,
            RawJson = JsonSerializer.Serialize(raw),
        }).ToList();
        var analyzer = new ImportAnalyzer(db, user.Id, user.Settings.TimeZone, Zones.Today(clock, user.Settings.TimeZone), settings.DuplicateWindowDays);
        await analyzer.AnalyzeAsync(ImportViews.OptionsOf(batch), rows, keepDecisions: false, ct);

        await db.InTransactionAsync(async token =>
        {
            db.ImportBatches.Add(batch);
            await db.SaveChangesAsync(token);
            db.ImportRows.AddRange(rows);
        }, ct);
        loggers.CreateLogger("Quartet.Meals.Import").LogInformation(
            "Import {ImportId} uploaded by {UserId}: {Rows} rows ({Format}) reviewed in {ElapsedMs:0} ms",
            batch.Id, user.Id, rows.Count, batch.Format, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        return TypedResults.Created($"/api/meals/imports/{batch.Id}", await ImportViews.SummaryAsync(db, batch, ct));
    }
}
