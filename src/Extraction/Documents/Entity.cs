namespace Extraction.Documents;

/// <summary>Mentions of one document that refer to the same thing.</summary>
public sealed class Entity
{
    public Entity(MentionType type, string name)
    {
        Type = type;
        Name = name;
    }

    public MentionType Type { get; }

    /// <summary>The longest proper mention (for ROLE, the normalized title; for DATE, the first mention).</summary>
    public string Name { get; set; }

    /// <summary>Indices into <see cref="Document.Mentions"/>, in text order.</summary>
    public List<int> Mentions { get; } = [];
}
