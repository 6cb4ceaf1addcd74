namespace Quartet.Shop;

/// <summary>The <c>Shop</c> configuration section (spec 4.5), read at start-up.</summary>
public sealed class ShopOptions
{
    public const string Section = "Shop";

    /// <summary>The claim of the external sign-in (e.g. Cognito's custom attribute) that carries the employee number.</summary>
    public string EmployeeNumberClaim { get; set; } = "custom:employee_id";

    public int MaxTransaction { get; set; } = 100_000;

    public int MaxBalance { get; set; } = 1_000_000;

    public int MonthlyAllocation { get; set; } = 1_000;

    public int OnboardingGrant { get; set; }

    public int? GrantExpiryMonths { get; set; }

    public int RefundMinValidityDays { get; set; } = 30;

    public bool AllowSelfAdjust { get; set; }

    public int MaxQuantity { get; set; } = 10;

    public int EmployeeCancelWindowHours { get; set; } = 24;

    public int? MaxOrdersPerMonth { get; set; }

    public int? MaxUnitsPerProductPerMonth { get; set; }

    public int LowStockThreshold { get; set; } = 5;

    public int SignedUrlMinutes { get; set; } = 15;

    /// <summary>IANA id of the zone that defines months, order-number dates and schedules.</summary>
    public string TimeZone { get; set; } = "UTC";

    public TimeZoneInfo Zone => TimeZoneInfo.FindSystemTimeZoneById(TimeZone);
}
