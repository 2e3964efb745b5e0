using System.Text.Json;

namespace Extraction.Reading;

/// <summary>
/// Streams a <c>.jsonl</c>/<c>.ndjson</c> dump, one article per line (<c>text</c> required; <c>id</c>,
/// <c>title</c>, <c>date</c>, <c>url</c> optional). Every non-blank line yields a record or an error record.
/// </summary>
public static class JsonLinesReader
{
    private static readonly JsonDocumentOptions Options = new() { MaxDepth = 64 };

    /// <param name="stream">The dump; read forward once, never buffered whole.</param>
    /// <param name="source">The path reported in records.</param>
    /// <param name="fileId">Prefix of ids for lines without an <c>id</c>.</param>
    public static IEnumerable<InputRecord> Read(Stream stream, string source, string fileId)
    {
        using var lines = new LineSplitter(stream);
        while (lines.TryReadLine(out var line, out bool tooLong))
        {
            long n = lines.LineNumber;
            string fallbackId = $"{fileId}:{n}";
            if (tooLong)
            {
                yield return InputRecord.Failure(fallbackId, source, n, $"line longer than {LineSplitter.MaxLineBytes / (1024 * 1024)} MB");
                continue;
            }
            var bytes = n == 1 ? Utf8Text.WithoutBom(line.Span) : line.Span;
            if (IsBlank(bytes))
            {
                continue;
            }
            yield return ParseLine(bytes, source, n, fallbackId);
        }
    }

    internal static InputRecord ParseLine(ReadOnlySpan<byte> bytes, string source, long n, string fallbackId)
    {
        if (!System.Text.Unicode.Utf8.IsValid(bytes))
        {
            return InputRecord.Failure(fallbackId, source, n, "not valid UTF-8");
        }
        JsonDocument json;
        try
        {
            json = JsonDocument.Parse(bytes.ToArray(), Options);
        }
        catch (JsonException e)
        {
            return InputRecord.Failure(fallbackId, source, n, $"malformed JSON: {FirstLine(e.Message)}");
        }
        using (json)
        {
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return InputRecord.Failure(fallbackId, source, n, "line is not a JSON object");
            }
            string id;
            string? title, date;
            try
            {
                id = ScalarOf(root, "id") ?? fallbackId;
                title = ScalarOf(root, "title");
                date = ScalarOf(root, "date");
            }
            catch (InvalidOperationException)
            {
                return InputRecord.Failure(fallbackId, source, n, "a metadata field is not valid Unicode (a lone surrogate escape)");
            }
            if (!root.TryGetProperty("text", out var textElement) || textElement.ValueKind != JsonValueKind.String)
            {
                return InputRecord.Failure(id, source, n, "no \"text\" string field");
            }
            string text;
            try
            {
                text = textElement.GetString()!;
            }
            catch (InvalidOperationException)
            {
                return InputRecord.Failure(id, source, n, "\"text\" is not valid Unicode (a lone surrogate escape)");
            }
            if (string.IsNullOrWhiteSpace(text))
            {
                return InputRecord.Failure(id, source, n, "empty document");
            }
            return new InputRecord(id, source, n, text, title, date, null);
        }
    }

    private static string? ScalarOf(JsonElement root, string name)
    {
        if (!root.TryGetProperty(name, out var value))
        {
            return null;
        }
        return value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number => value.GetRawText(),
            _ => null,
        };
    }

    private static bool IsBlank(ReadOnlySpan<byte> bytes)
    {
        foreach (byte b in bytes)
        {
            if (b is not ((byte)' ' or (byte)'\t' or (byte)'\r'))
            {
                return false;
            }
        }
        return true;
    }

    private static string FirstLine(string message)
    {
        int nl = message.IndexOf('\n');
        return nl < 0 ? message : message[..nl];
    }
}
