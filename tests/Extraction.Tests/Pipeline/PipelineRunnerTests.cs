using System.Text;
using Extraction.Pipeline;
using Extraction.Reading;

namespace Extraction.Tests.Pipeline;

public class PipelineRunnerTests
{
    private static readonly Lazy<ExtractionPipeline> WithModel = new(() => PipelineFactory.Create(ModelBundle.Load(Path.Combine(RepoPaths.Root, "models", "tagger"))));

    private static (string Output, string Errors, RunSummary Summary) Run(IEnumerable<InputRecord> records, int threads, int batch = 256)
    {
        var output = new MemoryStream();
        var errors = new StringWriter();
        var runner = new PipelineRunner(WithModel.Value, threads, errors) { BatchDocuments = batch };
        var summary = runner.Run(records, output);
        return (Encoding.UTF8.GetString(output.ToArray()), errors.ToString(), summary);
    }

    private static IEnumerable<InputRecord> ManyDocuments()
    {
        string[] seeds = Directory.GetFiles(RepoPaths.Seeds, "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText).ToArray();
        for (int i = 0; i < 40; i++)
        {
            string text = seeds[i % seeds.Length];
            yield return new InputRecord($"doc{i}", "mem", i + 1, text[(i * 37 % 500)..], null, null, null);
        }
    }

    [Test]
    public void PipelineRunner_OutputIsByteIdenticalWhateverTheThreadCount()
    {
        var one = Run(ManyDocuments(), threads: 1).Output;
        var two = Run(ManyDocuments(), threads: 2, batch: 7).Output;
        var eight = Run(ManyDocuments(), threads: 8, batch: 3).Output;
        Assert.That(two, Is.EqualTo(one));
        Assert.That(eight, Is.EqualTo(one));
        Assert.That(one.Split('\n', StringSplitOptions.RemoveEmptyEntries), Has.Length.EqualTo(40));
        Assert.That(one, Does.Contain("\"type\":\"MET_WITH\""), "the model's layers are part of what must not vary");
    }

    [Test]
    public void PipelineRunner_BadDocumentsBecomeErrorLinesAndRecords()
    {
        using var dir = new TempDir();
        dir.File("a.txt", "Bài tốt.");
        dir.File("b.txt", new byte[] { 0x41, 0xFF, 0x42 });
        dir.File("c.txt", "   ");
        dir.File("d.jsonl", "{\"text\":\"một\"}\n{broken\n{\"id\":\"x\"}\n{\"text\":\"hai\"}\n");
        var records = new InputReader().Read([dir.Path]);
        var (output, errors, summary) = Run(records, threads: 2);
        string[] lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.That(lines, Has.Length.EqualTo(7));
        Assert.That(summary.Errors, Is.EqualTo(4));
        Assert.That(lines[1], Is.EqualTo($"{{\"id\":\"b\",\"source\":\"{Path.Combine(dir.Path, "b.txt")}\",\"error\":\"not valid UTF-8\"}}"));
        Assert.That(lines[2], Does.Contain("\"error\":\"empty document\""));
        Assert.That(lines[4], Does.Contain("\"id\":\"d:2\"").And.Contain("\"line\":2").And.Contain("malformed JSON"));
        Assert.That(lines[5], Does.Contain("\"id\":\"x\"").And.Contain("no \\\"text\\\" string field"));
        Assert.That(lines[6], Does.Contain("\"text\":\"hai\""));
        string[] errorLines = errors.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.That(errorLines, Has.Length.EqualTo(4));
        Assert.That(errorLines[0], Is.EqualTo($"{Path.Combine(dir.Path, "b.txt")}: not valid UTF-8"));
        Assert.That(errorLines[1], Is.EqualTo($"{Path.Combine(dir.Path, "c.txt")}: empty document"));
        Assert.That(errorLines[2], Does.StartWith($"{Path.Combine(dir.Path, "d.jsonl")}:2: malformed JSON: "));
        Assert.That(errorLines[3], Is.EqualTo($"{Path.Combine(dir.Path, "d.jsonl")}:3: no \"text\" string field"));
    }

    [Test]
    public void PipelineRunner_DecomposedAndComposedInputGiveTheSameRecord()
    {
        string composed = "Thủ tướng Phạm Minh Chính thăm Đà Nẵng.";
        var a = Run([new InputRecord("d", "m", 1, composed, null, null, null)], 1).Output;
        var b = Run([new InputRecord("d", "m", 1, composed.Normalize(NormalizationForm.FormD), null, null, null)], 1).Output;
        Assert.That(b, Is.EqualTo(a));
    }
}
