using Extraction.Documents;
using Extraction.Lexicons;

namespace Extraction.Relations;

/// <summary>
/// Links with the trained pair classifier: every candidate pair of a sentence is scored, and each
/// relation type whose probability reaches that type's threshold is asserted (a pair may hold two, as
/// "tham dự và phát biểu tại"). Thread-safe.
/// </summary>
public sealed class LearnedLinker : IRelationLinker
{
    private readonly RelationModel _model;
    private readonly LexiconSet _lexicons;

    public LearnedLinker(RelationModel model, LexiconSet lexicons)
    {
        _model = model;
        _lexicons = lexicons;
    }

    public void Link(Document document)
    {
        var assertions = new List<RelationAssertion>();
        var features = new List<int>();
        Span<float> scores = stackalloc float[_model.Classifier.Classes];
        var bySentence = SentenceView.MentionsBySentence(document);
        var speakers = SpeakerResolver.Resolve(document, bySentence);
        foreach (var (sentence, mentions) in bySentence)
        {
            var view = new SentenceView(document, sentence, mentions, _lexicons, speakers[sentence]);
            int first = assertions.Count;
            foreach (var candidate in CandidateGenerator.Generate(view))
            {
                PairFeatureExtractor.Extract(view, candidate, _model.Classifier.Bits, features);
                _model.Classifier.LogProbabilities(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(features), scores);
                for (int type = 0; type < TypeNames.RelationTypes.Count; type++)
                {
                    float p = MathF.Exp(scores[1 + type]);
                    if (p >= _model.Thresholds[type])
                    {
                        var tail = view.Mentions[candidate.Tail];
                        if (TypeNames.Allows((RelationType)type, MentionType.Person, tail.Type) && !(candidate.ProxyHead && type == (int)RelationType.HasRole)
                            && !NegatedByCue(view, candidate, type))
                        {
                            assertions.Add(new RelationAssertion((RelationType)type, view.Mentions[candidate.Head].Index, tail.Index, candidate.ProxyHead, sentence, p, view.Speaker));
                        }
                    }
                }
            }
            ShareWithCoordinatedObjects(view, assertions, first);
        }
        RelationAssembler.Assemble(document, assertions, bySentence, _lexicons);
    }

    /// <summary>
    /// Coordinated objects share their act (ANNOTATION.md: one relation each): when an act reaches a
    /// mention, it reaches every mention of the same type joined to it by a single "và" or comma, each
    /// with its own title chain ("tiếp Đại sứ Nhật Bản A và Đại sứ Hàn Quốc B").
    /// </summary>
    private static void ShareWithCoordinatedObjects(SentenceView view, List<RelationAssertion> assertions, int first)
    {
        int count = assertions.Count;
        for (int k = first; k < count; k++)
        {
            var a = assertions[k];
            if (a.Type is RelationType.HasRole or RelationType.AffiliatedWith)
            {
                continue;
            }
            var tail = view.ViewOf(a.TailMention);
            int position = view.Mentions.IndexOf(tail);
            int end = tail.End;
            int next = position + 1;
            while (next < view.Mentions.Count && SingleCoordinator(view, end, view.Mentions[next].Start))
            {
                int last = next;
                while (last + 1 < view.Mentions.Count && !view.HasFreeToken(view.Mentions[last].End, view.Mentions[last + 1].Start))
                {
                    last++;
                }
                int coordinated = -1;
                for (int m = next; m <= last; m++)
                {
                    coordinated = view.Mentions[m].Type == tail.Type ? m : coordinated;
                }
                if (coordinated < 0)
                {
                    break;
                }
                if (view.Mentions[coordinated].Index != a.HeadMention)
                {
                    assertions.Add(a with { TailMention = view.Mentions[coordinated].Index });
                }
                end = view.Mentions[last].End;
                next = last + 1;
            }
        }
    }

    private static bool SingleCoordinator(SentenceView view, int from, int to) =>
        to == from + 1 && !view.InMention(from) && (view.Words[from] == SentenceView.And || view.Words[from] == SentenceView.Comma);

    /// <summary>
    /// An act stated between the pair only by a cue that states no relation (NONE in triggers.tsv: an
    /// airport welcome "đón" is not MET_WITH, "thăm hỏi" is not a visit), with no trigger of the act's
    /// own type between them outside such a cue.
    /// </summary>
    private static bool NegatedByCue(SentenceView view, RelationCandidate candidate, int type)
    {
        if (type is (int)RelationType.HasRole or (int)RelationType.AffiliatedWith)
        {
            return false;
        }
        var head = view.Mentions[candidate.Head];
        var tail = view.Mentions[candidate.Tail];
        int from = Math.Min(head.End, tail.End), to = Math.Max(head.Start, tail.Start);
        var between = view.TriggersBetween(from, to).Where(t => t.End <= to).ToList();
        var cues = between.Where(t => (t.Types & LexiconSet.NoRelationBit) != 0).ToList();
        if (cues.Count == 0)
        {
            return false;
        }
        // A trigger of the act's own type states it, unless it lies inside a cue ("thăm" in "thăm hỏi").
        return !between.Any(t => (t.Types & (1u << type)) != 0 && !cues.Any(c => c.Start <= t.Start && t.End <= c.End && c.End - c.Start > t.End - t.Start));
    }
}
