using System.Net;
using System.Net.Http.Json;
using System.Text;
using Chronology.Application.Proposals;
using Chronology.Application.Sources;
using Chronology.IntegrationTests.Infrastructure;
using Chronology.IntegrationTests.Sources;

namespace Chronology.IntegrationTests.Proposals;

/// <summary>A small report naming seeded places and forces, imported and extracted through the API.</summary>
public static class ProposalTestData
{
    public const string Report = """
        TITLE: Test report on the al-Jazeera front

        On 3 March 2016, the People's Protection Units liberated Tel Hamis from IS after heavy clashes.

        Two days later, IS attacked Tel Barak, killing 12 civilians.

        The weather in the region was cold that spring, and the roads were muddy.
        """;

    public static async Task<SourceResponse> ImportAsync(HttpClient editor, string text = Report, string name = "report.txt")
    {
        using var form = SourceImportTests.Form(Encoding.UTF8.GetBytes(text), name, "text/plain");
        using var response = await editor.PostAsync("/api/v1/sources/import", form);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await response.ReadAsync<SourceResponse>();
    }

    public static async Task<ExtractionResponse> ExtractAsync(HttpClient editor, int sourceId)
    {
        using var response = await editor.PostAsync($"/api/v1/sources/{sourceId}/extractions", null);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.ReadAsync<ExtractionResponse>();
    }

    /// <summary>Imports the report, extracts it, and answers the proposal whose quote names <paramref name="words"/>.</summary>
    public static async Task<ProposalResponse> ProposalAboutAsync(HttpClient editor, string words)
    {
        var source = await ImportAsync(editor);
        var extraction = await ExtractAsync(editor, source.Id);
        return Assert.Single(extraction.Items, p => p.Quote.Contains(words, StringComparison.Ordinal));
    }

    public static Task<HttpResponseMessage> AcceptAsync(HttpClient editor, int id, object? body = null) =>
        body is null
            ? editor.PostAsync($"/api/v1/proposals/{id}/accept", null)
            : editor.PostAsJsonAsync($"/api/v1/proposals/{id}/accept", body);
}
