using System.Text;
using Extraction.Output;
using Extraction.Pipeline;
using Extraction.Reading;

namespace Extraction.Tests.Pipeline;

/// <summary>Interrupted runs leave whole records, and --resume finishes them without duplicating or skipping a document.</summary>
public class ResumeTests
{
    private static string MakeInputs(TempDir dir)
    {
        string inputs = Path.Combine(dir.Path, "in");
        string[] seeds = Directory.GetFiles(RepoPaths.Seeds, "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText).ToArray();
        var dump = new StringBuilder();
        for (int i = 0; i < 60; i++)
        {
            dump.Append(System.Text.Json.JsonSerializer.Serialize(new { id = $"d{i}", text = seeds[i % 2][(i * 97 % 3000)..(i * 97 % 3000 + 1500)] })).Append('\n');
        }
        dir.File("in/a.jsonl", dump.ToString());
        dir.File("in/b.txt", seeds[0]);
        return inputs;
    }

    private static byte[] RunToEnd(string inputs, string output, bool resume)
    {
        Assert.That(Extraction.Cli.Program.Run(["run", inputs, "-o", output, "--quiet", .. resume ? new[] { "--resume" } : []]), Is.Zero);
        return File.ReadAllBytes(output);
    }

    [Test]
    public void Resume_AfterAKillMidRecordGivesTheSameOutput()
    {
        using var dir = new TempDir();
        string inputs = MakeInputs(dir);
        byte[] full = RunToEnd(inputs, Path.Combine(dir.Path, "full.jsonl"), resume: false);
        int cut = 0;
        for (int n = 0; n < 20; cut++)
        {
            if (full[cut] == (byte)'\n')
            {
                n++;
            }
        }
        string partial = Path.Combine(dir.Path, "partial.jsonl");
        File.WriteAllBytes(partial, full[..(cut + 300)]);
        Assert.That(ResumePoint.Of(partial), Is.EqualTo(new ResumePoint(20, cut)));
        Assert.That(RunToEnd(inputs, partial, resume: true), Is.EqualTo(full));
    }

    [Test]
    public void Resume_OfACompleteOutputChangesNothing()
    {
        using var dir = new TempDir();
        string inputs = MakeInputs(dir);
        string output = Path.Combine(dir.Path, "out.jsonl");
        byte[] full = RunToEnd(inputs, output, resume: false);
        Assert.That(RunToEnd(inputs, output, resume: true), Is.EqualTo(full));
    }

    [Test]
    public void Interruption_LeavesWholeRecordsThatResumeCompletes()
    {
        using var dir = new TempDir();
        string inputs = MakeInputs(dir);
        byte[] full = RunToEnd(inputs, Path.Combine(dir.Path, "full.jsonl"), resume: false);
        string output = Path.Combine(dir.Path, "cut.jsonl");
        using var cancel = new CancellationTokenSource();
        var pipeline = PipelineFactory.Create(ModelBundle.Load(Path.Combine(RepoPaths.Root, "models", "tagger")));
        var runner = new PipelineRunner(pipeline, 2, TextWriter.Null) { BatchDocuments = 8, Progress = s => { if (s.Documents >= 16) { cancel.Cancel(); } } };
        RunSummary summary;
        using (var stream = new FileStream(output, FileMode.Create))
        {
            summary = runner.Run(new InputReader().Read([inputs]), stream, cancel.Token);
        }
        Assert.That(summary.Cancelled);
        byte[] cutBytes = File.ReadAllBytes(output);
        Assert.That(cutBytes[^1], Is.EqualTo((byte)'\n'));
        Assert.That(cutBytes, Is.EqualTo(full[..cutBytes.Length]));
        Assert.That(summary.Documents, Is.EqualTo(16));
        Assert.That(RunToEnd(inputs, output, resume: true), Is.EqualTo(full));
    }
}
