namespace Extraction.Pipeline;

/// <summary>What a run did.</summary>
public sealed record RunSummary(long Documents, long Errors, long Tokens, long Characters, TimeSpan Elapsed, bool Cancelled);
