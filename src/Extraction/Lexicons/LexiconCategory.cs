namespace Extraction.Lexicons;

/// <summary>The gazetteers of data/lexicons, one bit each so a phrase can belong to several.</summary>
[Flags]
public enum LexiconCategory : uint
{
    None = 0,
    Province = 1 << 0,
    District = 1 << 1,
    Country = 1 << 2,
    WorldPlace = 1 << 3,
    LocationDesignator = 1 << 4,
    Role = 1 << 5,
    OrganizationHead = 1 << 6,
    Organization = 1 << 7,
    EventHead = 1 << 8,
    Surname = 1 << 9,
    GivenName = 1 << 10,
    Honorific = 1 << 11,
    DateWord = 1 << 12,
    Trigger = 1 << 13,
    ForeignSurname = 1 << 14,
}
