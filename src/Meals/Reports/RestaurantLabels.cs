namespace Quartet.Meals.Reports;

/// <summary>
/// Report labels for restaurants: the name alone, or, where two restaurants share a name (restaurants are unique by name
/// and city), the name with the city — or the street address when no city was given — so "Little Kitchen" twice reads
/// as two places.
/// </summary>
public static class RestaurantLabels
{
    public sealed record Place(Guid Id, string Name, string? City, string? Address);

    public static IReadOnlyDictionary<Guid, string> Distinguish(IReadOnlyCollection<Place> places)
    {
        var labels = new Dictionary<Guid, string>();
        foreach (var sameName in places.GroupBy(p => p.Name.Trim(), StringComparer.OrdinalIgnoreCase))
        {
            var shared = sameName.Count() > 1;
            foreach (var place in sameName)
            {
                var detail = string.IsNullOrWhiteSpace(place.City) ? place.Address?.Trim() : place.City.Trim();
                labels[place.Id] = shared && !string.IsNullOrEmpty(detail) ? $"{place.Name} · {detail}" : place.Name;
            }
        }

        return labels;
    }
}
