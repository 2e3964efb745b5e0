using Extraction.Corpus;
using Extraction.Documents;

namespace Extraction.Tests.Corpus;

/// <summary>The committed corpus: valid, consistent, as large and varied as issue 3 asks, and in sync with its authoring form.</summary>
public class CorpusTests
{
    private static readonly CorpusLayout Layout = new(Path.Combine(RepoPaths.Root, "data"));
    private static readonly Lazy<Dictionary<CorpusSplit, List<Document>>> Splits =
        new(() => Enum.GetValues<CorpusSplit>().ToDictionary(s => s, s => CorpusBuilder.Read(Layout, s)));

    [Test]
    public void Corpus_EveryDocumentIsValid()
    {
        var problems = CorpusValidator.Validate(Splits.Value);
        Assert.That(problems, Is.Empty, string.Join("\n", problems.Take(30)));
    }

    [Test]
    public void Corpus_JsonLinesMatchTheAuthoringFiles()
    {
        var (fromAuthoring, problems) = CorpusBuilder.Load(Layout);
        Assert.That(problems, Is.Empty, string.Join("\n", problems.Take(30)));
        foreach (var (split, documents) in fromAuthoring)
        {
            Assert.That(documents.Select(d => d.Id).Order(StringComparer.Ordinal), Is.EqualTo(Splits.Value[split].Select(d => d.Id)), $"{split}: run `corpus build`");
            Assert.That(documents.Sum(d => d.Mentions.Count), Is.EqualTo(Splits.Value[split].Sum(d => d.Mentions.Count)), $"{split}: run `corpus build`");
        }
    }

    /// <summary>No string is annotated with different types, left bare, or cut differently, beyond the allowed list (with reasons).</summary>
    [Test]
    public void Corpus_HasNoInconsistenciesTheGuidelineDoesNotAllow()
    {
        var allowed = ConsistencyReport.ReadAllowed(Path.Combine(Layout.CorpusDirectory, "consistency-allowed.tsv"));
        var findings = ConsistencyReport.Find(Splits.Value.Values.SelectMany(d => d), allowed);
        Assert.That(findings.Select(f => $"{f.Kind} {f.Text}: {f.Detail}"), Is.Empty);
    }

    [Test]
    public void Corpus_MeetsTheSizeAndDiversityTargets()
    {
        var stats = new CorpusStatistics(Splits.Value);
        TestContext.Out.WriteLine(stats.Report());
        Assert.That(stats.Documents, Is.GreaterThanOrEqualTo(400));
        Assert.That(stats.Sentences, Is.GreaterThanOrEqualTo(4000));
        Assert.That(stats.Mentions, Is.GreaterThanOrEqualTo(16000));
        foreach (var type in new[] { MentionType.Person, MentionType.Role, MentionType.Location, MentionType.Organization, MentionType.Date })
        {
            Assert.That(stats.MentionsOf(type), Is.GreaterThanOrEqualTo(1000), TypeNames.Name(type));
        }
        Assert.That(stats.MentionsOf(MentionType.Event), Is.GreaterThanOrEqualTo(500));
        Assert.That(stats.Relations, Is.GreaterThanOrEqualTo(3000));
        foreach (var type in TypeNames.RelationTypes)
        {
            Assert.That(stats.RelationsOf(type), Is.GreaterThanOrEqualTo(200), TypeNames.Name(type));
        }
        Assert.That(stats.Distinct(MentionType.Person), Is.GreaterThanOrEqualTo(1500));
        Assert.That(stats.Distinct(MentionType.Role), Is.GreaterThanOrEqualTo(300));
        Assert.That(stats.Distinct(MentionType.Organization), Is.GreaterThanOrEqualTo(500));
        Assert.That(stats.Distinct(MentionType.Location), Is.GreaterThanOrEqualTo(400));
        Assert.That(stats.UnseenInTest(MentionType.Person), Is.GreaterThanOrEqualTo(0.5));
        Assert.That(stats.UnseenInTest(MentionType.Organization), Is.GreaterThanOrEqualTo(0.5));
        Assert.That(stats.TitleOnlySubjects, Is.GreaterThan(0));
        Assert.That(stats.CoordinatedArguments, Is.GreaterThan(0));
    }

    [Test]
    public void Corpus_SeedsAreAnnotatedAndNeverInTraining()
    {
        var seeds = Splits.Value[CorpusSplit.Seeds];
        Assert.That(seeds.Select(d => d.Id), Is.EqualTo(new[] { "000_2d1773ccbd889302", "002_d6675818783ab4fa" }));
        foreach (var seed in seeds)
        {
            Assert.That(seed.Text, Is.EqualTo(File.ReadAllText(Path.Combine(RepoPaths.Seeds, seed.Id + ".txt"))));
            Assert.That(seed.Mentions, Has.Count.GreaterThan(150));
        }
        var training = Splits.Value[CorpusSplit.Train].Concat(Splits.Value[CorpusSplit.Dev]).Select(d => d.Text).ToHashSet();
        Assert.That(seeds.Any(s => training.Contains(s.Text)), Is.False);
    }
}
