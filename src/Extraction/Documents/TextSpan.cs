namespace Extraction.Documents;

/// <summary>A half-open range of UTF-16 positions in a document's text.</summary>
public readonly record struct TextSpan(int Start, int End)
{
    /// <summary>Number of UTF-16 units covered.</summary>
    public int Length => End - Start;
}
