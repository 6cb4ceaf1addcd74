using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Quartet.Platform.Mail;
using Quartet.Shop.Allocation;
using Quartet.Shop.Data;
using Quartet.Shop.Notifications;

namespace Quartet.Shop.Tests;

/// <summary>The shop's mails (issue 19 §5): written with the change, in the user's language, with per-user opt-outs.</summary>
public sealed class NotificationTests(SqliteHost fixture) : IClassFixture<SqliteHost>
{
    private QuartetTestHost Host => fixture.Host;

    [Fact]
    public async Task Orders_mail_when_placed_fulfilled_and_cancelled_in_the_chosen_language_unless_opted_out()
    {
        var kit = new ShopKit(Host);
        var employee = await kit.FundedEmployeeAsync(1000);
        var product = await kit.ProductAsync(cost: 100, name: "Notified kettle");

        var first = await ShopKit.PlaceAsync(employee.Client, product);
        var placed = (await MailsToAsync(employee.Email)).ShouldHaveSingleItem();
        placed.Topic.ShouldBe(ShopNotifications.OrderPlaced);
        placed.Subject.ShouldStartWith("Order ");
        placed.TextBody.ShouldContain("1 × Notified kettle (100 points)");
        placed.HtmlBody.ShouldContain("Notified kettle");

        (await (await kit.AdminAsync()).Client.PostAsJsonAsync($"/api/shop/admin/orders/{first}/fulfil", new { note = "at reception" })).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await MailsToAsync(employee.Email)).Select(m => m.Topic).ShouldContain(ShopNotifications.OrderFulfilled);

        (await employee.Client.PutAsJsonAsync("/api/auth/mail-preferences", new { language = "zh-CN", optedOut = new[] { ShopNotifications.OrderPlaced } })).StatusCode.ShouldBe(HttpStatusCode.OK);
        var second = await ShopKit.PlaceAsync(employee.Client, product);
        (await MailsToAsync(employee.Email)).Count(m => m.Topic == ShopNotifications.OrderPlaced).ShouldBe(1);

        (await employee.Client.PostAsJsonAsync($"/api/shop/orders/{second}/cancel", new { })).StatusCode.ShouldBe(HttpStatusCode.OK);
        var cancelled = (await MailsToAsync(employee.Email)).Single(m => m.Topic == ShopNotifications.OrderCancelled);
        cancelled.Subject.ShouldContain("已取消");
        cancelled.TextBody.ShouldContain("100 积分已退回");

        await (await employee.Client.PutAsJsonAsync("/api/auth/mail-preferences", new { language = "fr", optedOut = new[] { "shop.nonsense" } }))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, "VALIDATION_FAILED");
    }

    [Fact]
    public async Task A_cart_checkout_mails_each_order_it_places_and_a_replay_mails_nothing_more()
    {
        var kit = new ShopKit(Host);
        var employee = await kit.FundedEmployeeAsync(1000);
        var mug = await kit.ProductAsync(cost: 50, name: "Carted mug");
        var lamp = await kit.ProductAsync(cost: 120, name: "Carted lamp");

        (await ShopKit.CheckoutAsync(employee.Client, "cart-mail-1", (mug, 2), (lamp, 1))).StatusCode.ShouldBe(HttpStatusCode.Created);
        (await ShopKit.CheckoutAsync(employee.Client, "cart-mail-1", (mug, 2), (lamp, 1))).StatusCode.ShouldBe(HttpStatusCode.Created);

        var placed = (await MailsToAsync(employee.Email)).Where(m => m.Topic == ShopNotifications.OrderPlaced).ToList();
        placed.Count.ShouldBe(2);
        placed.ShouldContain(m => m.TextBody.Contains("2 × Carted mug", StringComparison.Ordinal));
        placed.ShouldContain(m => m.TextBody.Contains("1 × Carted lamp", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Expiring_points_are_mailed_once_per_lot_and_allocations_when_granted()
    {
        var kit = new ShopKit(Host);
        var employee = await kit.EmployeeAsync();
        var soon = DateTime.UtcNow.AddDays(3);
        var grant = await (await kit.AdminAsync()).Client.PostAsJsonAsync("/api/shop/admin/points/grant", new { userId = employee.Id, amount = 70, reason = "expiring soon", expiresAt = soon });
        grant.StatusCode.ShouldBe(HttpStatusCode.Created, await grant.Content.ReadAsStringAsync());

        await using (var scope = Host.Services.CreateAsyncScope())
        {
            var notifications = scope.ServiceProvider.GetRequiredService<ShopNotifications>();
            (await notifications.WarnExpiringAsync(DateTime.UtcNow, CancellationToken.None)).ShouldBeGreaterThanOrEqualTo(1);
            (await notifications.WarnExpiringAsync(DateTime.UtcNow, CancellationToken.None)).ShouldBe(0);
        }

        var warning = (await MailsToAsync(employee.Email)).Single(m => m.Topic == ShopNotifications.PointsExpiring);
        warning.Subject.ShouldStartWith("70 points expire on");

        await using (var scope = Host.Services.CreateAsyncScope())
        {
            var allocator = scope.ServiceProvider.GetRequiredService<MonthlyAllocator>();
            await allocator.RunAsync(allocator.CurrentPeriod, dryRun: false, progress: null, CancellationToken.None);
        }

        (await MailsToAsync(employee.Email)).ShouldContain(m => m.Topic == ShopNotifications.AllocationGranted);
    }

    private async Task<List<OutboxMail>> MailsToAsync(string address)
    {
        await using var scope = Host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ShopDb>().Set<OutboxMail>().AsNoTracking().Where(m => m.ToAddress == address).OrderBy(m => m.CreatedAt).ToListAsync();
    }
}
