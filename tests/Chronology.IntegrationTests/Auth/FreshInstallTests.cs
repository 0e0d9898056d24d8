using System.Net;
using System.Text;
using Chronology.IntegrationTests.Fuzz;
using Chronology.IntegrationTests.Infrastructure;

namespace Chronology.IntegrationTests.Auth;

/// <summary>A fresh install has no API key, so it is read-only until its owner adds one.</summary>
public sealed class FreshInstallTests : IDisposable
{
    private readonly ChronologyApiFactory factory = ChronologyApiFactory.WithoutKeys();

    [Fact]
    public async Task EveryDocumentedWrite_WithoutAConfiguredKey_Returns401_AndChangesNothing()
    {
        var client = factory.CreateClient();
        var operations = await FuzzTests.DocumentedOperationsAsync(client);
        var writes = operations.Where(o => o.Method is not ("GET" or "HEAD")).ToList();
        var before = await client.GetStringAsync("/api/v1/events?limit=500");

        var answers = new List<string>();
        foreach (var write in writes)
        {
            var path = write.PathTemplate.Replace("{id}", "1", StringComparison.Ordinal);
            foreach (var key in new[] { null, ChronologyApiFactory.EditorKey })
            {
                using var request = new HttpRequestMessage(new HttpMethod(write.Method), path);
                request.Content = Body(write);

                if (key is not null)
                {
                    request.Headers.Add("X-Api-Key", key);
                }

                using var response = await client.SendAsync(request);
                answers.Add($"{write} {(key is null ? "without a key" : "with the test key")}: {(int)response.StatusCode}");
                if (response.StatusCode == HttpStatusCode.Unauthorized)
                {
                    await response.AssertProblemAsync(HttpStatusCode.Unauthorized);
                }
            }
        }

        Assert.True(writes.Count >= 12, $"Only {writes.Count} writes are documented.");
        Assert.All(answers, answer => Assert.EndsWith(": 401", answer));
        Assert.Equal(before, await client.GetStringAsync("/api/v1/events?limit=500"));
    }

    public void Dispose() => factory.Dispose();

    // A body of the operation's own media type, so that nothing but the missing key can be the reason to refuse it.
    private static HttpContent? Body(ApiOperation write)
    {
        if (write.BodyMediaTypes.Count == 0)
        {
            return null;
        }

        if (!write.BodyMediaTypes.Contains("multipart/form-data"))
        {
            return new StringContent("{}", Encoding.UTF8, "application/json");
        }

        return new MultipartFormDataContent { { new StringContent("On 3 March 2016 the village fell.", Encoding.UTF8, "text/plain"), "file", "report.txt" } };
    }
}
