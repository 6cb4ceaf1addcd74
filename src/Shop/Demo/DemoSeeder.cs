using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Quartet.Platform.Accounts;
using Quartet.Platform.Blobs;
using Quartet.Platform.Data;
using Quartet.Shop.Allocation;
using Quartet.Shop.Common;
using Quartet.Shop.Data;
using Quartet.Shop.Employees;
using Quartet.Shop.Notifications;
using Quartet.Shop.Orders;
using Quartet.Shop.Points;
using Quartet.Shop.Products;

namespace Quartet.Shop.Demo;

/// <summary>
/// A shop that looks alive: 50 products in 6 categories with drawn images, 40 employees with the monthly allocation of
/// every month the demo touches and a month of orders up to today (some fulfilled, some cancelled; employees only buy what
/// they can afford, so the shape of the month does not depend on where today falls in the calendar), all written through the same ledger and redemption code as the API.
/// Does nothing when the shop already has products.
/// </summary>
public static class DemoSeeder
{
    public const string AdminEmail = "shop.admin@demo.quartet";
    public const string AdminPassword = "shop-admin-1";
    public const string EmployeeEmail = "employee@demo.quartet";
    public const string EmployeePassword = "shop-demo-1";
    public const int Employees = 40;

    private static readonly (string Category, (byte, byte, byte) Colour, string[] Names)[] Catalogue =
    [
        ("Gadgets", (30, 80, 160), ["Wireless earbuds", "Power bank 10,000 mAh", "Bluetooth speaker", "USB-C hub", "Smart plug", "Fitness band", "Noise-cancelling headphones", "Webcam HD", "Mechanical keyboard"]),
        ("Gift cards", (150, 40, 90), ["Coffee shop card", "Bookstore card", "Cinema voucher", "Online store card", "Grocery card", "Streaming month", "Music subscription", "Ride credit"]),
        ("Wellness", (20, 120, 90), ["Yoga mat", "Massage voucher", "Water bottle", "Gym day pass", "Meditation app year", "Running socks", "Foam roller", "Resistance bands"]),
        ("Home", (160, 100, 20), ["Desk plant", "Scented candle", "Coffee mug set", "Throw blanket", "Desk lamp", "Tea sampler", "Cutting board", "Picture frame", "Cushion"]),
        ("Books", (90, 60, 140), ["Leadership classic", "Cookbook", "Sci-fi trilogy", "Travel guide", "Design handbook", "Notebook set", "Kids' picture book", "Language course"]),
        ("Experiences", (180, 60, 40), ["Escape room for two", "Cooking class", "Museum pass", "Concert ticket", "Climbing session", "Wine tasting", "Boat tour", "Pottery workshop"]),
    ];

    public static async Task SeedAsync(IServiceProvider services, IProgress<string> progress, CancellationToken ct)
    {
        var db = services.GetRequiredService<ShopDb>();
        if (await db.Products.AnyAsync(ct))
        {
            progress.Report("already seeded");
            return;
        }

        progress.Report("accounts");
        var admin = await DemoAccounts.EnsureAsync(services, AdminEmail, AdminPassword, "Shop Admin", [ShopRoles.Admin, ShopRoles.Employee], ct);
        var people = new List<Guid> { (await DemoAccounts.EnsureAsync(services, EmployeeEmail, EmployeePassword, "Erin Employee", [ShopRoles.Employee], ct)).Id };
        string[] first = ["Alex", "Sam", "Kim", "Lee", "Noor", "Mei", "Ravi", "Ana", "Tom", "Zoe"];
        string[] last = ["Chen", "Garcia", "Smith", "Ito", "Khan", "Müller", "Rossi", "Wang"];
        for (var i = 2; i <= Employees; i++)
        {
            var name = $"{first[i % first.Length]} {last[i % last.Length]}";
            people.Add((await DemoAccounts.EnsureAsync(services, $"employee{i:00}@demo.quartet", EmployeePassword, name, [ShopRoles.Employee], ct)).Id);
        }

        var options = services.GetRequiredService<IOptions<ShopOptions>>();
        var now = services.GetRequiredService<ShopClock>().UtcNow;
        var time = new DemoTime(now.AddDays(-35));
        var clock = new ShopClock(time);
        var ledger = new PointsLedger(db, options, clock);
        var audit = new AuditLog(db, clock, new HttpContextAccessor());
        var random = new Random(20260301);
        var actor = new Actor(admin.Id, ActorKind.Admin);

        progress.Report("products");
        var blobs = services.GetRequiredService<IBlobStore>();
        var products = new List<(Guid Id, int Cost)>();
        var index = 0;
        foreach (var (category, colour, names) in Catalogue)
        {
            foreach (var name in names)
            {
                var imageKey = Guid.NewGuid().ToString("N");
                var image = DemoIllustrations.Draw(name, category, colour);
                await using (var content = new MemoryStream(image))
                {
                    await blobs.PutAsync(ImageUrls.BlobKeyOf(imageKey), content, DemoIllustrations.ContentType, ct);
                }

                var product = new Product
                {
                    Id = Guid.CreateVersion7(),
                    Name = "",
                    Category = "",
                    CategoryKey = "",
                    SearchText = "",
                    PointsCost = random.Next(2, 60) * 50,
                    Stock = random.Next(0, 8) == 0 ? 2 : random.Next(20, 200),
                    IsActive = ++index % 17 != 0,
                    ImageKey = imageKey,
                    ImageContentType = DemoIllustrations.ContentType,
                    ImageBytes = image.Length,
                    ImageWidth = DemoIllustrations.Size,
                    ImageHeight = DemoIllustrations.Size,
                    Version = 1,
                    CreatedAt = clock.UtcNow,
                    CreatedBy = admin.Id,
                    UpdatedAt = clock.UtcNow,
                };
                product.Describe(name, $"{name} — a favourite in {category.ToLowerInvariant()}.", category == "Gift cards" ? "The code is e-mailed within two working days." : "", category);
                db.Products.Add(product);
                db.StockMovements.Add(new StockMovement { Id = Guid.CreateVersion7(), ProductId = product.Id, Delta = product.Stock, StockAfter = product.Stock, Kind = StockMovementKind.Initial, OperatorId = admin.Id, CreatedAt = clock.UtcNow });
                audit.Record(actor, "product.create", "product", product.Id.ToString(), null, AdminProduct.Snapshot(product));
                if (product.IsActive)
                {
                    products.Add((product.Id, product.PointsCost));
                }
            }
        }

        await db.SaveChangesAsync(ct);

        progress.Report("points and orders");
        await ledger.EnsureAccountsAsync(people, ct);
        var notifications = services.GetRequiredService<ShopNotifications>();
        var allocator = new MonthlyAllocator(db, ledger, services.GetRequiredService<EmployeeDirectory>(), options, clock, notifications);
        async Task AllocateDueAsync() => await allocator.RunAsync(allocator.CurrentPeriod, dryRun: false, progress: null, ct);

        await AllocateDueAsync();
        var placed = new List<Guid>();
        for (var day = 0; day < 30; day++)
        {
            time.Set(now.AddDays(-30 + day).Date.AddHours(9));
            await AllocateDueAsync();
            for (var n = random.Next(1, 6); n > 0; n--)
            {
                time.Advance(TimeSpan.FromMinutes(random.Next(5, 90)));
                var userId = people[random.Next(people.Count)];
                var pick = random.NextDouble();
                try
                {
                    var order = await db.InTransactionAsync(async ct =>
                    {
                        var account = (await ledger.LockAccountAsync(userId, ct))!;
                        var affordable = products.Where(p => p.Cost <= account.Balance).ToList();
                        if (affordable.Count == 0)
                        {
                            return null;
                        }

                        var (productId, cost) = affordable[(int)(pick * affordable.Count)];
                        return await PlaceOrder.RedeemAsync(db, ledger, audit, options.Value, clock, account, productId, 1, cost, ct);
                    }, ct);
                    if (order is not null)
                    {
                        placed.Add(order.Id);
                    }
                }
                catch (Platform.Http.ProblemException)
                {
                    // Sold out or over a monthly limit: a real shop sees those too.
                }
            }
        }

        time.Set(now);
        await AllocateDueAsync();

        progress.Report("fulfilment");
        var cancel = new CancelOrder.Handler(db, ledger, audit, options, clock, notifications);
        foreach (var orderId in placed.Where((_, i) => i % 2 == 0 && i < placed.Count - 6))
        {
            await db.InTransactionAsync(async ct =>
            {
                var order = await db.Orders.SingleAsync(o => o.Id == orderId, ct);
                order.Status = OrderStatus.Fulfilled;
                order.FulfilledAt = order.PlacedAt.AddDays(1) < now ? order.PlacedAt.AddDays(1) : now;
                order.FulfilledBy = admin.Id;
                audit.Record(actor, "order.fulfil", "order", order.Id.ToString(), null, OrderView.Of(order));
            }, ct);
        }

        time.Set(now);
        foreach (var orderId in placed.Where((_, i) => i % 7 == 3))
        {
            await cancel.CancelAsync(orderId, actor, "Out of stock at the supplier", restockFulfilled: true, ct);
        }

        await db.InTransactionAsync(async ct =>
        {
            var employeeAccount = (await ledger.LockAccountAsync(people[0], ct))!;
            employeeAccount.EmployeeNumber = "E-0001";
            employeeAccount.Department = "Engineering";
            var expiring = ledger.Credit(employeeAccount, 300, LedgerType.Grant, LedgerSource.Manual, "Conference speaker thank-you", actor, now.AddDays(20));
            audit.Record(actor, "points.grant", "account", people[0].ToString(), null, new { expiring.Amount, employeeAccount.Balance }, expiring.Reason);
        }, ct);
        progress.Report($"done: {AdminEmail} / {AdminPassword}, {EmployeeEmail} / {EmployeePassword}");
    }

    private sealed class DemoTime(DateTime start) : TimeProvider
    {
        private DateTimeOffset now = new(DateTime.SpecifyKind(start, DateTimeKind.Utc));

        public override DateTimeOffset GetUtcNow() => now;

        public void Set(DateTime value) => now = new DateTimeOffset(DateTime.SpecifyKind(value, DateTimeKind.Utc));

        public void Advance(TimeSpan by) => now += by;
    }
}
