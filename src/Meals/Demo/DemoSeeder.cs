using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Quartet.Meals.Common;
using Quartet.Meals.Data;
using Quartet.Meals.Privacy;
using Quartet.Meals.Receipts;
using Quartet.Platform.Accounts;

namespace Quartet.Meals.Demo;

/// <summary>Deterministic demo and benchmark data: restaurants, categories, tags, budgets and years of meals for one user.</summary>
public static class DemoSeeder
{
    public const string DemoEmail = "meals@demo.quartet";
    public const string DemoPassword = "meals-demo-1";

    private static readonly string[] Cuisines = ["Italian", "Japanese", "Mexican", "Thai", "Indian", "American", "French", "Chinese", "Vietnamese", "Greek"];
    private static readonly string[] Cities = ["Boston", "Cambridge", "Somerville", "Brookline", "Newton"];
    private static readonly string[] Words = ["Golden", "Little", "Blue", "Corner", "Green", "Happy", "Old Town", "Harbor", "Sunny", "Urban", "Royal", "Lucky"];
    private static readonly string[] Kinds = ["Kitchen", "Bistro", "Diner", "Café", "Grill", "Noodle Bar", "Taqueria", "Trattoria", "Bakery", "Pizzeria", "Sushi", "Deli"];
    private static readonly string[] TagNames =
    [
        "work", "date-night", "family", "friends", "solo", "birthday", "travel", "healthy", "treat", "client", "team-lunch", "brunch-club",
        "takeaway", "late-night", "rainy-day", "weekend", "holiday", "conference", "anniversary", "celebration", "quick", "new-place",
        "favourite", "outdoor", "spicy", "vegan", "vegetarian", "seafood", "bbq", "dessert", "coffee-run", "happy-hour", "airport",
        "road-trip", "delivery-app", "coupon", "expensed", "split-later", "kids", "game-day",
    ];

    public sealed record Options(string Email, int Expenses, int Seed, bool Replace, int Years = 2, string[]? Currencies = null);

    public static async Task<string> RunAsync(IServiceProvider services, Options options, IProgress<string> progress, CancellationToken ct)
    {
        var account = await DemoAccounts.EnsureAsync(services, options.Email, options.Email == DemoEmail ? DemoPassword : "meals-bench-1", "Meal Demo", [], ct);
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MealsDb>();
        var clock = scope.ServiceProvider.GetRequiredService<TimeProvider>();
        var mealsOptions = scope.ServiceProvider.GetRequiredService<IOptions<MealsOptions>>().Value;
        await MealsAccess.EnsureSettingsAsync(db, account.Id, mealsOptions, clock, ct);
        if (await db.Expenses.AnyAsync(e => e.UserId == account.Id, ct) || await db.Restaurants.AnyAsync(r => r.UserId == account.Id, ct))
        {
            if (!options.Replace)
            {
                return $"{options.Email} already has meal data; nothing changed (use --replace).";
            }

            await DeleteMyData.RemoveAllAsync(db, account.Id, account.Id, scope.ServiceProvider.GetRequiredService<ReceiptBlobs>(), clock, ct);
            await MealsAccess.EnsureSettingsAsync(db, account.Id, mealsOptions, clock, ct);
        }

        var random = new Random(options.Seed);
        var now = clock.GetUtcNow().UtcDateTime;
        var userId = account.Id;
        var settings = await db.Settings.FirstAsync(s => s.UserId == userId, ct);
        settings.TimeZone = "America/New_York";
        var today = Zones.Today(clock, settings.TimeZone);
        var categories = await db.Categories.Where(c => c.UserId == userId).OrderBy(c => c.SortOrder).ToListAsync(ct);
        var tags = TagNames.Select(name => new Tag
        {
            Id = Guid.CreateVersion7(),
            UserId = userId,
            Name = name,
            NormalizedName = name,
            Colour = $"#{random.Next(0x1000000):x6}",
            CreatedAt = now,
            UpdatedAt = now,
        }).ToList();
        db.Tags.AddRange(tags);

        var restaurantCount = Math.Max(30, options.Expenses / 100);
        var restaurants = new List<Restaurant>();
        var names = new HashSet<string>();
        for (var i = 0; restaurants.Count < restaurantCount; i++)
        {
            var name = $"{Words[random.Next(Words.Length)]} {Kinds[random.Next(Kinds.Length)]}" + (i >= Words.Length * Kinds.Length / 2 ? $" {i}" : "");
            var city = Cities[random.Next(Cities.Length)];
            if (!names.Add(Text.NormalizeKey(name) + "|" + city))
            {
                continue;
            }

            restaurants.Add(new Restaurant
            {
                Id = Guid.CreateVersion7(),
                UserId = userId,
                Name = name,
                NormalizedName = Text.NormalizeKey(name),
                City = city,
                NormalizedCity = Text.NormalizeKey(city),
                Cuisine = Cuisines[random.Next(Cuisines.Length)],
                PriceLevel = 1 + random.Next(4),
                Rating = 1 + random.Next(5),
                CountryCode = "US",
                Region = "MA",
                CreatedAt = now,
                UpdatedAt = now,
            });
        }

        db.Restaurants.AddRange(restaurants);
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();

        var currencies = options.Currencies ?? ["USD", "USD", "USD", "USD", "USD", "USD", "USD", "USD", "EUR", "GBP"];
        var meals = new[] { ("breakfast", 8, 900), ("lunch", 12, 1600), ("dinner", 19, 4200), ("coffee", 9, 450), ("snack", 15, 700), ("brunch", 11, 2500), ("drinks", 21, 2200) };
        var favourites = restaurants.Take(Math.Max(5, restaurants.Count / 10)).ToList();
        var days = options.Years * 365;
        var batch = new List<Expense>();
        for (var i = 0; i < options.Expenses; i++)
        {
            var date = today.AddDays(-random.Next(days));
            var (meal, hour, typical) = meals[random.Next(meals.Length)];
            var restaurant = random.NextDouble() < 0.6 ? favourites[random.Next(favourites.Count)] : restaurants[random.Next(restaurants.Count)];
            var currency = currencies[random.Next(currencies.Length)];
            var party = random.NextDouble() < 0.7 ? 1 : 2 + random.Next(4);
            var amount = (long)(typical * party * (0.6 + random.NextDouble() * 0.9));
            if (currency == "JPY")
            {
                amount /= 100;
            }

            var time = random.NextDouble() < 0.8 ? new TimeOnly(hour, random.Next(60)) : (TimeOnly?)null;
            var occurredAt = Zones.OccurredAt(date, time, settings.TimeZone);
            if (occurredAt > now)
            {
                // A meal later today has not happened yet.
                date = date.AddDays(-1);
                occurredAt = Zones.OccurredAt(date, time, settings.TimeZone);
            }

            var expense = new Expense
            {
                Id = Guid.CreateVersion7(),
                UserId = userId,
                RestaurantId = restaurant.Id,
                AmountMinor = Math.Max(1, amount),
                Currency = currency,
                LocalDate = date,
                LocalTime = time,
                TimeZone = settings.TimeZone,
                OccurredAt = occurredAt,
                CategoryId = meal == "coffee" ? categories[2].Id : random.NextDouble() < 0.8 ? categories[random.Next(2)].Id : categories[random.Next(categories.Count)].Id,
                MealType = meal,
                OrderType = random.NextDouble() < 0.7 ? "dine_in" : "takeout",
                PartySize = party,
                Source = "manual",
                Notes = random.NextDouble() < 0.2 ? "Tried the special" : null,
                CreatedAt = now,
                UpdatedAt = now,
            };
            var tagCount = random.Next(3);
            for (var t = 0; t < tagCount; t++)
            {
                var tag = tags[random.Next(tags.Count)];
                if (expense.Tags.All(x => x.TagId != tag.Id))
                {
                    expense.Tags.Add(new ExpenseTag { ExpenseId = expense.Id, TagId = tag.Id, Position = t });
                }
            }

            batch.Add(expense);
            if (batch.Count == 5000 || i == options.Expenses - 1)
            {
                db.Expenses.AddRange(batch);
                await db.SaveChangesAsync(ct);
                db.ChangeTracker.Clear();
                batch.Clear();
                progress.Report($"{i + 1} of {options.Expenses} expenses");
            }
        }

        db.Budgets.Add(new Budget { Id = Guid.CreateVersion7(), UserId = userId, Currency = "USD", LimitMinor = 60000, WarnAtPercent = 80, CreatedAt = now, UpdatedAt = now });
        db.Budgets.Add(new Budget
        {
            Id = Guid.CreateVersion7(),
            UserId = userId,
            CategoryId = categories[0].Id,
            Scope = categories[0].Id.ToString(),
            Currency = "USD",
            LimitMinor = 30000,
            WarnAtPercent = 80,
            CreatedAt = now,
            UpdatedAt = now,
        });
        db.Settings.Attach(settings);
        settings.TimeZone = "America/New_York";
        settings.DataVersion++;
        await db.SaveChangesAsync(ct);
        return $"{options.Email}: {restaurants.Count} restaurants, {tags.Count} tags, {options.Expenses} expenses";
    }
}
