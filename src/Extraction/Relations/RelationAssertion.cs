using Extraction.Documents;

namespace Extraction.Relations;

/// <summary>
/// One sentence's statement of a relation, before assembly: the head mention (a PERSON, a ROLE standing
/// for its holder when <see cref="ProxyHead"/>, or <see cref="SentenceView.FirstPerson"/> for an
/// interview's "tôi", which stands for <see cref="Speaker"/>), the tail mention, and the linker's confidence.
/// </summary>
internal readonly record struct RelationAssertion(RelationType Type, int HeadMention, int TailMention, bool ProxyHead, int Sentence, double Score, int Speaker = -1);
