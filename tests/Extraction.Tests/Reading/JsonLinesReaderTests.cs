using System.Text;
using Extraction.Reading;

namespace Extraction.Tests.Reading;

public class JsonLinesReaderTests
{
    private static List<InputRecord> Read(string content) =>
        JsonLinesReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(content)), "d.jsonl", "d").ToList();

    [Test]
    public void JsonLinesReader_ReadsFieldsAndFallsBackToLineIds()
    {
        var records = Read("{\"id\":\"a1\",\"text\":\"Xin chào\",\"title\":\"T\",\"date\":\"2024-09-23\",\"url\":\"http://x\"}\r\n\n{\"text\":\"Hai\"}\n{\"id\":7,\"text\":\"Ba\"}");
        Assert.That(records.Select(r => (r.Id, r.Line, r.Text, r.Title, r.Date)), Is.EqualTo(new[]
        {
            ("a1", 1L, (string?)"Xin chào", (string?)"T", (string?)"2024-09-23"),
            ("d:3", 3L, "Hai", null, null),
            ("7", 4L, "Ba", null, null),
        }));
    }

    private static IEnumerable<TestCaseData> BadLines()
    {
        yield return new TestCaseData("{\"text\": \"ok\"", "malformed JSON").SetName("JsonLinesReader_MalformedLine");
        yield return new TestCaseData("{\"id\":\"x\",\"title\":\"no text\"}", "no \"text\" string field").SetName("JsonLinesReader_MissingText");
        yield return new TestCaseData("{\"text\": 5}", "no \"text\" string field").SetName("JsonLinesReader_TextNotAString");
        yield return new TestCaseData("{\"text\": \"   \"}", "empty document").SetName("JsonLinesReader_EmptyText");
        yield return new TestCaseData("[1,2,3]", "line is not a JSON object").SetName("JsonLinesReader_NotAnObject");
        yield return new TestCaseData(new string('[', 200) + new string(']', 200), "malformed JSON").SetName("JsonLinesReader_DeeplyNested");
    }

    [TestCaseSource(nameof(BadLines))]
    public void JsonLinesReader_BadLineBecomesErrorAndNeighboursSurvive(string bad, string error)
    {
        var records = Read("{\"text\":\"trước\"}\n" + bad + "\n{\"text\":\"sau\"}\n");
        Assert.That(records, Has.Count.EqualTo(3));
        Assert.That(records[0].Text, Is.EqualTo("trước"));
        Assert.That(records[1].Error, Does.StartWith(error));
        Assert.That(records[1].Line, Is.EqualTo(2));
        Assert.That(records[2].Text, Is.EqualTo("sau"));
    }

    [Test]
    public void JsonLinesReader_InvalidUtf8LineBecomesError()
    {
        byte[] bytes = [.. "{\"text\":\"a\"}\n{\"text\":\"b"u8.ToArray(), 0xFF, .. "\"}\n{\"text\":\"c\"}"u8.ToArray()];
        var records = JsonLinesReader.Read(new MemoryStream(bytes), "d.jsonl", "d").ToList();
        Assert.That(records.Select(r => r.Text ?? r.Error), Is.EqualTo(new[] { "a", "not valid UTF-8", "c" }));
    }

    [Test]
    public void JsonLinesReader_BomOnFirstLineIsIgnored()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. "{\"text\":\"a\"}"u8.ToArray()];
        Assert.That(JsonLinesReader.Read(new MemoryStream(bytes), "d.jsonl", "d").Single().Text, Is.EqualTo("a"));
    }

    [Test]
    public void JsonLinesReader_LinesLongerThanTheBufferAreRead()
    {
        string text = new string('x', 300_000);
        var records = Read("{\"text\":\"" + text + "\"}\n{\"text\":\"y\"}");
        Assert.That(records.Select(r => r.Text!.Length), Is.EqualTo(new[] { 300_000, 1 }));
    }
}

public class LineLimitTests
{
    [Test]
    public void JsonLinesReader_OversizeLineBecomesAnErrorWithoutBufferingIt()
    {
        var content = new MemoryStream();
        content.Write("{\"text\":\"trước\"}\n{\"text\":\""u8);
        content.Write(Enumerable.Repeat((byte)'a', LineSplitter.MaxLineBytes + 10).ToArray());
        content.Write("\"}\n{\"text\":\"sau\"}\n"u8);
        content.Position = 0;
        var records = JsonLinesReader.Read(content, "d.jsonl", "d").ToList();
        Assert.That(records.Select(r => r.Text ?? r.Error), Is.EqualTo(new[] { "trước", "line longer than 4 MB", "sau" }));
        Assert.That(records[1].Line, Is.EqualTo(2));
    }
}
