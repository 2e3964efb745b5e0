using Extraction.Documents;

namespace Extraction.Relations;

/// <summary>
/// One sentence's statement of a relation, before assembly: the head mention (a PERSON, or a ROLE
/// standing for its holder when <see cref="ProxyHead"/>), the tail mention, and the linker's confidence.
/// </summary>
internal readonly record struct RelationAssertion(RelationType Type, int HeadMention, int TailMention, bool ProxyHead, int Sentence, double Score);
