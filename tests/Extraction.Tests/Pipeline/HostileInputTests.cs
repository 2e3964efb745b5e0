using System.Diagnostics;
using System.Text;
using System.Text.Json;
using Extraction.Pipeline;
using Extraction.Reading;

namespace Extraction.Tests.Pipeline;

/// <summary>Hostile input through the whole pipeline with the committed model: no crash, no hang, error records where due.</summary>
public class HostileInputTests
{
    private static readonly Lazy<ExtractionPipeline> Pipeline = new(() => PipelineFactory.Create(ModelBundle.Load(Path.Combine(RepoPaths.Root, "models", "tagger"))));

    private static List<JsonElement> Run(string fileName, byte[] content, TimeSpan limit)
    {
        using var dir = new TempDir();
        string path = dir.File(fileName, content);
        var output = new MemoryStream();
        var clock = Stopwatch.StartNew();
        new PipelineRunner(Pipeline.Value, 2, TextWriter.Null).Run(new InputReader().Read([path]), output);
        Assert.That(clock.Elapsed, Is.LessThan(limit), "took too long");
        string text = Encoding.UTF8.GetString(output.ToArray());
        Assert.That(text, Does.EndWith("\n"));
        return text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement.Clone()).ToList();
    }

    private static byte[] Utf8(string s) => Encoding.UTF8.GetBytes(s);

    private static string Json(string text) => JsonSerializer.Serialize(new { text });

    [Test]
    public void Hostile_RandomBytes()
    {
        var random = new Random(42);
        var bytes = new byte[200_000];
        random.NextBytes(bytes);
        var asText = Run("random.txt", bytes, TimeSpan.FromSeconds(30));
        Assert.That(asText.Single().GetProperty("error").GetString(), Is.EqualTo("not valid UTF-8"));
        var asDump = Run("random.jsonl", bytes, TimeSpan.FromSeconds(30));
        Assert.That(asDump, Is.Not.Empty);
        Assert.That(asDump.All(r => r.TryGetProperty("error", out _)));
    }

    /// <summary>A 10 MB line is no article: it becomes an error record (bounding memory); a 3 MB one is processed whole.</summary>
    [Test]
    public void Hostile_TenMegabyteLineAndNeighbours()
    {
        string sentence = "Thủ tướng Phạm Minh Chính gặp Tổng thống Joko Widodo tại Jakarta ngày 2/9/2024 ";
        string huge = string.Concat(Enumerable.Repeat(sentence, 130_000))[..10_000_000];
        string large = string.Concat(Enumerable.Repeat(sentence, 30_000));
        var records = Run("big.jsonl", Utf8(Json("Trước.") + "\n" + Json(huge) + "\n" + Json(large) + "\n" + Json("Sau.") + "\n"), TimeSpan.FromSeconds(120));
        Assert.That(records, Has.Count.EqualTo(4));
        Assert.That(records[1].GetProperty("error").GetString(), Is.EqualTo("line longer than 4 MB"));
        Assert.That(records[2].GetProperty("mentions").GetArrayLength(), Is.GreaterThan(100_000), "the 3 MB document is tagged whole");
        Assert.That(records[3].GetProperty("text").GetString(), Is.EqualTo("Sau."));
    }

    [Test]
    public void Hostile_PunctuationDigitsControlCharactersRtlAndEmoji()
    {
        string[] texts =
        [
            new string('.', 100_000),
            string.Concat(Enumerable.Repeat("!?…,;:()[]{}\"'", 5000)),
            string.Concat(Enumerable.Repeat("0123456789/-. ", 20_000)),
            "\u0001\u0002\u0007\u001b[31m Tô Lâm \u0000 gặp \u200b\u200e Joe Biden \uFEFF",
            "مرحبا بالعالم שלום עולם Tô Lâm 😀🇻🇳👨‍👩‍👧 gặp Joe Biden 𝕏",
        ];
        var records = Run("odd.jsonl", Utf8(string.Join("\n", texts.Select(Json))), TimeSpan.FromSeconds(60));
        Assert.That(records, Has.Count.EqualTo(5));
        Assert.That(records.Any(r => r.TryGetProperty("error", out _)), Is.False);
        foreach (var r in records)
        {
            var cps = r.GetProperty("text").GetString()!.EnumerateRunes().Select(x => x.ToString()).ToArray();
            foreach (var m in r.GetProperty("mentions").EnumerateArray())
            {
                Assert.That(string.Concat(cps[m.GetProperty("start").GetInt32()..m.GetProperty("end").GetInt32()]), Is.EqualTo(m.GetProperty("text").GetString()));
            }
        }
    }

    [Test]
    public void Hostile_DeeplyNestedJsonAndBadShapes()
    {
        string[] lines =
        [
            new string('[', 100_000) + new string(']', 100_000),
            "{\"text\":" + new string('[', 5000) + "1" + new string(']', 5000) + "}",
            "{\"text\":\"ok\",\"id\":{\"a\":[1,2,{\"b\":null}]}}",
            "\"just a string\"",
            "null",
            "{\"text\":\"\\ud800 lone surrogate\"}",
            "{\"text\":\"cuối\"}",
        ];
        var records = Run("nested.jsonl", Utf8(string.Join("\n", lines)), TimeSpan.FromSeconds(30));
        Assert.That(records, Has.Count.EqualTo(7));
        Assert.That(records.Take(2).Concat(records.Skip(3).Take(2)).All(r => r.TryGetProperty("error", out _)));
        Assert.That(records[2].GetProperty("id").GetString(), Is.EqualTo("nested:3"));
        Assert.That(records[6].GetProperty("text").GetString(), Is.EqualTo("cuối"));
    }

    [Test]
    public void Hostile_HugeNumbersOfTinyDocuments()
    {
        var dump = new StringBuilder();
        for (int i = 0; i < 100_000; i++)
        {
            dump.Append(i % 3 == 0 ? "{\"text\":\"a\"}\n" : i % 3 == 1 ? "{\"text\":\"Hà Nội\"}\n" : "{\"text\":\"1\"}\n");
        }
        var records = Run("tiny.jsonl", Utf8(dump.ToString()), TimeSpan.FromSeconds(60));
        Assert.That(records, Has.Count.EqualTo(100_000));
        Assert.That(records[^1].GetProperty("id").GetString(), Is.EqualTo("tiny:100000"));
    }

    [Test]
    public void Hostile_HundredThousandRepeatedNames()
    {
        string text = string.Concat(Enumerable.Repeat("Tô Lâm, ", 100_000)) + "và Joe Biden.";
        var records = Run("names.jsonl", Utf8(Json(text)), TimeSpan.FromSeconds(60));
        var record = records.Single();
        Assert.That(record.GetProperty("mentions").GetArrayLength(), Is.GreaterThan(90_000));
        Assert.That(record.GetProperty("entities").GetArrayLength(), Is.LessThan(100));
    }
}
