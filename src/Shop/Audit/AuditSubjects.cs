using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Quartet.Shop.Data;
using Quartet.Shop.Employees;

namespace Quartet.Shop.Audit;

/// <summary>
/// Names what a page of audit entries is about: products by name (a deleted one by the name its snapshot kept), orders by
/// number and product, accounts and actors by name and e-mail, looked up in one query per kind.
/// </summary>
public sealed class AuditSubjects
{
    private readonly Dictionary<Guid, string> products = [];
    private readonly Dictionary<Guid, string> orders = [];

    private AuditSubjects(Dictionary<Guid, EmployeeInfo> people) => People = people;

    public Dictionary<Guid, EmployeeInfo> People { get; }

    public static async Task<AuditSubjects> DescribeAsync(ShopDb db, EmployeeDirectory directory, IReadOnlyList<AuditEntry> entries, CancellationToken ct)
    {
        List<Guid> IdsOf(string entityType) =>
            [.. entries.Where(e => e.EntityType == entityType).Select(e => Guid.TryParse(e.EntityId, out var id) ? id : Guid.Empty).Where(id => id != Guid.Empty).Distinct()];

        var people = IdsOf("account").Concat(entries.Where(e => e.ActorId is not null).Select(e => e.ActorId!.Value)).Distinct().ToList();
        var subjects = new AuditSubjects(await directory.FindManyAsync(people, ct));
        var productIds = IdsOf("product");
        foreach (var product in await db.Products.AsNoTracking().Where(p => productIds.Contains(p.Id)).Select(p => new { p.Id, p.Name }).ToListAsync(ct))
        {
            subjects.products[product.Id] = product.Name;
        }

        var orderIds = IdsOf("order");
        foreach (var order in await db.Orders.AsNoTracking().Where(o => orderIds.Contains(o.Id)).Select(o => new { o.Id, o.OrderNumber, o.ProductName }).ToListAsync(ct))
        {
            subjects.orders[order.Id] = $"Order {order.OrderNumber} ({order.ProductName})";
        }

        return subjects;
    }

    public string Of(AuditEntry entry)
    {
        var id = Guid.TryParse(entry.EntityId, out var parsed) ? parsed : Guid.Empty;
        return entry.EntityType switch
        {
            "product" => products.TryGetValue(id, out var name) ? name : NameIn(entry.Before) ?? $"Deleted product {entry.EntityId}",
            "order" => orders.GetValueOrDefault(id) ?? $"Order {entry.EntityId}",
            "account" => People.TryGetValue(id, out var person) ? $"{person.DisplayName} <{person.Email}>" : $"Account {entry.EntityId}",
            "allocation" => $"Monthly allocation {entry.EntityId}",
            "batch" => $"Points batch {entry.EntityId}",
            _ => $"{entry.EntityType} {entry.EntityId}",
        };
    }

    private static string? NameIn(string? snapshot)
    {
        if (snapshot is null)
        {
            return null;
        }

        using var json = JsonDocument.Parse(snapshot);
        return json.RootElement.ValueKind == JsonValueKind.Object && json.RootElement.TryGetProperty("name", out var name) ? name.GetString() : null;
    }
}
