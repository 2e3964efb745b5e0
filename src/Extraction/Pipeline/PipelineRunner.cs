using System.Buffers;
using System.Diagnostics;
using Extraction.Documents;
using Extraction.Output;
using Extraction.Reading;

namespace Extraction.Pipeline;

/// <summary>
/// Streams input records through the pipeline on several threads and writes their records in input
/// order. Records are processed in bounded batches, so memory does not grow with the input; each
/// batch is written whole and flushed, so an interrupted run leaves only whole records behind.
/// </summary>
public sealed class PipelineRunner
{
    private readonly ExtractionPipeline _pipeline;
    private readonly int _threads;
    private readonly TextWriter _errors;

    /// <param name="threads">Worker threads; the output does not depend on it.</param>
    /// <param name="errors">Where one line per bad document goes (standard error).</param>
    public PipelineRunner(ExtractionPipeline pipeline, int threads, TextWriter errors)
    {
        _pipeline = pipeline;
        _threads = Math.Max(1, threads);
        _errors = errors;
    }

    /// <summary>Documents per batch at most.</summary>
    public int BatchDocuments { get; init; } = 256;

    /// <summary>Characters of text per batch at most (a batch always takes at least one document).</summary>
    public long BatchCharacters { get; init; } = 4_000_000;

    /// <summary>Documents with more characters are serialized straight to the output when their turn comes, not buffered.</summary>
    public int LargeDocumentCharacters { get; init; } = 1 << 20;

    /// <summary>Called after every batch with the running totals.</summary>
    public Action<RunSummary>? Progress { get; init; }

    public RunSummary Run(IEnumerable<InputRecord> records, Stream output, CancellationToken cancel = default)
    {
        var clock = Stopwatch.StartNew();
        long documents = 0, errors = 0, tokens = 0, characters = 0;
        var batch = new List<InputRecord>(BatchDocuments);
        var results = new BatchResult[BatchDocuments];
        var batchBytes = new ArrayBufferWriter<byte>(1 << 20);
        using var enumerator = records.GetEnumerator();
        bool more = true;
        while (more && !cancel.IsCancellationRequested)
        {
            batch.Clear();
            long batchChars = 0;
            while (batch.Count < BatchDocuments && batchChars < BatchCharacters && (more = enumerator.MoveNext()))
            {
                batch.Add(enumerator.Current);
                batchChars += enumerator.Current.Text?.Length ?? 0;
            }
            if (batch.Count == 0)
            {
                break;
            }
            Parallel.For(0, batch.Count, new ParallelOptions { MaxDegreeOfParallelism = _threads }, i => results[i] = ProcessOne(batch[i]));
            batchBytes.Clear();
            for (int i = 0; i < batch.Count; i++)
            {
                var result = results[i];
                if (result.Error is not null)
                {
                    errors++;
                    _errors.WriteLine($"{batch[i].Location}: {result.Error}");
                }
                if (result.Large is { } large)
                {
                    output.Write(batchBytes.WrittenSpan);
                    batchBytes.Clear();
                    RecordWriter.Write(large, output);
                }
                else
                {
                    batchBytes.Write(result.Bytes!.WrittenSpan);
                }
                documents++;
                tokens += result.Tokens;
                characters += batch[i].Text?.Length ?? 0;
                results[i] = default;
            }
            // Whole records only, written together: an interrupted run leaves whole records (a kill in
            // the middle of a write is repaired by --resume).
            output.Write(batchBytes.WrittenSpan);
            output.Flush();
            Progress?.Invoke(new RunSummary(documents, errors, tokens, characters, clock.Elapsed, false));
        }
        return new RunSummary(documents, errors, tokens, characters, clock.Elapsed, cancel.IsCancellationRequested);
    }

    private BatchResult ProcessOne(InputRecord record)
    {
        var bytes = new ArrayBufferWriter<byte>(Math.Clamp((record.Text?.Length ?? 0) * 4, 256, 1 << 20));
        if (record.Error is not null)
        {
            RecordWriter.WriteError(record, record.Error, bytes);
            return new BatchResult(bytes, record.Error, 0, null);
        }
        try
        {
            var document = new Document(record.Id, record.Source, record.Text!) { Title = record.Title, Date = record.Date };
            _pipeline.Process(document);
            if (document.Text.Length > LargeDocumentCharacters)
            {
                return new BatchResult(null, null, Syllables(document), document);
            }
            RecordWriter.Write(document, bytes);
            return new BatchResult(bytes, null, Syllables(document), null);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            string error = $"processing failed: {e.GetType().Name}: {e.Message}";
            bytes.Clear();
            RecordWriter.WriteError(record, error, bytes);
            return new BatchResult(bytes, error, 0, null);
        }
    }

    /// <summary>Tokens that hold a letter or digit: syllables, numbers, dates (punctuation is not counted).</summary>
    public static int Syllables(Document document)
    {
        int count = 0;
        foreach (var token in document.Tokens)
        {
            if (char.IsLetterOrDigit(document.Text[token.Start]))
            {
                count++;
            }
        }
        return count;
    }

    /// <summary>A document's record bytes, or, for a large document, the document itself to write in its turn.</summary>
    private readonly record struct BatchResult(ArrayBufferWriter<byte>? Bytes, string? Error, int Tokens, Document? Large);
}
