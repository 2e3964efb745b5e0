namespace Extraction.Reading;

/// <summary>
/// One article as read from an input, before any processing, or the reason it could not be read.
/// Exactly one of <see cref="Text"/> and <see cref="Error"/> is non-null.
/// </summary>
/// <param name="Id">The contract's document id.</param>
/// <param name="Source">The input file's path as found, or "-".</param>
/// <param name="Line">1-based line of a dump, 0 for a whole file.</param>
public sealed record InputRecord(string Id, string Source, long Line, string? Text, string? Title, string? Date, string? Error)
{
    public static InputRecord Failure(string id, string source, long line, string error) => new(id, source, line, null, null, null, error);

    /// <summary>"path:line" (or "path") for messages.</summary>
    public string Location => Line > 0 ? $"{Source}:{Line}" : Source;
}
