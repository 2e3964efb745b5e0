namespace Extraction.Documents;

/// <summary>The six mention types of the annotation guideline.</summary>
public enum MentionType
{
    Person,
    Role,
    Location,
    Organization,
    Event,
    Date,
}
