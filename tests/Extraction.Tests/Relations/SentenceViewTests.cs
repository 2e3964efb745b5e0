using Extraction.Corpus;
using Extraction.Lexicons;
using Extraction.Pipeline;
using Extraction.Relations;

namespace Extraction.Tests.Relations;

public class SentenceViewTests
{
    private static IEnumerable<TestCaseData> Sentences()
    {
        yield return new TestCaseData("Ông [An|PERSON] kết thúc chuyến thăm chính thức [Lào|LOCATION].",
            new[] { "chuyến thăm chính thức", "thăm (nested)", "thăm chính thức (nested)" }).SetName("SentenceView_MarksTriggersInsideLongerOnesNested");
        yield return new TestCaseData("Ông [An|PERSON] thăm và làm việc với [Bộ Tài chính|ORGANIZATION].",
            new[] { "thăm", "làm việc với" }).SetName("SentenceView_KeepsSeparateTriggersOutermost");
    }

    [TestCaseSource(nameof(Sentences))]
    public void SentenceView_FindsTriggers(string line, string[] expected)
    {
        using var dir = new TempDir();
        File.WriteAllLines(Path.Combine(dir.Path, "triggers.tsv"),
            ["VISITED\tthăm", "VISITED\tthăm chính thức", "VISITED\tchuyến thăm chính thức", "MET_WITH\tlàm việc với"]);
        var lexicons = LexiconSet.Load(dir.Path);
        var problems = new List<string>();
        var d = AuthoringParser.Parse(["#doc t", line], "fixture", problems).Single();
        new TokenizeStage().Process(d);
        var view = new SentenceView(d, 0, Enumerable.Range(0, d.Mentions.Count).ToList(), lexicons);
        var found = view.Triggers.Select(t =>
            d.Slice(d.Tokens[view.FirstToken + t.Start].Start, d.Tokens[view.FirstToken + t.End - 1].End) + (t.Nested ? " (nested)" : ""));
        Assert.That(found, Is.EqualTo(expected));
    }
}
