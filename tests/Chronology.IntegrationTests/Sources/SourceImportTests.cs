using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Chronology.Application.Sources;
using Chronology.IntegrationTests.Infrastructure;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace Chronology.IntegrationTests.Sources;

/// <summary>POST /sources/import: each format becomes the text extraction reads, and bad files are clear 4xx answers that store nothing.</summary>
public sealed class SourceImportTests(ChronologyApiFactory factory) : IClassFixture<ChronologyApiFactory>
{
    private readonly HttpClient editor = factory.CreateEditorClient();

    [Fact]
    public async Task Import_PlainText_KeepsTheTextAndTakesTheTitleFromItsHeader()
    {
        var text = "TITLE: Battle of Testville\nURL: https://example.org/testville\nLICENSE: CC BY-SA 4.0\n\nOn 3 March 2016, the town of Testville was captured.\r\nIt was retaken on 9 May 2016.\n";

        using var response = await ImportAsync(Encoding.UTF8.GetBytes(text), "testville.txt", "text/plain");

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var source = await response.ReadAsync<SourceResponse>();
        Assert.Equal("Battle of Testville", source.Title);
        Assert.Equal("https://example.org/testville", source.Url);
        Assert.Equal("en", source.Language);
        Assert.Equal(text.Replace("\r\n", "\n").TrimEnd('\n'), source.Text);
        Assert.EndsWith($"/api/v1/sources/{source.Id}", response.Headers.Location!.ToString());
        Assert.Equal(source.Text, (await editor.GetJsonAsync<SourceResponse>($"/api/v1/sources/{source.Id}")).Text);
    }

    [Fact]
    public async Task Import_TextInDecomposedUnicode_IsStoredComposed()
    {
        var withAccent = "Fighting reached Kobani\u0302 on 15 September 2014.".Normalize(NormalizationForm.FormD);

        using var response = await ImportAsync(Encoding.UTF8.GetBytes(withAccent), "kobani.txt", "text/plain");

        var source = await response.ReadAsync<SourceResponse>();
        Assert.Equal(withAccent.Normalize(NormalizationForm.FormC), source.Text);
        Assert.Contains("Kobanî", source.Text);
        Assert.True(source.Text!.IsNormalized(NormalizationForm.FormC));
        Assert.False(withAccent.IsNormalized(NormalizationForm.FormC));
    }

    [Fact]
    public async Task Import_Markdown_DropsTheMarkupAndTakesTheFirstHeading()
    {
        var markdown = "# Fall of Testburg\n\nOn **12 June 2015** the [town](https://example.org) of *Testburg* fell.\n\n## Aftermath\n\n- Thousands fled.\n";

        using var response = await ImportAsync(Encoding.UTF8.GetBytes(markdown), "testburg.md", "text/markdown");

        var source = await response.ReadAsync<SourceResponse>();
        Assert.Equal("Fall of Testburg", source.Title);
        Assert.Contains("On 12 June 2015 the town of Testburg fell.", source.Text);
        Assert.Contains("Aftermath", source.Text);
        Assert.DoesNotContain("**", source.Text);
        Assert.DoesNotContain("](", source.Text);
        Assert.DoesNotContain("#", source.Text);
    }

    [Fact]
    public async Task Import_Html_KeepsTheArticleTextWithoutScriptsMenusOrMarkup()
    {
        var html = """
            <!doctype html><html lang="en"><head><title>Siege of Testgrad - News</title>
            <meta property="article:published_time" content="2016-04-02T10:00:00Z">
            <script>var secret = "tracking-code";</script><style>.x{color:red}</style></head>
            <body><nav><a href="/">Home</a> <a href="/world">World menu</a></nav>
            <article><h1>Siege of Testgrad</h1>
            <p>The siege of Testgrad began on 5 January 2016, when the army encircled the city from three sides and cut the last road to the south.</p>
            <p>On 1 April 2016 the defenders surrendered after months of shelling; the army entered the old town the next day and raised its flag over the citadel.</p>
            <p>Aid convoys reached the city in the middle of April, bringing food and medicine to the forty thousand people who had stayed through the siege.</p>
            <script>document.write("injected");</script></article>
            <footer>Copyright footer text</footer></body></html>
            """;

        using var response = await ImportAsync(Encoding.UTF8.GetBytes(html), "testgrad.html", "text/html");

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var source = await response.ReadAsync<SourceResponse>();
        Assert.Contains("The siege of Testgrad began on 5 January 2016, when the army encircled the city", source.Text);
        Assert.Contains("On 1 April 2016 the defenders surrendered", source.Text);
        Assert.DoesNotContain("tracking-code", source.Text);
        Assert.DoesNotContain("injected", source.Text);
        Assert.DoesNotContain("World menu", source.Text);
        Assert.DoesNotContain("<", source.Text);
        Assert.Contains("Testgrad", source.Title);
        Assert.Equal(new DateOnly(2016, 4, 2), source.PublishedOn);
        Assert.Equal("en", source.Language);
    }

    [Fact]
    public async Task Import_Pdf_ReadsItsTextLayer()
    {
        using var response = await ImportAsync(Pdf("On 26 January 2015 the town of Pdfville was liberated."), "report.pdf", "application/pdf");

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var source = await response.ReadAsync<SourceResponse>();
        Assert.Contains("On 26 January 2015 the town of Pdfville was liberated.", source.Text);
        Assert.Equal("report", source.Title);
    }

    [Fact]
    public async Task Import_WithMembers_TheyWinOverTheDocument()
    {
        using var response = await ImportAsync(Encoding.UTF8.GetBytes("TITLE: Own title\n\nText of 2016."), "a.txt", "text/plain",
            ("title", "Given title"), ("publisher", "Given publisher"), ("url", "https://example.org/given"), ("publishedOn", "2016-05-04"), ("language", "en-GB"));

        var source = await response.ReadAsync<SourceResponse>();
        Assert.Equal(("Given title", "Given publisher", "https://example.org/given", new DateOnly(2016, 5, 4), "en-GB"),
            (source.Title, source.Publisher, source.Url, source.PublishedOn, source.Language));
    }

    [Theory]
    [InlineData("", "empty.txt", "text/plain", 422, "The file is empty.")]
    [InlineData("binary", "data.bin", "application/octet-stream", 422, "The file is not text.")]
    [InlineData("png", "map.png", "image/png", 415, "The media type is not supported.")]
    [InlineData("fakepdf", "fake.pdf", "application/pdf", 422, "The file is not a PDF.")]
    [InlineData("brokenpdf", "broken.pdf", "application/pdf", 422, "The PDF could not be read.")]
    [InlineData("imagepdf", "scan.pdf", "application/pdf", 422, "The document has no text.")]
    [InlineData("json", "data.json", "application/json", 415, "The media type is not supported.")]
    public async Task Import_BadFile_IsAClearProblemAndStoresNothing(string kind, string fileName, string contentType, int status, string title)
    {
        var before = await SourceCountAsync();
        byte[] bytes = kind switch
        {
            "" => [],
            "binary" => [0x00, 0x01, 0x02, 0xFF, 0xFE, 0x00, 0x10, 0x80, 0x81, 0x00],
            "png" => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0],
            "fakepdf" => Encoding.UTF8.GetBytes("just text pretending"),
            "brokenpdf" => Encoding.UTF8.GetBytes("%PDF-1.7\n1 0 obj garbage"),
            "imagepdf" => Pdf(null),
            _ => Encoding.UTF8.GetBytes("{\"title\": \"x\"}"),
        };

        using var response = await ImportAsync(bytes, fileName, contentType);

        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.ReadProblemAsync();
        Assert.Equal(title, problem.GetProperty("title").GetString());
        Assert.Contains(fileName, problem.GetProperty("detail").GetString());
        Assert.Equal(before, await SourceCountAsync());
    }

    [Fact]
    public async Task Import_WithoutAFilePart_Is400NamingIt()
    {
        using var form = new MultipartFormDataContent { { new StringContent("Only a title"), "title" } };

        using var response = await editor.PostAsync("/api/v1/sources/import", form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.ReadProblemAsync()).GetProperty("errors").TryGetProperty("file", out _));
    }

    [Fact]
    public async Task Import_AsJson_Is415()
    {
        using var response = await editor.PostAsync("/api/v1/sources/import", new StringContent("{}", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Fact]
    public async Task Import_WithABadDate_Is400AndStoresNothing()
    {
        var before = await SourceCountAsync();

        using var response = await ImportAsync("Text."u8.ToArray(), "a.txt", "text/plain", ("publishedOn", "4 May 2016"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.ReadProblemAsync()).GetProperty("errors").TryGetProperty("publishedOn", out _));
        Assert.Equal(before, await SourceCountAsync());
    }

    [Fact]
    public async Task Import_TextOverTheLimit_Is400AndStoresNothing()
    {
        var before = await SourceCountAsync();
        var giant = Encoding.UTF8.GetBytes(new string('a', SourceLimits.TextMaxLength + 1));

        using var response = await ImportAsync(giant, "giant.txt", "text/plain");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.ReadProblemAsync()).GetProperty("errors").TryGetProperty("text", out _));
        Assert.Equal(before, await SourceCountAsync());
    }

    [Fact]
    public async Task Import_WithoutAKey_Is401()
    {
        using var form = Form("x"u8.ToArray(), "a.txt", "text/plain");

        using var response = await factory.CreateClient().PostAsync("/api/v1/sources/import", form);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    internal static byte[] Pdf(string? line)
    {
        var builder = new PdfDocumentBuilder();
        var page = builder.AddPage(PageSize.A4);
        if (line is null)
        {
            page.DrawRectangle(new PdfPoint(50, 50), 100, 100);
        }
        else
        {
            var font = builder.AddStandard14Font(Standard14Font.Helvetica);
            page.AddText(line, 11, new PdfPoint(40, 700), font);
        }

        return builder.Build();
    }

    private async Task<HttpResponseMessage> ImportAsync(byte[] bytes, string fileName, string contentType, params (string Name, string Value)[] members)
    {
        using var form = Form(bytes, fileName, contentType, members);
        return await editor.PostAsync("/api/v1/sources/import", form);
    }

    internal static MultipartFormDataContent Form(byte[] bytes, string fileName, string contentType, params (string Name, string Value)[] members)
    {
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        var form = new MultipartFormDataContent { { file, "file", fileName } };
        foreach (var (name, value) in members)
        {
            form.Add(new StringContent(value), name);
        }

        return form;
    }

    private async Task<int> SourceCountAsync() =>
        (await editor.GetJsonAsync<Application.Listing.PagedResponse<SourceResponse>>("/api/v1/sources?limit=500")).Items.Count;
}
