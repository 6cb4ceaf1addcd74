namespace Quartet.Meals.Common;

/// <summary>The <c>Meals</c> configuration section; every number the spec calls configurable.</summary>
public sealed class MealsOptions
{
    public const string Section = "Meals";

    public string DefaultCurrency { get; set; } = "USD";

    public long ImportMaxBytes { get; set; } = 10 * 1024 * 1024;

    public int ImportMaxRows { get; set; } = 20_000;

    public int DuplicateWindowDays { get; set; } = 3;

    public TimeSpan DraftLifetime { get; set; } = TimeSpan.FromHours(24);

    public long ReceiptMaxBytes { get; set; } = 5 * 1024 * 1024;

    public int DefaultWarnAtPercent { get; set; } = 80;

    public TimeSpan ExportLifetime { get; set; } = TimeSpan.FromHours(24);

    public int ImportUploadsPerHour { get; set; } = 20;

    public int DataExportsPerDay { get; set; } = 3;

    public int ReceiptUploadsPerHour { get; set; } = 120;

    public int AuditRetentionDays { get; set; } = 730;

    /// <summary>Dashboard, report and summary answers kept in memory per instance (0 turns the cache off).</summary>
    public int AggregateCacheEntries { get; set; } = 2000;

    public PlacesOptions Places { get; set; } = new();
}

public sealed class PlacesOptions
{
    public string Provider { get; set; } = "none";
}
