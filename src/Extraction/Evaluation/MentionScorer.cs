using Extraction.Documents;

namespace Extraction.Evaluation;

/// <summary>Strict mention scoring, as seqeval: a prediction counts only with the exact span and type.</summary>
public static class MentionScorer
{
    /// <summary>Mentions found in only one of gold and prediction: "missed" (gold only) or "spurious" (predicted only).</summary>
    public static IEnumerable<(string Document, string Kind, Mention Mention)> Differences(IEnumerable<Document> gold, IEnumerable<Document> predicted)
    {
        foreach (var (g, p, goldSet, predSet) in Pairs(gold, predicted))
        {
            var all = g.Mentions.Where(m => !predSet.Contains((m.Start, m.End, m.Type))).Select(m => (Kind: "missed", Mention: m))
                .Concat((p?.Mentions ?? []).Where(m => !goldSet.Contains((m.Start, m.End, m.Type))).Select(m => (Kind: "spurious", Mention: m)));
            foreach (var (kind, mention) in all.OrderBy(x => x.Mention.Start))
            {
                yield return (g.Id, kind, mention);
            }
        }
    }

    /// <summary>Scores predicted documents against gold documents matched by id; documents missing from the prediction count as empty.</summary>
    public static Scores Score(IEnumerable<Document> gold, IEnumerable<Document> predicted)
    {
        var scores = new Scores();
        foreach (var type in TypeNames.MentionTypes)
        {
            scores.For(TypeNames.Name(type));
        }
        foreach (var (_, _, goldSet, predSet) in Pairs(gold, predicted))
        {
            foreach (var m in goldSet)
            {
                scores.For(TypeNames.Name(m.Type)).Gold++;
            }
            foreach (var m in predSet)
            {
                var c = scores.For(TypeNames.Name(m.Type));
                c.Predicted++;
                if (goldSet.Contains(m))
                {
                    c.TruePositives++;
                }
            }
        }
        return scores;
    }

    /// <summary>Each gold document with its prediction (matched by id; null when missing) and both mention sets.</summary>
    private static IEnumerable<(Document Gold, Document? Predicted, HashSet<(int Start, int End, MentionType Type)> GoldSet, HashSet<(int Start, int End, MentionType Type)> PredictedSet)> Pairs(
        IEnumerable<Document> gold, IEnumerable<Document> predicted)
    {
        var byId = predicted.GroupBy(d => d.Id).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        foreach (var g in gold)
        {
            var p = byId.GetValueOrDefault(g.Id);
            yield return (g, p, g.Mentions.Select(m => (m.Start, m.End, m.Type)).ToHashSet(), p?.Mentions.Select(m => (m.Start, m.End, m.Type)).ToHashSet() ?? []);
        }
    }
}
