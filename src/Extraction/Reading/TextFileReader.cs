namespace Extraction.Reading;

/// <summary>Reads a <c>.txt</c> file as one article; a first line without a final full stop is its title.</summary>
public static class TextFileReader
{
    /// <summary>Files above this size are reported, not read (a .txt is one article; the same bound as a dump line).</summary>
    public const long MaxFileBytes = 4L * 1024 * 1024;

    public static InputRecord Read(string path, string id)
    {
        byte[] bytes;
        try
        {
            if (new FileInfo(path).Length > MaxFileBytes)
            {
                return InputRecord.Failure(id, path, 0, $"file larger than {MaxFileBytes / (1024 * 1024)} MB");
            }
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return InputRecord.Failure(id, path, 0, $"cannot read file: {e.Message}");
        }
        return FromBytes(bytes, path, id);
    }

    public static InputRecord FromBytes(ReadOnlySpan<byte> bytes, string path, string id)
    {
        string? text = Utf8Text.TryDecode(bytes);
        if (text is null)
        {
            return InputRecord.Failure(id, path, 0, "not valid UTF-8");
        }
        if (string.IsNullOrWhiteSpace(text))
        {
            return InputRecord.Failure(id, path, 0, "empty document");
        }
        return new InputRecord(id, path, 0, text, TitleOf(text), null, null);
    }

    /// <summary>The first non-empty line when it does not end with a full stop.</summary>
    public static string? TitleOf(string text)
    {
        foreach (var range in text.AsSpan().EnumerateLines())
        {
            var line = range.Trim();
            if (line.IsEmpty)
            {
                continue;
            }
            return line[^1] is '.' or '…' ? null : line.ToString();
        }
        return null;
    }
}
