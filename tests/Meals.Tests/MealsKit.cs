using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Quartet.Meals.Tests;

/// <summary>Small helpers to drive the meals API as a user would.</summary>
internal static class MealsKit
{
    public static async Task<JsonElement> JsonAsync(this HttpResponseMessage response) => await response.ReadAsAsync<JsonElement>();

    public static async Task<Guid> CreateRestaurantAsync(this HttpClient client, string name, string? city = null)
    {
        var response = await client.PostAsJsonAsync("/api/meals/restaurants", new { name, city });
        return (await response.JsonAsync()).GetProperty("id").GetGuid();
    }

    public static async Task<JsonElement> CreateExpenseAsync(this HttpClient client, Guid restaurantId, long amountMinor, string? localDate = null,
        string? currency = null, string? localTime = null, Guid? categoryId = null, string[]? tags = null, int partySize = 1, string? notes = null)
    {
        var response = await client.PostAsJsonAsync("/api/meals/expenses",
            new { restaurantId, amountMinor, localDate, currency, localTime, categoryId, tags, partySize, notes });
        return await response.JsonAsync();
    }

    public static async Task<HttpResponseMessage> UploadAsync(this HttpClient client, string path, byte[] content, string fileName, string contentType = "text/csv")
    {
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        form.Add(file, "file", fileName);
        return path.EndsWith("/receipt", StringComparison.Ordinal) ? await client.PutAsync(path, form) : await client.PostAsync(path, form);
    }

    public static Task<HttpResponseMessage> UploadCsvAsync(this HttpClient client, string csv, string fileName = "import.csv") =>
        client.UploadAsync("/api/meals/imports", Encoding.UTF8.GetBytes(csv), fileName);

    public static async Task<JsonElement> ImportAndApplyAsync(this HttpClient client, byte[] content, string fileName)
    {
        var batch = await (await client.UploadAsync("/api/meals/imports", content, fileName)).JsonAsync();
        var id = batch.GetProperty("id").GetGuid();
        var applied = await client.PostAsync($"/api/meals/imports/{id}/apply", null);
        return await applied.JsonAsync();
    }

    public static async Task<string> GetStringOkAsync(this HttpClient client, string path)
    {
        var response = await client.GetAsync(path);
        var body = await response.Content.ReadAsStringAsync();
        response.IsSuccessStatusCode.ShouldBeTrue(body);
        return body;
    }

    public static HttpRequestMessage Put(string path, object body, string? ifMatch)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, path) { Content = JsonContent.Create(body) };
        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        return request;
    }
}
