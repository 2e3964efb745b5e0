using System.Text.RegularExpressions;
using Extraction.Corpus;
using Extraction.Documents;
using Extraction.Entities;
using Extraction.Pipeline;
using Extraction.Relations;

namespace Extraction.Tests.Relations;

public class RelationLinkerTests
{
    private static readonly Lazy<ModelBundle> Model = new(() => ModelBundle.Load(Path.Combine(RepoPaths.Root, "models", "tagger")));

    private sealed record Case(string Name, Document Document, List<string> Expected, List<string> Forbidden);

    private static IEnumerable<Case> Cases()
    {
        var blocks = new List<(string Name, List<string> Lines, List<string> Expect, List<string> Forbid)>();
        foreach (string line in File.ReadLines(RepoPaths.Fixture("relations.txt")))
        {
            if (line.StartsWith("#doc ", StringComparison.Ordinal))
            {
                blocks.Add((line[5..], [], [], []));
            }
            else if (line.StartsWith("expect ", StringComparison.Ordinal))
            {
                blocks[^1].Expect.AddRange(Regex.Matches(line[7..], @"\w+\([^)]*\)").Select(m => m.Value));
            }
            else if (line.StartsWith("forbid ", StringComparison.Ordinal))
            {
                blocks[^1].Forbid.AddRange(Regex.Matches(line[7..], @"\w+\([^)]*\)").Select(m => m.Value));
            }
            else if (!line.StartsWith('#') && blocks.Count > 0)
            {
                blocks[^1].Lines.Add(line);
            }
        }
        foreach (var (name, lines, expect, forbid) in blocks)
        {
            var problems = new List<string>();
            var document = AuthoringParser.Parse(["#doc " + name, "#date 2024-10-01", .. lines], "fixture", problems).Single();
            Assert.That(problems, Is.Empty);
            yield return new Case(name, document, expect, forbid);
        }
    }

    private static IEnumerable<TestCaseData> Patterns() => Cases().Select(c => new TestCaseData(c).SetName("LearnedLinker_Finds_" + c.Name));

    private static string Describe(Document d, Relation r)
    {
        string text = $"{TypeNames.Name(r.Type)}({d.Entities[r.Head].Name}|{d.Entities[r.Tail].Name}";
        return text + (r.Date is null ? ")" : "@" + r.Date + ")");
    }

    [TestCaseSource(nameof(Patterns))]
    public void LearnedLinker_FindsEachPattern(object caseObject)
    {
        var c = (Case)caseObject;
        var model = Model.Value;
        Assert.That(model.Relations, Is.Not.Null, "the committed model uses the learned linker");
        var d = c.Document;
        d.Relations.Clear();
        new TokenizeStage().Process(d);
        new EntityGrouper(model.Lexicons.Aliases).Group(d);
        new LearnedLinker(model.Relations!, model.Lexicons).Link(d);
        var found = d.Relations.Select(r => Describe(d, r)).ToList();
        var withoutDates = found.Select(f => Regex.Replace(f, "@[^)]*", "")).ToList();
        foreach (string expected in c.Expected)
        {
            var pool = expected.Contains('@') ? found : withoutDates;
            Assert.That(pool.Contains(expected) || (expected.StartsWith("MET_WITH") && pool.Contains(Swap(expected))),
                $"missing {expected}; found {string.Join(", ", found)}");
        }
        foreach (string forbidden in c.Forbidden)
        {
            Assert.That(withoutDates, Does.Not.Contain(forbidden).And.Not.Contain(Swap(forbidden)), $"found {string.Join(", ", found)}");
        }
    }

    private static string Swap(string relation)
    {
        var m = Regex.Match(relation, @"^(\w+)\(([^|]*)\|([^)@]*)(@[^)]*)?\)$");
        return $"{m.Groups[1].Value}({m.Groups[3].Value}|{m.Groups[2].Value}{m.Groups[4].Value})";
    }

    /// <summary>The pattern baseline finds the plainest patterns too (it is what the learned linker is compared with).</summary>
    [Test]
    public void PatternLinker_FindsTitleChainsAndTriggers()
    {
        var c = Cases().First(x => x.Name == "stacked-titles");
        var d = c.Document;
        new TokenizeStage().Process(d);
        new PatternLinker(Model.Value.Lexicons).Link(d);
        Assert.That(d.Relations.Select(r => Describe(d, r)), Is.EquivalentTo(c.Expected));
    }

    private static IEnumerable<TestCaseData> VisitedThresholds()
    {
        // The classifier below gives every candidate pair P(VISITED) = 8/9 = 0.889.
        yield return new TestCaseData(0.85f, new[] { "VISITED(Nguyễn Văn An|Hà Nội)" }).SetName("LearnedLinker_AssertsATypeAtOrAboveItsThreshold");
        yield return new TestCaseData(0.9f, Array.Empty<string>()).SetName("LearnedLinker_DropsATypeBelowItsThreshold");
    }

    [TestCaseSource(nameof(VisitedThresholds))]
    public void LearnedLinker_UsesEachTypesOwnThreshold(float visitedThreshold, string[] expected)
    {
        var problems = new List<string>();
        var d = AuthoringParser.Parse(["#doc t", "#date 2024-10-01", "Ông [Nguyễn Văn An|PERSON] thăm [Hà Nội|LOCATION]."], "fixture", problems).Single();
        d.Relations.Clear();
        new TokenizeStage().Process(d);
        new EntityGrouper(new Lexicons.LexiconSet().Aliases).Group(d);
        int classes = 1 + TypeNames.RelationTypes.Count;
        var biases = Enumerable.Repeat(-20f, classes).ToArray();
        biases[0] = 0;
        biases[1 + (int)RelationType.Visited] = MathF.Log(8);
        var classifier = new Learning.LinearModel(12, classes, Enumerable.Repeat(-1, 1 << 12).ToArray(), [], biases);
        var thresholds = Enumerable.Repeat(0.5f, TypeNames.RelationTypes.Count).ToArray();
        var model = new RelationModel(classifier, thresholds).WithThreshold(RelationType.Visited, visitedThreshold);
        new LearnedLinker(model, new Lexicons.LexiconSet()).Link(d);
        Assert.That(d.Relations.Select(r => Describe(d, r)), Is.EqualTo(expected));
    }

    [Test]
    public void RelationModel_SaveAndLoadKeepThresholdsAndWeights()
    {
        var classifier = new Learning.LinearModel(10, 7, Enumerable.Range(0, 1 << 10).Select(i => i == 3 ? 0 : -1).ToArray(),
            Enumerable.Range(0, 7).Select(i => i * 0.5f).ToArray(), Enumerable.Range(0, 7).Select(i => -i * 0.25f).ToArray());
        var model = new RelationModel(classifier, [0.3f, 0.4f, 0.5f, 0.6f, 0.7f, 0.8f]);
        using var dir = new TempDir();
        string path = Path.Combine(dir.Path, "relations.bin");
        model.Save(path);
        var back = RelationModel.Load(path);
        Assert.That(back.Thresholds, Is.EqualTo(model.Thresholds));
        Assert.That(back.Classifier.Weights, Is.EqualTo(classifier.Weights));
        Assert.That(back.Classifier.Biases, Is.EqualTo(classifier.Biases));
    }
}
