using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Quartet.Meals.Common;
using Quartet.Platform.Http;

namespace Quartet.Meals.Imports;

/// <summary>An example import file (CSV, or JSON with <c>format=json</c>) with every column the import reads.</summary>
public static class GetImportTemplate
{
    public static void Map(RouteGroupBuilder group) =>
        group.MapGet("/imports/template", Handle)
            .ProducesFile("ImportTemplateFile", "An example import file with every column the import reads: CSV with a header row, or with format=json a JSON array of objects keyed by the same names.", "text/csv", "application/json");

    private static FileContentHttpResult Handle(string? format = null)
    {
        if (format is "json")
        {
            const string json = """
                [
                  {"date": "2025-03-07", "time": "19:30", "amount": "42.50", "currency": "USD", "restaurant": "Luigi's Trattoria", "city": "Boston", "category": "Restaurants", "mealType": "dinner", "orderType": "dine_in", "partySize": 2, "tags": "date-night;italian", "notes": "Anniversary"},
                  {"date": "2025-03-08", "amount": "4.75", "currency": "USD", "restaurant": "Corner Coffee", "city": "Boston", "category": "Coffee & Drinks", "mealType": "coffee", "orderType": "takeout", "partySize": 1, "tags": "", "notes": ""}
                ]
                """;
            return TypedResults.File(System.Text.Encoding.UTF8.GetBytes(json), "application/json", "meals-import-template.json");
        }

        if (format is not (null or "csv"))
        {
            throw MealsProblems.Field("VALIDATION_FAILED", "format", "format is csv or json.");
        }

        const string csv = "date,time,amount,currency,restaurant,city,category,meal_type,order_type,party_size,tags,notes\r\n"
            + "2025-03-07,19:30,42.50,USD,Luigi's Trattoria,Boston,Restaurants,dinner,dine_in,2,date-night;italian,Anniversary\r\n"
            + "2025-03-08,,4.75,USD,Corner Coffee,Boston,Coffee & Drinks,coffee,takeout,1,,\r\n";
        return TypedResults.File(System.Text.Encoding.UTF8.GetBytes(csv), "text/csv", "meals-import-template.csv");
    }
}
