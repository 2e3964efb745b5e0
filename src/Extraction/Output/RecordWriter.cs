using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using Extraction.Documents;
using Extraction.Reading;

namespace Extraction.Output;

/// <summary>
/// Writes the contract's JSON Lines record for a document, or an error record for an input that could
/// not be read, as UTF-8 bytes ending in a newline. Offsets are converted to code points here.
/// </summary>
public static class RecordWriter
{
    private static readonly JsonWriterOptions Options = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = false,
        SkipValidation = false,
    };

    /// <summary>Writes the record; <paramref name="withScores"/> false writes gold records (without scores).</summary>
    public static void Write(Document document, IBufferWriter<byte> output, bool withScores = true)
    {
        using (var json = new Utf8JsonWriter(output, Options))
        {
            Write(document, json, withScores);
        }
        output.Write("\n"u8);
    }

    /// <summary>Writes the record straight to a stream in pieces, so a huge document is never buffered whole.</summary>
    public static void Write(Document document, Stream output, bool withScores = true)
    {
        using (var json = new Utf8JsonWriter(output, Options))
        {
            Write(document, json, withScores);
        }
        output.Write("\n"u8);
    }

    private static void Write(Document document, Utf8JsonWriter json, bool withScores)
    {
        var map = new CodePointMap(document.Text);
        {
            json.WriteStartObject();
            json.WriteString("id", document.Id);
            json.WriteString("source", document.Source);
            WriteNullable(json, "title", document.Title);
            WriteNullable(json, "date", document.Date);
            json.WriteString("text", document.Text);

            json.WriteStartArray("sentences");
            foreach (var s in document.Sentences)
            {
                json.WriteStartObject();
                json.WriteNumber("start", map.ToCodePoint(s.Start));
                json.WriteNumber("end", map.ToCodePoint(s.End));
                json.WriteEndObject();
            }
            json.WriteEndArray();

            json.WriteStartArray("mentions");
            for (int i = 0; i < document.Mentions.Count; i++)
            {
                var m = document.Mentions[i];
                json.WriteStartObject();
                json.WriteString("id", MentionId(i));
                json.WriteString("type", TypeNames.Name(m.Type));
                json.WriteNumber("start", map.ToCodePoint(m.Start));
                json.WriteNumber("end", map.ToCodePoint(m.End));
                json.WriteString("text", m.Text);
                json.WriteNumber("sentence", m.Sentence);
                json.WriteString("entity", EntityId(m.Entity));
                if (m.Type == MentionType.Date)
                {
                    json.WriteString("value", m.Value ?? "XXXX");
                }
                if (withScores)
                {
                    json.WriteNumber("score", Math.Round(m.Score, 4));
                }
                json.WriteEndObject();
                FlushLarge(json);
            }
            json.WriteEndArray();

            json.WriteStartArray("entities");
            for (int i = 0; i < document.Entities.Count; i++)
            {
                var e = document.Entities[i];
                json.WriteStartObject();
                json.WriteString("id", EntityId(i));
                json.WriteString("type", TypeNames.Name(e.Type));
                json.WriteString("name", e.Name);
                json.WriteStartArray("mentions");
                foreach (int m in e.Mentions)
                {
                    json.WriteStringValue(MentionId(m));
                }
                json.WriteEndArray();
                json.WriteEndObject();
                FlushLarge(json);
            }
            json.WriteEndArray();

            json.WriteStartArray("relations");
            foreach (var r in document.Relations)
            {
                json.WriteStartObject();
                json.WriteString("type", TypeNames.Name(r.Type));
                json.WriteString("head", EntityId(r.Head));
                json.WriteString("tail", EntityId(r.Tail));
                json.WriteStartArray("sentences");
                foreach (int s in r.Sentences)
                {
                    json.WriteNumberValue(s);
                }
                json.WriteEndArray();
                if (r.Trigger is { } t)
                {
                    json.WriteStartObject("trigger");
                    json.WriteNumber("start", map.ToCodePoint(t.Start));
                    json.WriteNumber("end", map.ToCodePoint(t.End));
                    json.WriteString("text", document.Slice(t.Start, t.End));
                    json.WriteEndObject();
                }
                else
                {
                    json.WriteNull("trigger");
                }
                if (r.Date is not null)
                {
                    json.WriteString("date", r.Date);
                }
                if (withScores)
                {
                    json.WriteNumber("score", Math.Round(r.Score, 4));
                }
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
    }

    /// <summary>Hands pending bytes to the output once they pass 64 KB, bounding the writer's own buffer.</summary>
    private static void FlushLarge(Utf8JsonWriter json)
    {
        if (json.BytesPending > 1 << 16)
        {
            json.Flush();
        }
    }

    /// <summary>The error record of an input that could not be processed.</summary>
    public static void WriteError(InputRecord record, string error, IBufferWriter<byte> output)
    {
        using (var json = new Utf8JsonWriter(output, Options))
        {
            json.WriteStartObject();
            json.WriteString("id", record.Id);
            json.WriteString("source", record.Source);
            if (record.Line > 0)
            {
                json.WriteNumber("line", record.Line);
            }
            json.WriteString("error", error);
            json.WriteEndObject();
        }
        output.Write("\n"u8);
    }

    public static string MentionId(int index) => "m" + index.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static string EntityId(int index) => "e" + index.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static void WriteNullable(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteString(name, value);
        }
    }
}
