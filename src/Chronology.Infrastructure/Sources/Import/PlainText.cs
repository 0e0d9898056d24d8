using System.Globalization;
using Chronology.Application.Sources;

namespace Chronology.Infrastructure.Sources.Import;

/// <summary>
/// A plain text file, kept as it is. Leading <c>Key: value</c> lines (TITLE, URL, PUBLISHER, DATE, as in
/// exported articles) give the title, address, publisher and date; they stay in the text, where attribution lines belong.
/// </summary>
public static class PlainText
{
    public static ImportedDocument Read(string text)
    {
        string? title = null, url = null, publisher = null;
        DateOnly? date = null;
        foreach (var line in text.Split('\n').Take(10).Select(l => l.Trim()).TakeWhile(l => l.Length > 0))
        {
            var colon = line.IndexOf(':');
            if (colon <= 0)
            {
                break;
            }

            var (key, value) = (line[..colon].Trim().ToLowerInvariant(), line[(colon + 1)..].Trim());
            if (key == "title")
            {
                title = value;
            }
            else if (key is "url" or "source" && Uri.TryCreate(value, UriKind.Absolute, out var address) && address.Scheme is "http" or "https")
            {
                url = value;
            }
            else if (key == "publisher")
            {
                publisher = value;
            }
            else if (key is "date" or "published" && DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
            {
                date = d;
            }
        }

        return new ImportedDocument(text, title, date, null, "text", url, publisher);
    }
}
