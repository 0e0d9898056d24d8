namespace Chronology.Extraction.Text;

/// <summary>A run of letters or digits in the text, with its folded form for matching.</summary>
public readonly record struct WordToken(int Start, int Length, string Text, string Folded)
{
    public int End => Start + Length;

    public bool IsCapitalised => Text.Length > 0 && char.IsUpper(Text[0]);
}
