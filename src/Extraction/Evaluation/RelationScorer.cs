using Extraction.Documents;
using Extraction.Text;

namespace Extraction.Evaluation;

/// <summary>
/// Relation scoring: a predicted relation matches a gold one of the same type when its head and tail
/// entities share a mention text (tone-folded, case-insensitive) with the gold head and tail. MET_WITH
/// matches in either direction. Each gold relation is matched at most once per document.
/// </summary>
public static class RelationScorer
{
    public static Scores Score(IEnumerable<Document> gold, IEnumerable<Document> predicted)
    {
        var scores = new Scores();
        foreach (var type in TypeNames.RelationTypes)
        {
            scores.For(TypeNames.Name(type));
        }
        foreach (var (g, p, goldMatched, predictedMatched) in Match(gold, predicted))
        {
            for (int i = 0; i < g.Relations.Count; i++)
            {
                scores.For(TypeNames.Name(g.Relations[i].Type)).Gold++;
            }
            for (int i = 0; p is not null && i < p.Relations.Count; i++)
            {
                var counts = scores.For(TypeNames.Name(p.Relations[i].Type));
                counts.Predicted++;
                counts.TruePositives += predictedMatched[i] ? 1 : 0;
            }
        }
        return scores;
    }

    /// <summary>
    /// Every gold relation no prediction matched ("missed") and every predicted relation that matched no
    /// gold one ("spurious"), with its document (the gold one for missed, the predicted one for spurious).
    /// </summary>
    public static IEnumerable<(string Kind, Document Document, Relation Relation)> Differences(IEnumerable<Document> gold, IEnumerable<Document> predicted)
    {
        foreach (var (g, p, goldMatched, predictedMatched) in Match(gold, predicted))
        {
            for (int i = 0; i < g.Relations.Count; i++)
            {
                if (!goldMatched[i])
                {
                    yield return ("missed", g, g.Relations[i]);
                }
            }
            for (int i = 0; p is not null && i < p.Relations.Count; i++)
            {
                if (!predictedMatched[i])
                {
                    yield return ("spurious", p, p.Relations[i]);
                }
            }
        }
    }

    private static IEnumerable<(Document Gold, Document? Predicted, bool[] GoldMatched, bool[] PredictedMatched)> Match(IEnumerable<Document> gold, IEnumerable<Document> predicted)
    {
        var byId = predicted.GroupBy(d => d.Id).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        foreach (var g in gold)
        {
            var p = byId.GetValueOrDefault(g.Id);
            var goldRelations = g.Relations.Select(r => (r.Type, Head: Names(g, r.Head), Tail: Names(g, r.Tail))).ToList();
            var used = new bool[goldRelations.Count];
            var matched = new bool[p?.Relations.Count ?? 0];
            for (int k = 0; p is not null && k < p.Relations.Count; k++)
            {
                var r = p.Relations[k];
                var head = Names(p, r.Head);
                var tail = Names(p, r.Tail);
                for (int i = 0; i < goldRelations.Count; i++)
                {
                    var gr = goldRelations[i];
                    if (used[i] || gr.Type != r.Type)
                    {
                        continue;
                    }
                    bool forward = gr.Head.Overlaps(head) && gr.Tail.Overlaps(tail);
                    bool backward = r.Type == RelationType.MetWith && gr.Head.Overlaps(tail) && gr.Tail.Overlaps(head);
                    if (forward || backward)
                    {
                        used[i] = true;
                        matched[k] = true;
                        break;
                    }
                }
            }
            yield return (g, p, used, matched);
        }
    }

    private static HashSet<string> Names(Document d, int entity) =>
        d.Entities[entity].Mentions.Select(m => ToneFolding.FoldPhrase(d.Mentions[m].Text)).ToHashSet(StringComparer.Ordinal);
}
