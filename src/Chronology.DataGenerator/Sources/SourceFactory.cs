using System.Text;
using Chronology.Application.Forces;
using Chronology.Application.Places;
using Chronology.Application.Sources;
using Chronology.DataGenerator.Common;

namespace Chronology.DataGenerator.Sources;

/// <summary>
/// One synthetic source: a chronicle of a few hundred sentences about the generated places and forces
/// (about 45 KB, the size of a long article). Every generated citation quotes one of its sentences,
/// so every quote appears verbatim in the text.
/// </summary>
public sealed class SourceFactory(Random random, IdRanges ids, DateTime createdAt)
{
    public const int SentenceCount = 400;
    public const string Title = "Synthetic chronicle of the eastern conflicts, 1990–2025";

    private static readonly string[] Templates =
    [
        "On the morning of the attack, fighters of the {0} entered {2} after clashes that lasted several hours.",
        "Residents of {2} said that the {0} shelled the outskirts of the town with artillery.",
        "The {0} announced that it had taken full control of {2} and the surrounding villages.",
        "According to local sources, dozens of families fled {2} towards {3}.",
        "The siege of {2} continued for weeks, and food and medicine ran short.",
        "A statement issued by the {0} accused the {1} of targeting civilians in {2}.",
        "Mines left behind in {2} killed several civilians in the following days.",
        "The {0} and the {1} agreed on a ceasefire around {2}.",
        "Reinforcements from {3} arrived to support the {0}.",
        "The bodies of the victims were found in a mass grave near {2}.",
        "Witnesses in {2} described how the {1} withdrew at night, leaving their weapons behind.",
        "Commanders of the {0} met tribal elders in {3} to discuss the future of {2}.",
    ];

    /// <summary>The sentences of the text, each one a valid quote.</summary>
    public List<string> Sentences { get; } = [];

    public Source Build(IReadOnlyList<Place> places, IReadOnlyList<Force> forces)
    {
        var text = new StringBuilder();
        for (var i = 0; i < SentenceCount; i++)
        {
            var sentence = string.Format(
                System.Globalization.CultureInfo.InvariantCulture,
                Templates[random.Next(Templates.Length)],
                forces[random.Next(forces.Count)].Name,
                forces[random.Next(forces.Count)].Name,
                places[random.Next(places.Count)].Name,
                places[random.Next(places.Count)].Name);
            Sentences.Add(sentence);
            text.Append(sentence).Append(i % 6 == 5 ? "\n\n" : " ");
        }

        var source = new Source
        {
            Id = ids.Source++,
            Title = Title,
            Publisher = "Chronology data generator",
            Language = "en",
            Text = text.ToString().TrimEnd(),
        };
        source.MarkCreated(createdAt);
        return source;
    }
}
