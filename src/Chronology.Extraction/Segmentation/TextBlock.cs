namespace Chronology.Extraction.Segmentation;

/// <summary>A paragraph, list item or heading: the unit sentences are split within.</summary>
/// <param name="ContentStart">Where the words start, after any Markdown marker ("## ", "- ").</param>
public sealed record TextBlock(int Start, int End, int ContentStart, bool IsHeading);
