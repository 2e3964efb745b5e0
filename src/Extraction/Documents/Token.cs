namespace Extraction.Documents;

/// <summary>A token (a syllable, number, date, abbreviation or punctuation mark) as UTF-16 positions.</summary>
/// <param name="Start">First UTF-16 position.</param>
/// <param name="End">Exclusive end.</param>
/// <param name="Sentence">Index of the sentence holding the token.</param>
public readonly record struct Token(int Start, int End, int Sentence)
{
    /// <summary>Number of UTF-16 units covered.</summary>
    public int Length => End - Start;
}
