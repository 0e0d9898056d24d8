using System.Net;
using System.Text.Json;
using Chronology.Application.Forces;
using Chronology.Application.Listing;
using Chronology.Application.Places;
using Chronology.Application.Sources;
using Chronology.IntegrationTests.Infrastructure;

namespace Chronology.IntegrationTests.Common;

/// <summary>Health, Swagger, the reference lists, and errors outside the controllers.</summary>
public sealed class ServiceEndpointTests(ChronologyApiFactory factory) : IClassFixture<ChronologyApiFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    public async Task HealthEndpoints_AnswerHealthy(string path)
    {
        using var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task SwaggerDocument_DescribesEveryReadEndpoint()
    {
        using var document = JsonDocument.Parse(await client.GetStringAsync("/swagger/v1/swagger.json"));
        var paths = document.RootElement.GetProperty("paths");

        foreach (var path in new[] { "/api/v1/events", "/api/v1/events/{id}", "/api/v1/places", "/api/v1/places/{id}", "/api/v1/forces", "/api/v1/forces/{id}", "/api/v1/sources", "/api/v1/sources/{id}" })
        {
            Assert.True(paths.TryGetProperty(path, out var item), path);
            Assert.True(item.GetProperty("get").TryGetProperty("summary", out _), path);
        }

        var swaggerUi = await client.GetAsync("/swagger/index.html");
        Assert.Equal(HttpStatusCode.OK, swaggerUi.StatusCode);
    }

    [Fact]
    public async Task Sources_ListTheAnhaArticleWithItsText()
    {
        var sources = await client.GetJsonAsync<PagedResponse<SourceResponse>>("/api/v1/sources");

        var article = Assert.Single(sources.Items);
        Assert.Equal("Hawar News Agency (ANHA)", article.Publisher);
        Assert.Equal("en", article.Language);
        Assert.Contains("The resistance of Kobanî was a key point in the war against IS.", article.Text);
        Assert.Null(sources.NextCursor);
    }

    [Fact]
    public async Task Place_ComesWithItsParentChainAndChildren()
    {
        var places = await client.GetJsonAsync<PagedResponse<PlaceResponse>>("/api/v1/places?limit=500");
        var telHamis = Assert.Single(places.Items, p => p.Name == "Tel Hamis");
        var jazeera = Assert.Single(places.Items, p => p.Name == "al-Jazeera region");

        var detail = await client.GetJsonAsync<PlaceResponse>($"/api/v1/places/{telHamis.Id}");
        var region = await client.GetJsonAsync<PlaceResponse>($"/api/v1/places/{jazeera.Id}");

        Assert.Equal(jazeera.Id, detail.ParentId);
        Assert.Equal(["al-Jazeera region", "al-Hasakah Governorate", "Syria"], detail.Ancestors!.Select(a => a.Name));
        Assert.Contains(region.Children!, c => c.Id == telHamis.Id);
    }

    [Fact]
    public async Task Force_ComesWithItsParentAndMembers()
    {
        var forces = await client.GetJsonAsync<PagedResponse<ForceResponse>>("/api/v1/forces?limit=500");
        var ypj = Assert.Single(forces.Items, f => f.Abbreviation == "YPJ");
        var sdf = Assert.Single(forces.Items, f => f.Abbreviation == "SDF");

        var detail = await client.GetJsonAsync<ForceResponse>($"/api/v1/forces/{ypj.Id}");
        var alliance = await client.GetJsonAsync<ForceResponse>($"/api/v1/forces/{sdf.Id}");

        Assert.Equal(sdf.Id, detail.Parent!.Id);
        Assert.Contains(alliance.Members!, m => m.Id == ypj.Id);
        Assert.Contains("Daesh", Assert.Single(forces.Items, f => f.Abbreviation == "IS").Aliases);
    }

    [Fact]
    public async Task PlaceList_PagesByNameWithACursor()
    {
        var all = (await client.GetJsonAsync<PagedResponse<PlaceResponse>>("/api/v1/places?limit=500")).Items;
        var walked = new List<PlaceResponse>();
        string? cursor = null;
        do
        {
            var page = await client.GetJsonAsync<PagedResponse<PlaceResponse>>(
                "/api/v1/places?limit=10" + (cursor is null ? "" : "&cursor=" + Uri.EscapeDataString(cursor)));
            walked.AddRange(page.Items);
            cursor = page.NextCursor;
        }
        while (cursor is not null);

        Assert.Equal(all.Select(p => p.Id), walked.Select(p => p.Id));
    }

    [Fact]
    public async Task UnknownRoute_Returns404ProblemDetails()
    {
        using var response = await client.GetAsync("/api/v1/nothing-here");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(404, (await response.ReadProblemAsync()).GetProperty("status").GetInt32());
    }
}
