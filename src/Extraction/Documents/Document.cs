namespace Extraction.Documents;

/// <summary>
/// One article flowing through the pipeline. It owns the text and every layer the stages add
/// (sentences, tokens, mentions, entities, relations); all positions are UTF-16 offsets into <see cref="Text"/>.
/// </summary>
public sealed class Document
{
    public Document(string id, string source, string text)
    {
        Id = id;
        Source = source;
        Text = text;
    }

    public string Id { get; }

    /// <summary>The input path as found (or "-" for standard input).</summary>
    public string Source { get; }

    public string Text { get; set; }

    public string? Title { get; set; }

    /// <summary>The document's date from its metadata (yyyy-MM-dd when known), else null.</summary>
    public string? Date { get; set; }

    public List<TextSpan> Sentences { get; } = [];

    public List<Token> Tokens { get; } = [];

    public List<Mention> Mentions { get; } = [];

    public List<Entity> Entities { get; } = [];

    public List<Relation> Relations { get; } = [];

    /// <summary>The text of a span.</summary>
    public string Slice(int start, int end) => Text.Substring(start, end - start);

    /// <summary>The text of a span as a span of characters.</summary>
    public ReadOnlySpan<char> SpanOf(int start, int end) => Text.AsSpan(start, end - start);
}
