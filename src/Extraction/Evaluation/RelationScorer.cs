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
        var byId = predicted.GroupBy(d => d.Id).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var scores = new Scores();
        foreach (var type in TypeNames.RelationTypes)
        {
            scores.For(TypeNames.Name(type));
        }
        foreach (var g in gold)
        {
            var p = byId.GetValueOrDefault(g.Id);
            var goldRelations = g.Relations.Select(r => (r.Type, Head: Names(g, r.Head), Tail: Names(g, r.Tail))).ToList();
            var used = new bool[goldRelations.Count];
            foreach (var r in goldRelations)
            {
                scores.For(TypeNames.Name(r.Type)).Gold++;
            }
            if (p is null)
            {
                continue;
            }
            foreach (var r in p.Relations)
            {
                var counts = scores.For(TypeNames.Name(r.Type));
                counts.Predicted++;
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
                        counts.TruePositives++;
                        break;
                    }
                }
            }
        }
        return scores;
    }

    private static HashSet<string> Names(Document d, int entity) =>
        d.Entities[entity].Mentions.Select(m => ToneFolding.FoldPhrase(d.Mentions[m].Text)).ToHashSet(StringComparer.Ordinal);
}
