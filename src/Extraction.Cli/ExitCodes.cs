namespace Extraction.Cli;

/// <summary>The program's exit statuses (CONTRACT.md: 0 on success, non-zero with one line on standard error otherwise).</summary>
internal static class ExitCodes
{
    public const int Success = 0;

    /// <summary>An unusable argument: a missing input, an unreadable option value.</summary>
    public const int BadArguments = 2;

    /// <summary>The model directory is missing or unreadable.</summary>
    public const int MissingModel = 3;

    /// <summary>A run was interrupted; the output ends at a whole record and can be resumed.</summary>
    public const int Interrupted = 130;

    /// <summary>An input file (dataset, corpus) is not in the expected format.</summary>
    public const int BadData = 4;
}
