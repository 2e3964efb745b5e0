namespace Extraction.Reading;

/// <summary>
/// Turns the command line's inputs (files, directories, "-" for standard input) into one stream of
/// records in a stable order: inputs as given, files under a directory by ordinal path.
/// </summary>
public sealed class InputReader
{
    private readonly Func<Stream> _standardInput;

    private long _completedBytes;
    private Stream? _current;

    public InputReader(Func<Stream>? standardInput = null) =>
        _standardInput = standardInput ?? Console.OpenStandardInput;

    /// <summary>Bytes of input files read so far (for progress); standard input is not counted.</summary>
    public long BytesRead => _completedBytes + (_current is { CanSeek: true } s ? SafePosition(s) : 0);

    /// <summary>Total size of the input files, or null when standard input is among the inputs.</summary>
    public static long? TotalBytes(IEnumerable<string> inputs)
    {
        long total = 0;
        foreach (string input in inputs)
        {
            if (input == "-")
            {
                return null;
            }
            total += Directory.Exists(input) ? FilesUnder(input).Sum(f => new FileInfo(f).Length) : new FileInfo(input).Length;
        }
        return total;
    }

    private static long SafePosition(Stream s)
    {
        try
        {
            return s.Position;
        }
        catch (ObjectDisposedException)
        {
            return 0;
        }
    }

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

    private IEnumerable<InputRecord> ReadFile(string path, string id)
    {
        if (IsDump(path))
        {
            return ReadDump(path, id);
        }
        var record = TextFileReader.Read(path, id);
        _completedBytes += File.Exists(path) ? new FileInfo(path).Length : 0;
        return [record];
    }

    private IEnumerable<InputRecord> ReadDump(string path, string id)
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

    private IEnumerable<InputRecord> ReadAndClose(Stream stream, string path, string id)
    {
        using (stream)
        {
            _current = stream;
            foreach (var record in JsonLinesReader.Read(stream, path, id))
            {
                yield return record;
            }
            _completedBytes += stream.Length;
            _current = null;
        }
    }
}
