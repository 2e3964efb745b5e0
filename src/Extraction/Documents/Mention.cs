namespace Extraction.Documents;

/// <summary>A typed span of a document's text.</summary>
public sealed class Mention
{
    public Mention(MentionType type, int start, int end, string text)
    {
        Type = type;
        Start = start;
        End = end;
        Text = text;
    }

    public MentionType Type { get; }

    /// <summary>First UTF-16 position in the document text.</summary>
    public int Start { get; }

    /// <summary>Exclusive end, UTF-16.</summary>
    public int End { get; }

    public string Text { get; }

    /// <summary>Index of the sentence holding the mention.</summary>
    public int Sentence { get; set; }

    /// <summary>Index of the entity the mention belongs to, or -1 before grouping.</summary>
    public int Entity { get; set; } = -1;

    /// <summary>Model confidence in [0, 1]; 1 for gold annotations.</summary>
    public double Score { get; set; } = 1.0;

    /// <summary>Normalized value of a DATE mention (ISO 8601 / TIMEX3 style), else null.</summary>
    public string? Value { get; set; }
}
