using System.Net;
using System.Text.Json;
using Shouldly;

namespace Quartet.TestSupport;

public static class ProblemAssertions
{
    /// <summary>Asserts a problem+json answer with the given status and code, and returns its body.</summary>
    public static async Task<JsonElement> ShouldBeProblemAsync(this HttpResponseMessage response, HttpStatusCode status, string? code = null)
    {
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(status, body);
        response.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json", body);
        var json = JsonDocument.Parse(body).RootElement;
        json.GetProperty("status").GetInt32().ShouldBe((int)status);
        var actualCode = json.GetProperty("code").GetString();
        actualCode.ShouldNotBeNullOrEmpty();
        if (code is not null)
        {
            actualCode.ShouldBe(code, body);
        }

        return json;
    }

    public static async Task<T> ReadAsAsync<T>(this HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        response.IsSuccessStatusCode.ShouldBeTrue($"{(int)response.StatusCode}: {body}");
        return JsonSerializer.Deserialize<T>(body, JsonSerializerOptions.Web)!;
    }

}
