using Extraction.Documents;

namespace Extraction.Evaluation;

/// <summary>Strict mention scoring, as seqeval: a prediction counts only with the exact span and type.</summary>
public static class MentionScorer
{
    /// <summary>Scores predicted documents against gold documents matched by id; documents missing from the prediction count as empty.</summary>
    public static Scores Score(IEnumerable<Document> gold, IEnumerable<Document> predicted)
    {
        var byId = predicted.GroupBy(d => d.Id).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var scores = new Scores();
        foreach (var type in TypeNames.MentionTypes)
        {
            scores.For(TypeNames.Name(type));
        }
        foreach (var g in gold)
        {
            var p = byId.GetValueOrDefault(g.Id);
            var goldSet = g.Mentions.Select(m => (m.Start, m.End, m.Type)).ToHashSet();
            var predSet = p?.Mentions.Select(m => (m.Start, m.End, m.Type)).ToHashSet() ?? [];
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
}
