using System.Diagnostics;
using System.Globalization;
using System.Text.Json;

namespace Extraction.Tests.Cli;

public class RunCommandTests
{
    /// <summary>Code point slice, as Python's str slicing (the contract's offsets).</summary>
    private static string Slice(string text, int start, int end)
    {
        var info = StringInfo.GetTextElementEnumerator(text);
        int[] cps = text.EnumerateRunes().Select(r => r.Value).ToArray();
        return string.Concat(cps[start..end].Select(char.ConvertFromUtf32));
    }

    [Test]
    public void RunCommand_SeedsGiveOneRecordEachWithConsistentOffsets()
    {
        using var dir = new TempDir();
        string output = Path.Combine(dir.Path, "out.jsonl");
        int exit = Extraction.Cli.Program.Run(["run", RepoPaths.Seeds, "-o", output]);
        Assert.That(exit, Is.Zero);
        var records = File.ReadAllLines(output).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.That(records.Select(r => r.GetProperty("id").GetString()), Is.EqualTo(new[] { "000_2d1773ccbd889302", "002_d6675818783ab4fa" }));
        foreach (var r in records)
        {
            string text = r.GetProperty("text").GetString()!;
            Assert.That(text, Is.EqualTo(File.ReadAllText(Path.Combine(RepoPaths.Seeds, r.GetProperty("id").GetString() + ".txt")).Normalize()));
            Assert.That(r.GetProperty("sentences").GetArrayLength(), Is.GreaterThan(50));
            foreach (var m in r.GetProperty("mentions").EnumerateArray())
            {
                Assert.That(Slice(text, m.GetProperty("start").GetInt32(), m.GetProperty("end").GetInt32()), Is.EqualTo(m.GetProperty("text").GetString()));
            }
            foreach (var rel in r.GetProperty("relations").EnumerateArray())
            {
                if (rel.GetProperty("trigger") is { ValueKind: JsonValueKind.Object } t)
                {
                    Assert.That(Slice(text, t.GetProperty("start").GetInt32(), t.GetProperty("end").GetInt32()), Is.EqualTo(t.GetProperty("text").GetString()));
                }
            }
        }
    }

    [Test]
    public void RunCommand_MissingInputExitsWithOneLine()
    {
        var error = new StringWriter();
        var saved = Console.Error;
        Console.SetError(error);
        try
        {
            Assert.That(Extraction.Cli.Program.Run(["run", "/no/such/dir", "-o", "/tmp/x.jsonl"]), Is.EqualTo(2));
        }
        finally
        {
            Console.SetError(saved);
        }
        Assert.That(error.ToString(), Is.EqualTo("input not found: /no/such/dir" + Environment.NewLine));
    }
}

public class SeedExtractionTests
{
    /// <summary>The committed model, run as users run it, finds the people, roles and places of the seed gold.</summary>
    [Test]
    public void RunCommand_FindsThePeopleRolesAndPlacesOfTheSeeds()
    {
        using var dir = new TempDir();
        string output = Path.Combine(dir.Path, "out.jsonl");
        Assert.That(Extraction.Cli.Program.Run(["run", RepoPaths.Seeds, "-o", output, "--quiet"]), Is.Zero);
        var found = File.ReadAllLines(output).Select(l => System.Text.Json.JsonDocument.Parse(l).RootElement)
            .SelectMany(r => r.GetProperty("mentions").EnumerateArray().Select(m => $"{r.GetProperty("id").GetString()}\t{m.GetProperty("type").GetString()}\t{m.GetProperty("text").GetString()}"))
            .ToHashSet();
        var expected = File.ReadLines(RepoPaths.Fixture("seed_entities.tsv")).Where(l => l.Length > 0 && l[0] != '#').Select(l => l.Split('\t')).ToList();
        var missed = expected.Where(e => !found.Contains($"{e[0]}\t{e[1]}\t{e[2]}")).ToList();
        TestContext.Out.WriteLine($"found {expected.Count - missed.Count} of {expected.Count}; missed: " + string.Join("; ", missed.Select(m => $"{m[1]} {m[2]}")));
        Assert.That(missed.Where(m => m[3] == "core").Select(m => $"{m[1]} {m[2]}"), Is.Empty);
        Assert.That(expected.Count - missed.Count, Is.GreaterThanOrEqualTo(0.8 * expected.Count), string.Join("; ", missed.Select(m => $"{m[1]} {m[2]}")));
    }
}
