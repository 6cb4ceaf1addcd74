using Quartet.Parks.Domain;

namespace Quartet.Parks.Tests.Unit;

/// <summary>The park-day of spec §4.6, built slot by slot.</summary>
internal static class WorkedExample
{
    public static readonly ReportingZone Zone = new("America/Los_Angeles");
    public static readonly DateOnly Date = new(2025, 3, 12);
    public static readonly Guid ParkId = Guid.Parse("00000000-0000-0000-0000-0000000000a0");
    public static readonly Guid A = Id(1), B = Id(2), C = Id(3), D = Id(4), E = Id(5), F = Id(6);

    public static DateTime Local(int hour, int minute = 0) => Zone.DayStart(Date).AddHours(hour).AddMinutes(minute);

    public static EngineRide[] Rides =>
    [
        new(A, 1, RideCategories.Attraction, true),
        new(B, 2, RideCategories.Attraction, true),
        new(C, null, RideCategories.Attraction, true),
        new(D, 3, RideCategories.Attraction, true),
        new(E, 1, RideCategories.Attraction, true),
        new(F, 2, RideCategories.Attraction, true),
    ];

    public static OpenWindow[] Hours => [new(Local(9), Local(21))];

    public static List<EngineSnapshot> Snapshots(DateTime? until = null)
    {
        var list = new List<EngineSnapshot>();
        for (var t = Local(9); t < Local(21) && (until is null || t <= until); t = t.AddMinutes(10))
        {
            list.Add(new(A, t, t >= Local(14) && t <= Local(15, 20) ? RideStatus.Down : RideStatus.Operating, 20, 10));
            list.Add(new(B, t, RideStatus.Operating, 15, 10));
            list.Add(new(C, t, t >= Local(16) && t <= Local(16, 50) ? RideStatus.Closed : RideStatus.Operating, 10, 10));
            list.Add(new(D, t, t >= Local(10) && t <= Local(10, 20) ? RideStatus.Down : RideStatus.Operating, 5, 10));
            list.Add(new(E, t, RideStatus.Refurbishment, null, 10));
            list.Add(new(F, t, RideStatus.Closed, null, 10));
        }

        return list;
    }

    public static ParkDayInput Input(StatusModel model, DateTime? until = null)
    {
        var (start, end) = Zone.DayWindow(Date);
        return new ParkDayInput(ParkId, model, Date, start, end, Hours, Rides, Snapshots(until), 1, until is null);
    }

    private static Guid Id(int n) => Guid.Parse($"00000000-0000-0000-0000-{n:D12}");
}
