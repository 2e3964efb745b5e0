namespace Extraction.Reading;

/// <summary>
/// Turns the command line's inputs (files, directories, "-" for standard input) into one stream of
/// records in a stable order: inputs as given, files under a directory by ordinal path.
/// </summary>
public sealed class InputReader
{
    private readonly Func<Stream> _standardInput;

    public InputReader(Func<Stream>? standardInput = null) =>
        _standardInput = standardInput ?? Console.OpenStandardInput;

    /// <summary>Extensions read as one article per file.</summary>
    public static bool IsTextFile(string path) => path.EndsWith(".txt", StringComparison.OrdinalIgnoreCase);

    /// <summary>Extensions read as a dump, one article per line.</summary>
    public static bool IsDump(string path) =>
        path.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".ndjson", StringComparison.OrdinalIgnoreCase);

    /// <summary>Checks that every input exists; returns a message for the first that does not.</summary>
    public static string? Validate(IEnumerable<string> inputs)
    {
        foreach (string input in inputs)
        {
            if (input != "-" && !File.Exists(input) && !Directory.Exists(input))
            {
                return $"input not found: {input}";
            }
        }
        return null;
    }

    /// <summary>Streams every record of every input.</summary>
    public IEnumerable<InputRecord> Read(IEnumerable<string> inputs)
    {
        foreach (string input in inputs)
        {
            IEnumerable<InputRecord> records = input == "-"
                ? JsonLinesReader.Read(_standardInput(), "-", "stdin")
                : Directory.Exists(input)
                    ? FilesUnder(input).SelectMany(file => ReadFile(file, FileId(input, file)))
                    : ReadFile(input, Path.GetFileNameWithoutExtension(input));
            foreach (var record in records)
            {
                yield return record;
            }
        }
    }

    /// <summary>Files under a directory that are inputs, in ordinal order of their relative path.</summary>
    public static IEnumerable<string> FilesUnder(string directory) =>
        Directory.EnumerateFiles(directory, "*", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = 0 })
            .Where(f => IsTextFile(f) || IsDump(f))
            .Select(f => (Path: f, Key: Path.GetRelativePath(directory, f).Replace('\\', '/')))
            .OrderBy(f => f.Key, StringComparer.Ordinal)
            .Select(f => f.Path);

    /// <summary>A file's id: its path relative to the directory given, without extension.</summary>
    public static string FileId(string directory, string file)
    {
        string relative = Path.GetRelativePath(directory, file).Replace('\\', '/');
        string extension = Path.GetExtension(relative);
        return relative[..^extension.Length];
    }

    private static IEnumerable<InputRecord> ReadFile(string path, string id) =>
        IsDump(path) ? ReadDump(path, id) : [TextFileReader.Read(path, id)];

    private static IEnumerable<InputRecord> ReadDump(string path, string id)
    {
        Stream stream;
        try
        {
            stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [InputRecord.Failure(id, path, 0, $"cannot read file: {e.Message}")];
        }
        return ReadAndClose(stream, path, id);
    }

    private static IEnumerable<InputRecord> ReadAndClose(Stream stream, string path, string id)
    {
        using (stream)
        {
            foreach (var record in JsonLinesReader.Read(stream, path, id))
            {
                yield return record;
            }
        }
    }
}
