namespace Extraction.Relations;

/// <summary>
/// A pair of mentions of one sentence that may hold a relation. The head is a PERSON mention, or a ROLE
/// mention standing for its holder ("Thủ tướng hội kiến ...") when <see cref="ProxyHead"/> is set.
/// Indices are into <see cref="SentenceView.Mentions"/>.
/// </summary>
internal readonly record struct RelationCandidate(int Head, int Tail, bool ProxyHead);
