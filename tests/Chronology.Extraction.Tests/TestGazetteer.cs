namespace Chronology.Extraction.Tests;

/// <summary>A small gazetteer shaped like the seeded one.</summary>
public static class TestGazetteer
{
    public static Gazetteer Create() => new(
        [
            new GazetteerEntry(1, "Syria", null, ["Syrian Arab Republic"], "country", null),
            new GazetteerEntry(2, "Aleppo Governorate", null, [], "governorate", 1),
            new GazetteerEntry(3, "Kobanî canton", null, ["Kobani canton"], "canton", 2),
            new GazetteerEntry(4, "Kobanî", null, ["Kobani", "Kobanê", "Ain al-Arab"], "city", 3),
            new GazetteerEntry(5, "al-Raqqa", null, ["Raqqa"], "city", 1),
            new GazetteerEntry(6, "Euphrates River", null, ["Euphrates"], "river", 1),
            new GazetteerEntry(7, "Tabqa Dam", null, ["Euphrates Dam"], "dam", 1),
            new GazetteerEntry(8, "Manbij", null, [], "city", 2),
        ],
        [
            new GazetteerEntry(101, "Islamic State", "IS", ["ISIS", "ISIL", "Daesh"], "jihadistGroup", null),
            new GazetteerEntry(102, "Syrian Democratic Forces", "SDF", [], "alliance", null),
            new GazetteerEntry(103, "People's Protection Units", "YPG", [], "militia", 102),
            new GazetteerEntry(104, "Global Coalition", null, ["US-led Coalition", "Coalition Forces"], "coalition", null),
            new GazetteerEntry(105, "Free Syrian Army", "FSA", ["Free Army"], "armedGroup", null),
        ]);

    public static IReadOnlyList<EventCandidate> Extract(string text, DateOnly? publishedOn = null) =>
        DocumentExtractor.Extract(text, Create(), "Test Source", new ExtractionOptions(publishedOn)).Candidates;
}
