using System.Globalization;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Chronology.Application.Sources;
using SmartReader;

namespace Chronology.Infrastructure.Sources.Import;

/// <summary>
/// An HTML page's article text: SmartReader (a port of Mozilla's Readability) finds the main content,
/// then each block (paragraph, heading, list item, quotation) becomes one paragraph of text. Scripts,
/// styles, menus and markup never reach the text. Pages Readability cannot read fall back to the body
/// without its navigation, header, footer and asides.
/// </summary>
public static class HtmlText
{
    private const string Blocks = "p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, td, th, dt, dd, figcaption";
    private const string Noise = "script, style, noscript, template, iframe, object, embed, svg, nav, header, footer, aside, form, button, [aria-hidden=true], [hidden]";

    public static ImportedDocument Read(string html)
    {
        var page = new HtmlParser().ParseDocument(html);
        var language = page.DocumentElement.GetAttribute("lang");
        var title = Meta(page, "og:title") ?? page.Title;
        var published = ParseDate(Meta(page, "article:published_time") ?? Meta(page, "date") ?? page.QuerySelector("time[datetime]")?.GetAttribute("datetime"));

        var article = Reader.ParseArticle("https://import.invalid/", html);
        var text = article.IsReadable && !string.IsNullOrWhiteSpace(article.Content)
            ? BlocksOf(new HtmlParser().ParseDocument(article.Content).Body)
            : string.Empty;
        if (string.IsNullOrWhiteSpace(text) && page.Body is { } body)
        {
            foreach (var noise in body.QuerySelectorAll(Noise).ToList())
            {
                noise.Remove();
            }

            text = BlocksOf(body);
        }

        title = string.IsNullOrWhiteSpace(article.Title) ? title : article.Title;
        published ??= article.PublicationDate is { } date ? DateOnly.FromDateTime(date) : null;
        return new ImportedDocument(text, title, published, string.IsNullOrWhiteSpace(language) ? null : language, "html");
    }

    // Blocks inside blocks (a paragraph in a list item) are written once, by the innermost block.
    private static string BlocksOf(IElement? root)
    {
        if (root is null)
        {
            return string.Empty;
        }

        foreach (var noise in root.QuerySelectorAll("script, style, noscript, template").ToList())
        {
            noise.Remove();
        }

        var text = new StringBuilder();
        var blocks = root.QuerySelectorAll(Blocks).Where(b => b.QuerySelector(Blocks) is null).ToList();
        foreach (var block in blocks.Count > 0 ? blocks : [root])
        {
            var words = TextCleanup.CollapseSpaces(block.TextContent).Trim();
            if (words.Length > 0)
            {
                text.Append(words).Append("\n\n");
            }
        }

        return text.ToString();
    }

    private static string? Meta(IDocument page, string name) =>
        page.QuerySelector($"meta[property='{name}'], meta[name='{name}']")?.GetAttribute("content") is { Length: > 0 } content ? content : null;

    private static DateOnly? ParseDate(string? value) =>
        value is { Length: >= 10 } && DateOnly.TryParseExact(value[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : null;
}
