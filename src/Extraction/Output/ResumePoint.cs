namespace Extraction.Output;

/// <summary>
/// Where an interrupted run's output ends: the number of whole records it holds and the byte length
/// they take. A partial last line (a kill in the middle of a write) lies beyond that length.
/// </summary>
public readonly record struct ResumePoint(long Records, long Length)
{
    /// <summary>Scans an output file without loading it.</summary>
    public static ResumePoint Of(string path)
    {
        if (!File.Exists(path))
        {
            return new ResumePoint(0, 0);
        }
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 1 << 16, FileOptions.SequentialScan);
        var buffer = new byte[1 << 16];
        long records = 0, length = 0, position = 0;
        int n;
        while ((n = stream.Read(buffer, 0, buffer.Length)) > 0)
        {
            int from = 0;
            int nl;
            while ((nl = Array.IndexOf(buffer, (byte)'\n', from, n - from)) >= 0)
            {
                records++;
                length = position + nl + 1;
                from = nl + 1;
            }
            position += n;
        }
        return new ResumePoint(records, length);
    }

    /// <summary>Opens the output for appending after its last whole record, cutting any partial line.</summary>
    public static FileStream OpenForAppend(string path, ResumePoint point)
    {
        var stream = new FileStream(path, FileMode.OpenOrCreate, FileAccess.Write, FileShare.Read, 1);
        stream.SetLength(point.Length);
        stream.Seek(point.Length, SeekOrigin.Begin);
        return stream;
    }
}
