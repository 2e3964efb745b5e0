namespace Extraction.Documents;

/// <summary>The six relation types of the annotation guideline.</summary>
public enum RelationType
{
    HasRole,
    AffiliatedWith,
    MetWith,
    SpokeAt,
    Attended,
    Visited,
}
