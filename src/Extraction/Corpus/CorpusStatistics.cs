using System.Text;
using Extraction.Documents;

namespace Extraction.Corpus;

/// <summary>Counts of the corpus per split and type, and the diversity figures issue 3 asks for.</summary>
public sealed class CorpusStatistics
{
    private readonly IReadOnlyDictionary<CorpusSplit, List<Document>> _splits;

    public CorpusStatistics(IReadOnlyDictionary<CorpusSplit, List<Document>> splits) => _splits = splits;

    private IEnumerable<Document> Corpus => _splits.Where(s => s.Key != CorpusSplit.Seeds).SelectMany(s => s.Value);

    public int Documents => Corpus.Count();

    public int Sentences => Corpus.Sum(d => d.Sentences.Count);

    public int Mentions => Corpus.Sum(d => d.Mentions.Count);

    public int Relations => Corpus.Sum(d => d.Relations.Count);

    public int MentionsOf(MentionType type) => Corpus.Sum(d => d.Mentions.Count(m => m.Type == type));

    public int RelationsOf(RelationType type) => Corpus.Sum(d => d.Relations.Count(r => r.Type == type));

    public int Distinct(MentionType type) => Corpus.SelectMany(d => d.Mentions).Where(m => m.Type == type).Select(m => m.Text).Distinct(StringComparer.Ordinal).Count();

    /// <summary>Share of the test split's distinct PERSON and ORGANIZATION names that never occur in train.</summary>
    public double UnseenInTest(MentionType type)
    {
        var train = _splits[CorpusSplit.Train].SelectMany(d => d.Mentions).Where(m => m.Type == type).Select(m => m.Text).ToHashSet(StringComparer.Ordinal);
        var test = _splits[CorpusSplit.Test].SelectMany(d => d.Mentions).Where(m => m.Type == type).Select(m => m.Text).Distinct(StringComparer.Ordinal).ToList();
        return test.Count == 0 ? 0 : test.Count(n => !train.Contains(n)) / (double)test.Count;
    }

    /// <summary>Relations whose head is named in none of the relation's sentences (title-only or pronoun subjects).</summary>
    public int TitleOnlySubjects => Corpus.Sum(d => d.Relations.Count(r => !r.Sentences.Any(s => d.Entities[r.Head].Mentions.Any(m => d.Mentions[m].Sentence == s))));

    /// <summary>Relations sharing their head, type and sentence with another relation (coordinated arguments).</summary>
    public int CoordinatedArguments => Corpus.Sum(d => d.Relations.Where(r => r.Type != RelationType.HasRole)
        .GroupBy(r => (r.Type, r.Head, r.Sentences[0])).Where(g => g.Count() > 1).Sum(g => g.Count()));

    public string Report()
    {
        var sb = new StringBuilder();
        sb.AppendLine($"documents {Documents}  sentences {Sentences}  mentions {Mentions}  relations {Relations}");
        sb.AppendLine("split      docs  sentences  " + string.Join("  ", TypeNames.MentionTypes.Select(t => TypeNames.Name(t)[..4])) + "  relations");
        foreach (var (split, docs) in _splits.OrderBy(s => s.Key))
        {
            sb.Append($"{split.ToString().ToLowerInvariant(),-9} {docs.Count,5}  {docs.Sum(d => d.Sentences.Count),9}  ");
            sb.Append(string.Join("  ", TypeNames.MentionTypes.Select(t => docs.Sum(d => d.Mentions.Count(m => m.Type == t)).ToString().PadLeft(4))));
            sb.AppendLine($"  {docs.Sum(d => d.Relations.Count),9}");
        }
        sb.AppendLine("mentions by type: " + string.Join(", ", TypeNames.MentionTypes.Select(t => $"{TypeNames.Name(t)} {MentionsOf(t)}")));
        sb.AppendLine("relations by type: " + string.Join(", ", TypeNames.RelationTypes.Select(t => $"{TypeNames.Name(t)} {RelationsOf(t)}")));
        sb.AppendLine("distinct names: " + string.Join(", ", TypeNames.MentionTypes.Where(t => t != MentionType.Date).Select(t => $"{TypeNames.Name(t)} {Distinct(t)}")));
        sb.AppendLine($"relations with title-only or pronoun subjects {TitleOnlySubjects}, with coordinated arguments {CoordinatedArguments}");
        sb.AppendLine($"test names unseen in train: PERSON {UnseenInTest(MentionType.Person):P0}, ORGANIZATION {UnseenInTest(MentionType.Organization):P0}");
        return sb.ToString();
    }
}
