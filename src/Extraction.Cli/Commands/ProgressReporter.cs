using Extraction.Pipeline;

namespace Extraction.Cli.Commands;

/// <summary>One rewritten line of progress on standard error: documents, syllables per second, elapsed time and, when the input size is known, the time left.</summary>
internal sealed class ProgressReporter(long? totalBytes, Func<long> bytesRead)
{
    private TimeSpan _last = TimeSpan.MinValue;

    public void Report(RunSummary s)
    {
        if (s.Elapsed - _last < TimeSpan.FromMilliseconds(500))
        {
            return;
        }
        _last = s.Elapsed;
        string eta = "";
        long read = bytesRead();
        if (totalBytes is > 0 && read > 0)
        {
            double left = s.Elapsed.TotalSeconds * (totalBytes.Value - read) / read;
            eta = $"  ETA {TimeSpan.FromSeconds(Math.Max(0, left)):hh\\:mm\\:ss}  {100.0 * read / totalBytes.Value:F1}%";
        }
        Console.Error.Write($"\r{s.Documents:N0} documents  {s.Errors:N0} errors  {s.Tokens / Math.Max(0.001, s.Elapsed.TotalSeconds):N0} syllables/s  {s.Elapsed:hh\\:mm\\:ss}{eta}   ");
    }

    public void Finish(RunSummary s)
    {
        _last = TimeSpan.MinValue;
        Report(s);
        Console.Error.WriteLine();
    }
}
