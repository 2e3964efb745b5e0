namespace Extraction.Documents;

/// <summary>A directed fact between two entities of a document, stated in one or more sentences.</summary>
public sealed class Relation
{
    public Relation(RelationType type, int head, int tail)
    {
        Type = type;
        Head = head;
        Tail = tail;
    }

    public RelationType Type { get; }

    /// <summary>Index of the head entity.</summary>
    public int Head { get; }

    /// <summary>Index of the tail entity.</summary>
    public int Tail { get; }

    /// <summary>Every sentence that states the relation, ascending.</summary>
    public List<int> Sentences { get; } = [];

    /// <summary>The word that states the relation in the first of <see cref="Sentences"/>, if any.</summary>
    public TextSpan? Trigger { get; set; }

    /// <summary>Normalized DATE value placing the act, if the sentence has one.</summary>
    public string? Date { get; set; }

    public double Score { get; set; } = 1.0;
}
