using System.Buffers;
using System.Text;
using System.Text.Json;
using Extraction.Documents;
using Extraction.Output;

namespace Extraction.Tests.Output;

public class RecordWriterTests
{
    [Test]
    public void RecordWriter_WritesCodePointOffsets()
    {
        string text = "😀 Tô Lâm";
        var doc = new Document("d", "s.txt", text);
        doc.Sentences.Add(new TextSpan(0, text.Length));
        doc.Mentions.Add(new Mention(MentionType.Person, 3, 9, "Tô Lâm") { Entity = 0, Score = 0.987654 });
        doc.Entities.Add(new Entity(MentionType.Person, "Tô Lâm") { Mentions = { 0 } });
        var buffer = new ArrayBufferWriter<byte>();
        RecordWriter.Write(doc, buffer);
        string line = Encoding.UTF8.GetString(buffer.WrittenSpan);
        Assert.That(line, Is.EqualTo(
            "{\"id\":\"d\",\"source\":\"s.txt\",\"title\":null,\"date\":null,\"text\":\"\\uD83D\\uDE00 Tô Lâm\",\"sentences\":[{\"start\":0,\"end\":8}]," +
            "\"mentions\":[{\"id\":\"m0\",\"type\":\"PERSON\",\"start\":2,\"end\":8,\"text\":\"Tô Lâm\",\"sentence\":0,\"entity\":\"e0\",\"score\":0.9877}]," +
            "\"entities\":[{\"id\":\"e0\",\"type\":\"PERSON\",\"name\":\"Tô Lâm\",\"mentions\":[\"m0\"]}],\"relations\":[]}\n"));
    }

    [Test]
    public void RecordReader_ReadsBackWhatTheWriterWrote()
    {
        string text = "😀 Tô Lâm gặp 𝕏 Biden ngày 2/9";
        var doc = new Document("d", "s", text) { Date = "2024-09-23" };
        doc.Sentences.Add(new TextSpan(0, text.Length));
        doc.Mentions.Add(new Mention(MentionType.Person, 3, 9, "Tô Lâm") { Entity = 0 });
        doc.Mentions.Add(new Mention(MentionType.Person, 17, 22, "Biden") { Entity = 1 });
        doc.Mentions.Add(new Mention(MentionType.Date, 23, 31, "ngày 2/9") { Entity = 2, Value = "2024-09-02" });
        doc.Entities.Add(new Entity(MentionType.Person, "Tô Lâm") { Mentions = { 0 } });
        doc.Entities.Add(new Entity(MentionType.Person, "Biden") { Mentions = { 1 } });
        doc.Entities.Add(new Entity(MentionType.Date, "ngày 2/9") { Mentions = { 2 } });
        doc.Relations.Add(new Relation(RelationType.MetWith, 0, 1) { Sentences = { 0 }, Trigger = new TextSpan(10, 13), Date = "2024-09-02" });
        var first = new ArrayBufferWriter<byte>();
        RecordWriter.Write(doc, first);
        var back = RecordReader.Parse(first.WrittenSpan)!;
        Assert.That(back.Mentions.Select(m => text[m.Start..m.End]), Is.EqualTo(new[] { "Tô Lâm", "Biden", "ngày 2/9" }));
        var second = new ArrayBufferWriter<byte>();
        RecordWriter.Write(back, second);
        Assert.That(Encoding.UTF8.GetString(second.WrittenSpan), Is.EqualTo(Encoding.UTF8.GetString(first.WrittenSpan)));
        using var json = JsonDocument.Parse(first.WrittenMemory);
        Assert.That(json.RootElement.GetProperty("relations")[0].GetProperty("trigger").GetProperty("text").GetString(), Is.EqualTo("gặp"));
    }
}
