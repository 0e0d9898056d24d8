using System.Net.Http.Json;
using System.Text.Json;
using Chronology.Api;

namespace Chronology.IntegrationTests.Infrastructure;

/// <summary>Reads API answers with the service's own JSON settings.</summary>
public static class HttpJson
{
    public static readonly JsonSerializerOptions Options = CreateOptions();

    public static async Task<T> ReadAsync<T>(this HttpResponseMessage response)
    {
        var body = await response.Content.ReadFromJsonAsync<T>(Options);
        return body ?? throw new InvalidOperationException("The response body was empty.");
    }

    public static async Task<T> GetJsonAsync<T>(this HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"GET {url} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }

        return await response.ReadAsync<T>();
    }

    public static async Task<JsonElement> ReadProblemAsync(this HttpResponseMessage response)
    {
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return await response.Content.ReadFromJsonAsync<JsonElement>(Options);
    }

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        DependencyInjection.ConfigureJson(options);
        return options;
    }
}
