namespace Chronology.Extraction.GazetteerMatching;

/// <summary>A gazetteer entry found in the text, by which of its names, over which characters.</summary>
public sealed record GazetteerMatch(GazetteerEntry Entry, bool IsPlace, string Written, int Start, int End);
