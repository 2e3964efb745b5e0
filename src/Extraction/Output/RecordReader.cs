using System.Text.Json;
using Extraction.Documents;
using Extraction.Reading;

namespace Extraction.Output;

/// <summary>
/// Reads the contract's JSON Lines records (a dataset written by <c>run</c>, or the annotated corpus)
/// back into documents, converting code point offsets to UTF-16. Error records are skipped.
/// </summary>
public static class RecordReader
{
    /// <summary>Streams the documents of a dataset file.</summary>
    public static IEnumerable<Document> ReadFile(string path)
    {
        using var stream = File.OpenRead(path);
        foreach (var document in Read(stream, path))
        {
            yield return document;
        }
    }

    /// <summary>Streams the documents of a dataset; a malformed line throws with its number.</summary>
    public static IEnumerable<Document> Read(Stream stream, string source)
    {
        using var lines = new LineSplitter(stream);
        while (lines.TryReadLine(out var line, out bool tooLong))
        {
            if (tooLong)
            {
                throw new InvalidDataException($"{source}:{lines.LineNumber}: line too long");
            }
            var bytes = lines.LineNumber == 1 ? Utf8Text.WithoutBom(line.Span) : line.Span;
            if (bytes.Trim((byte)' ').IsEmpty)
            {
                continue;
            }
            Document? document;
            try
            {
                document = Parse(bytes);
            }
            catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
            {
                throw new InvalidDataException($"{source}:{lines.LineNumber}: not a dataset record ({e.Message})", e);
            }
            if (document is not null)
            {
                yield return document;
            }
        }
    }

    /// <summary>Parses one record; null for an error record.</summary>
    public static Document? Parse(ReadOnlySpan<byte> utf8)
    {
        var reader = new Utf8JsonReader(utf8);
        using var json = JsonDocument.ParseValue(ref reader);
        var root = json.RootElement;
        if (root.TryGetProperty("error", out _))
        {
            return null;
        }
        string text = root.GetProperty("text").GetString()!;
        var map = new CodePointMap(text);
        var document = new Document(
            root.GetProperty("id").ToString(),
            root.TryGetProperty("source", out var src) && src.ValueKind == JsonValueKind.String ? src.GetString()! : "",
            text)
        {
            Title = OptionalString(root, "title"),
            Date = OptionalString(root, "date"),
        };
        if (root.TryGetProperty("sentences", out var sentences))
        {
            foreach (var s in sentences.EnumerateArray())
            {
                document.Sentences.Add(new TextSpan(map.ToUtf16(s.GetProperty("start").GetInt32()), map.ToUtf16(s.GetProperty("end").GetInt32())));
            }
        }
        var mentionIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        if (root.TryGetProperty("mentions", out var mentions))
        {
            foreach (var m in mentions.EnumerateArray())
            {
                if (!TypeNames.TryParseMention(m.GetProperty("type").GetString()!, out var type))
                {
                    throw new FormatException($"unknown mention type {m.GetProperty("type")}");
                }
                int start = map.ToUtf16(m.GetProperty("start").GetInt32());
                int end = map.ToUtf16(m.GetProperty("end").GetInt32());
                var mention = new Mention(type, start, end, text[start..end])
                {
                    Sentence = m.TryGetProperty("sentence", out var sn) ? sn.GetInt32() : 0,
                    Value = OptionalString(m, "value"),
                    Score = m.TryGetProperty("score", out var sc) ? sc.GetDouble() : 1.0,
                };
                mentionIndex[m.GetProperty("id").GetString()!] = document.Mentions.Count;
                document.Mentions.Add(mention);
            }
        }
        var entityIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        if (root.TryGetProperty("entities", out var entities))
        {
            foreach (var e in entities.EnumerateArray())
            {
                TypeNames.TryParseMention(e.GetProperty("type").GetString()!, out var type);
                var entity = new Entity(type, e.GetProperty("name").GetString()!);
                entityIndex[e.GetProperty("id").GetString()!] = document.Entities.Count;
                foreach (var mid in e.GetProperty("mentions").EnumerateArray())
                {
                    if (mentionIndex.TryGetValue(mid.GetString()!, out int mi))
                    {
                        entity.Mentions.Add(mi);
                        document.Mentions[mi].Entity = document.Entities.Count;
                    }
                }
                document.Entities.Add(entity);
            }
        }
        if (root.TryGetProperty("relations", out var relations))
        {
            foreach (var r in relations.EnumerateArray())
            {
                if (!TypeNames.TryParseRelation(r.GetProperty("type").GetString()!, out var type))
                {
                    throw new FormatException($"unknown relation type {r.GetProperty("type")}");
                }
                var relation = new Relation(type, entityIndex[r.GetProperty("head").GetString()!], entityIndex[r.GetProperty("tail").GetString()!])
                {
                    Date = OptionalString(r, "date"),
                    Score = r.TryGetProperty("score", out var sc) ? sc.GetDouble() : 1.0,
                };
                foreach (var s in r.GetProperty("sentences").EnumerateArray())
                {
                    relation.Sentences.Add(s.GetInt32());
                }
                if (r.TryGetProperty("trigger", out var t) && t.ValueKind == JsonValueKind.Object)
                {
                    relation.Trigger = new TextSpan(map.ToUtf16(t.GetProperty("start").GetInt32()), map.ToUtf16(t.GetProperty("end").GetInt32()));
                }
                document.Relations.Add(relation);
            }
        }
        return document;
    }

    private static string? OptionalString(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
