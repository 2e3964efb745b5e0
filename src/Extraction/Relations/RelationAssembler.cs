using Extraction.Documents;
using Extraction.Lexicons;

namespace Extraction.Relations;

/// <summary>
/// Turns sentence-level assertions into the document's relations: resolves a title standing for a
/// person to the holder of that title in the document (the person with HAS_ROLE to the title's entity
/// that the document mentions most, the nearest before it among equals) and an interview's "tôi" to
/// its speaker, merges assertions of one (type, head entity, tail entity) into one relation listing
/// every sentence, and attaches the trigger phrase and a DATE of its first sentence (to acts
/// only: a title or an affiliation is not placed in time by the sentence that mentions it).
/// </summary>
internal static class RelationAssembler
{
    public static void Assemble(Document document, List<RelationAssertion> assertions, SortedDictionary<int, List<int>> mentionsBySentence, LexiconSet lexicons)
    {
        document.Relations.Clear();
        var holders = assertions.Where(a => a.Type == RelationType.HasRole && !a.ProxyHead && a.HeadMention != SentenceView.FirstPerson)
            .Select(a => (Role: document.Mentions[a.TailMention].Entity, Person: document.Mentions[a.HeadMention].Entity, Position: document.Mentions[a.HeadMention].Start))
            .GroupBy(h => h.Role).ToDictionary(g => g.Key, g => g.ToList());
        var byKey = new Dictionary<(RelationType, int, int), Relation>();
        var views = new Dictionary<int, SentenceView>();
        foreach (var a in assertions.OrderBy(a => a.Sentence))
        {
            int head;
            if (a.ProxyHead)
            {
                var role = document.Mentions[a.HeadMention];
                if (!holders.TryGetValue(role.Entity, out var candidates))
                {
                    continue;
                }
                // The document's protagonist: in news a bare title stands for the holder the article is
                // about (most mentions), not for another holder of the same title named just before.
                head = candidates.OrderByDescending(h => document.Entities[h.Person].Mentions.Count)
                    .ThenBy(h => h.Position <= role.Start ? role.Start - h.Position : int.MaxValue / 2 + h.Position).First().Person;
            }
            else
            {
                head = a.HeadMention == SentenceView.FirstPerson ? a.Speaker : document.Mentions[a.HeadMention].Entity;
            }
            int tail = document.Mentions[a.TailMention].Entity;
            if (head < 0 || tail < 0 || head == tail || !TypeNames.Allows(a.Type, document.Entities[head].Type, document.Entities[tail].Type))
            {
                continue;
            }
            if (a.Type == RelationType.MetWith && byKey.TryGetValue((a.Type, tail, head), out var reverse))
            {
                AddSentence(reverse, a);
                continue;
            }
            if (!byKey.TryGetValue((a.Type, head, tail), out var relation))
            {
                if (!views.TryGetValue(a.Sentence, out var view))
                {
                    views[a.Sentence] = view = new SentenceView(document, a.Sentence, mentionsBySentence[a.Sentence], lexicons, a.Speaker);
                }
                relation = new Relation(a.Type, head, tail)
                {
                    Trigger = TriggerOf(view, a),
                    Date = a.Type is RelationType.HasRole or RelationType.AffiliatedWith ? null
                        : mentionsBySentence[a.Sentence].Select(m => document.Mentions[m]).FirstOrDefault(m => m.Type == MentionType.Date)?.Value,
                    Score = a.Score,
                };
                byKey[(a.Type, head, tail)] = relation;
                document.Relations.Add(relation);
            }
            AddSentence(relation, a);
        }
    }

    private static void AddSentence(Relation relation, RelationAssertion a)
    {
        if (!relation.Sentences.Contains(a.Sentence))
        {
            relation.Sentences.Add(a.Sentence);
        }
        relation.Score = Math.Max(relation.Score, a.Score);
    }

    /// <summary>The trigger phrase of the relation's type nearest the pair, preferring one between head and tail.</summary>
    private static TextSpan? TriggerOf(SentenceView view, RelationAssertion a)
    {
        if (a.Type is RelationType.HasRole or RelationType.AffiliatedWith)
        {
            return null;
        }
        var head = view.ViewOf(a.HeadMention);
        var tail = view.ViewOf(a.TailMention);
        int lo = Math.Min(head.End, tail.End), hi = Math.Max(head.Start, tail.Start);
        TriggerView? best = null;
        int bestCost = int.MaxValue;
        foreach (var t in view.TriggersBetween(Math.Min(head.Start, tail.Start) - 12, Math.Max(head.End, tail.End) + 12).Where(t => (t.Types & (1u << (int)a.Type)) != 0))
        {
            int cost = t.Start >= lo && t.End <= hi ? hi - t.End : 100 + Math.Abs(t.Start - tail.Start);
            if (cost < bestCost || (cost == bestCost && best is { } b && t.End - t.Start > b.End - b.Start))
            {
                (best, bestCost) = (t, cost);
            }
        }
        if (best is not { } found)
        {
            return null;
        }
        var tokens = view.Document.Tokens;
        return new TextSpan(tokens[view.FirstToken + found.Start].Start, tokens[view.FirstToken + found.End - 1].End);
    }
}
