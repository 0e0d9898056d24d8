using System.Text.Json;
using System.Text.Json.Serialization;
using Chronology.Application.Events;
using Chronology.Application.Forces;
using Chronology.Application.Json;
using Chronology.Application.Places;

namespace Chronology.Infrastructure.Seed;

/// <summary>
/// The seed data file (Seed/Data/chronology.json): sources, places, forces and events, each with a
/// stable key. Parents come before their children; references are by key.
/// </summary>
public sealed record SeedFile(
    IReadOnlyList<SeedSource> Sources,
    IReadOnlyList<SeedPlace> Places,
    IReadOnlyList<SeedForce> Forces,
    IReadOnlyList<SeedEvent> Events)
{
    public const string FileName = "chronology.json";

    // The API's JSON shape, strict: a misspelt member in the seed file stops start-up instead of vanishing.
    public static readonly JsonSerializerOptions JsonOptions = new(ApiJson.Options)
    {
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    /// <summary>Reads the seed file in <paramref name="directory"/>, with each source's text loaded from its text file.</summary>
    public static SeedFile Read(string directory)
    {
        var path = System.IO.Path.Combine(directory, FileName);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"The seed file {path} is missing. Set Seed:Directory to the folder that holds {FileName}.", path);
        }

        var file = JsonSerializer.Deserialize<SeedFile>(File.ReadAllText(path), JsonOptions)
            ?? throw new InvalidDataException($"The seed file {path} is empty.");
        return file with
        {
            Sources = file.Sources
                .Select(s => s with { Text = File.ReadAllText(System.IO.Path.Combine(directory, s.TextFile)) })
                .ToList(),
        };
    }
}

public sealed record SeedSource(
    string Key, string Title, string? Publisher, string? Url, DateOnly? PublishedOn, string Language, string TextFile)
{
    /// <summary>The source's full text, read from <see cref="TextFile"/>.</summary>
    public string? Text { get; init; }
}

public sealed record SeedPlace(
    string Key, string Name, IReadOnlyList<string> Aliases, PlaceKind Kind, string? Parent, double? Lat, double? Lon);

public sealed record SeedForce(
    string Key, string Name, string? Abbreviation, IReadOnlyList<string> Aliases, ForceKind Kind, string? Parent);

public sealed record SeedEvent(
    string Key,
    string Title,
    string Summary,
    EventType Type,
    DateOnly Start,
    DateOnly? End,
    DatePrecision Precision,
    bool Approximate,
    string? DateText,
    int? Fatalities,
    IReadOnlyList<string> Places,
    IReadOnlyList<SeedForceLink> Forces,
    IReadOnlyList<SeedCitation> Citations,
    string? Parent,
    string? Notes);

public sealed record SeedForceLink(string Force, ForceRole Role);

public sealed record SeedCitation(string Source, string Quote);
