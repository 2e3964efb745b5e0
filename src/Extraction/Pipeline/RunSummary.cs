namespace Extraction.Pipeline;

/// <summary>What a run did; <see cref="Tokens"/> counts syllables, numbers and dates, not punctuation.</summary>
public sealed record RunSummary(long Documents, long Errors, long Tokens, long Characters, TimeSpan Elapsed, bool Cancelled);
