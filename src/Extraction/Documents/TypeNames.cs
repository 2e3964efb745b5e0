namespace Extraction.Documents;

/// <summary>The contract's spelling of mention and relation types.</summary>
public static class TypeNames
{
    private static readonly string[] MentionNames = ["PERSON", "ROLE", "LOCATION", "ORGANIZATION", "EVENT", "DATE"];
    private static readonly string[] RelationNames = ["HAS_ROLE", "AFFILIATED_WITH", "MET_WITH", "SPOKE_AT", "ATTENDED", "VISITED"];

    /// <summary>All mention types in a fixed order.</summary>
    public static IReadOnlyList<MentionType> MentionTypes { get; } = Enum.GetValues<MentionType>();

    /// <summary>All relation types in a fixed order.</summary>
    public static IReadOnlyList<RelationType> RelationTypes { get; } = Enum.GetValues<RelationType>();

    public static string Name(MentionType type) => MentionNames[(int)type];

    public static string Name(RelationType type) => RelationNames[(int)type];

    public static bool TryParseMention(string name, out MentionType type)
    {
        int i = Array.IndexOf(MentionNames, name);
        type = (MentionType)Math.Max(i, 0);
        return i >= 0;
    }

    public static bool TryParseRelation(string name, out RelationType type)
    {
        int i = Array.IndexOf(RelationNames, name);
        type = (RelationType)Math.Max(i, 0);
        return i >= 0;
    }

    /// <summary>Whether a relation of <paramref name="type"/> may join a head and tail of these types (ANNOTATION.md).</summary>
    public static bool Allows(RelationType type, MentionType head, MentionType tail) => head == MentionType.Person && type switch
    {
        RelationType.HasRole => tail == MentionType.Role,
        RelationType.AffiliatedWith => tail is MentionType.Organization or MentionType.Location,
        RelationType.MetWith => tail is MentionType.Person or MentionType.Organization,
        RelationType.SpokeAt => tail is MentionType.Event or MentionType.Organization or MentionType.Location,
        RelationType.Attended => tail == MentionType.Event,
        RelationType.Visited => tail is MentionType.Location or MentionType.Organization,
        _ => false,
    };
}
