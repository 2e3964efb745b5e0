using Extraction.Corpus;
using Extraction.Dates;
using Extraction.Documents;

namespace Extraction.Tests.Dates;

public class DateResolverTests
{
    private static IEnumerable<TestCaseData> WrittenForms() =>
        File.ReadLines(RepoPaths.Fixture("dates.tsv"))
            .Where(l => l.Length > 0 && l[0] != '#')
            .Select(l => l.Split('\t'))
            .Select(f => new TestCaseData(f[0], f[1] == "no date" ? null : f[1], f[2]).SetName($"DateResolver_Normalizes({f[0]}, {f[1]})"));

    /// <summary>Each form alone in a document dated as given (a missing year comes from the document's date).</summary>
    [TestCaseSource(nameof(WrittenForms))]
    public void DateResolver_Normalizes(string text, string? documentDate, string expected)
    {
        var document = new Document("d", "t", text) { Date = documentDate };
        document.Mentions.Add(new Mention(MentionType.Date, 0, text.Length, text));
        DateResolver.Resolve(document);
        Assert.That(document.Mentions[0].Value, Is.EqualTo(expected));
    }

    [Test]
    public void DateResolver_MissingYearComesFromTheNearestFullDatePrecedingFirst()
    {
        string text = "Sáng 20/12, họp. Ngày 12/12/2023 ký. Sáng 20/12 họp tiếp. Ngày 5/1/2025 xong.";
        var document = new Document("d", "t", text) { Date = "2024-09-23" };
        foreach (string date in new[] { "Sáng 20/12", "Ngày 12/12/2023", "Sáng 20/12 ", "Ngày 5/1/2025" })
        {
            int at = text.IndexOf(date.TrimEnd(), document.Mentions.Count == 0 ? 0 : document.Mentions[^1].End, StringComparison.Ordinal);
            document.Mentions.Add(new Mention(MentionType.Date, at, at + date.TrimEnd().Length, date.TrimEnd()));
        }
        DateResolver.Resolve(document);
        Assert.That(document.Mentions.Select(m => m.Value), Is.EqualTo(new[] { "2023-12-20", "2023-12-12", "2023-12-20", "2025-01-05" }));
    }

    /// <summary>The resolver reproduces the values annotators wrote by hand across the corpus.</summary>
    [Test]
    public void DateResolver_AgreesWithTheCorpusAnnotation()
    {
        var layout = new CorpusLayout(Path.Combine(RepoPaths.Root, "data"));
        int total = 0, agree = 0;
        var misses = new List<string>();
        foreach (var split in new[] { CorpusSplit.Train, CorpusSplit.Dev, CorpusSplit.Test, CorpusSplit.Seeds })
        {
            foreach (var gold in CorpusBuilder.Read(layout, split))
            {
                var copy = new Document(gold.Id, gold.Source, gold.Text) { Date = gold.Date };
                copy.Mentions.AddRange(gold.Mentions.Where(m => m.Type == MentionType.Date).Select(m => new Mention(m.Type, m.Start, m.End, m.Text)));
                DateResolver.Resolve(copy);
                var expected = gold.Mentions.Where(m => m.Type == MentionType.Date).ToList();
                for (int i = 0; i < expected.Count; i++)
                {
                    total++;
                    if (copy.Mentions[i].Value == expected[i].Value)
                    {
                        agree++;
                    }
                    else if (misses.Count < 40)
                    {
                        misses.Add($"{gold.Id}: '{expected[i].Text}' gold {expected[i].Value}, resolved {copy.Mentions[i].Value}");
                    }
                }
            }
        }
        double rate = agree / (double)total;
        TestContext.Out.WriteLine($"{agree}/{total} = {rate:P1}\n" + string.Join("\n", misses));
        Assert.That(rate, Is.GreaterThanOrEqualTo(0.9), string.Join("\n", misses));
    }
}
