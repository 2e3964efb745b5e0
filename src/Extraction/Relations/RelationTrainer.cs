using Extraction.Documents;
using Extraction.Evaluation;
using Extraction.Learning;
using Extraction.Lexicons;
using Extraction.Tagging;

namespace Extraction.Relations;

/// <summary>
/// Trains the pair classifier on gold documents: every candidate pair of every sentence is an example,
/// labelled with the gold relation types it states (one example per type; "none" when it states none).
/// A title standing for a person is labelled through the person's HAS_ROLE to that title.
/// </summary>
public sealed class RelationTrainer
{
    private readonly LexiconSet _lexicons;
    private readonly Action<string> _log;

    public RelationTrainer(LexiconSet lexicons, Action<string> log)
    {
        _lexicons = lexicons;
        _log = log;
    }

    public LinearModel Train(IReadOnlyList<Document> gold, MaxEntOptions options)
    {
        TaggerTrainer.Prepare(gold);
        var examples = new List<(IReadOnlyList<int>, int)>();
        var features = new List<int>();
        foreach (var d in gold)
        {
            var roleHolders = d.Relations.Where(r => r.Type == RelationType.HasRole).Select(r => (r.Tail, r.Head)).ToHashSet();
            var bySentence = SentenceView.MentionsBySentence(d);
            var speakers = SpeakerResolver.Resolve(d, bySentence);
            foreach (var (sentence, mentions) in bySentence)
            {
                var view = new SentenceView(d, sentence, mentions, _lexicons, speakers[sentence]);
                var stated = d.Relations.Where(r => r.Sentences.Contains(sentence)).ToList();
                foreach (var candidate in CandidateGenerator.Generate(view))
                {
                    int head = view.EntityOf(view.Mentions[candidate.Head]);
                    int tail = view.EntityOf(view.Mentions[candidate.Tail]);
                    PairFeatureExtractor.Extract(view, candidate, options.Bits, features);
                    var types = stated.Where(r => r.Tail == tail && (candidate.ProxyHead
                            ? roleHolders.Contains((head, r.Head)) && !view.Mentions.Any(m => view.EntityOf(m) == r.Head)
                            : r.Head == head)
                            || (r.Type == RelationType.MetWith && !candidate.ProxyHead && r.Head == tail && r.Tail == head))
                        .Select(r => (int)r.Type).Distinct().ToList();
                    var ids = features.ToArray();
                    if (types.Count == 0)
                    {
                        examples.Add((ids, 0));
                    }
                    foreach (int type in types)
                    {
                        examples.Add((ids, 1 + type));
                    }
                }
            }
        }
        _log($"{examples.Count} relation examples ({examples.Count(e => e.Item2 > 0)} positive) from {gold.Count} documents");
        return new MaxEntTrainer(_log).Fit(examples, 1 + TypeNames.RelationTypes.Count, options);
    }

    /// <summary>Links copies of gold documents (gold mentions and entities kept) and scores the relations.</summary>
    public static Scores Evaluate(IRelationLinker linker, IReadOnlyList<Document> gold) => RelationScorer.Score(gold, Link(linker, gold));

    /// <summary>Links copies of gold documents, keeping their gold mentions and entities.</summary>
    public static List<Document> Link(IRelationLinker linker, IReadOnlyList<Document> gold)
    {
        TaggerTrainer.Prepare(gold);
        return gold.AsParallel().AsOrdered().Select(g =>
        {
            var d = new Document(g.Id, g.Source, g.Text) { Date = g.Date };
            d.Sentences.AddRange(g.Sentences);
            d.Tokens.AddRange(g.Tokens);
            foreach (var m in g.Mentions)
            {
                d.Mentions.Add(new Mention(m.Type, m.Start, m.End, m.Text) { Sentence = m.Sentence, Entity = m.Entity, Value = m.Value });
            }
            foreach (var e in g.Entities)
            {
                var copy = new Entity(e.Type, e.Name);
                copy.Mentions.AddRange(e.Mentions);
                d.Entities.Add(copy);
            }
            linker.Link(d);
            return d;
        }).ToList();
    }
}
