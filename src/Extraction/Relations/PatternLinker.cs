using Extraction.Documents;
using Extraction.Lexicons;

namespace Extraction.Relations;

/// <summary>
/// The pattern-only baseline the learned linker is compared with: titles and organizations chained
/// right before a name give HAS_ROLE and AFFILIATED_WITH (and a title right after a name and a comma,
/// HAS_ROLE); a trigger phrase of data/lexicons/triggers.tsv between a person (or a title standing for
/// one) and a later mention of an allowed type gives that relation, unless another person intervenes.
/// </summary>
public sealed class PatternLinker : IRelationLinker
{
    private readonly LexiconSet _lexicons;

    public PatternLinker(LexiconSet lexicons) => _lexicons = lexicons;

    public void Link(Document document)
    {
        var assertions = new List<RelationAssertion>();
        var bySentence = SentenceView.MentionsBySentence(document);
        foreach (var (sentence, mentions) in bySentence)
        {
            var s = new SentenceView(document, sentence, mentions, _lexicons);
            for (int h = 0; h < Math.Min(s.Mentions.Count, CandidateGenerator.MaxMentionsPerSentence); h++)
            {
                var head = s.Mentions[h];
                if (head.Type == MentionType.Person)
                {
                    Chain(s, h, sentence, assertions);
                }
                bool proxy = head.Type == MentionType.Role && !CandidateGenerator.IsAttachedToName(s, h);
                if (head.Type == MentionType.Person || proxy)
                {
                    Triggered(s, h, proxy, sentence, assertions);
                }
            }
        }
        RelationAssembler.Assemble(document, assertions, bySentence, _lexicons);
    }

    private static void Chain(SentenceView s, int person, int sentence, List<RelationAssertion> assertions)
    {
        int token = s.Mentions[person].Start;
        bool afterTai = false;
        for (int m = person - 1; m >= 0; m--)
        {
            var prev = s.Mentions[m];
            if (token - prev.End > 2 || prev.Type is not (MentionType.Role or MentionType.Organization or MentionType.Location))
            {
                break;
            }
            if (prev.Type == MentionType.Role)
            {
                assertions.Add(new RelationAssertion(RelationType.HasRole, s.Mentions[person].Index, prev.Index, false, sentence, 1));
                afterTai = false;
            }
            else if (!afterTai)
            {
                assertions.Add(new RelationAssertion(RelationType.AffiliatedWith, s.Mentions[person].Index, prev.Index, false, sentence, 1));
            }
            afterTai |= prev.Start > 0 && s.Words[prev.Start - 1] == Tai;
            token = prev.Start;
        }
        if (person + 1 < s.Mentions.Count)
        {
            var next = s.Mentions[person + 1];
            if (next.Type == MentionType.Role && next.Start - s.Mentions[person].End == 1 && s.Words[s.Mentions[person].End] == Comma)
            {
                assertions.Add(new RelationAssertion(RelationType.HasRole, s.Mentions[person].Index, next.Index, false, sentence, 1));
            }
        }
    }

    private static void Triggered(SentenceView s, int h, bool proxy, int sentence, List<RelationAssertion> assertions)
    {
        var head = s.Mentions[h];
        foreach (var trigger in s.Triggers.Where(t => t.Start >= head.End))
        {
            if (s.Mentions.Any(m => m.Type == MentionType.Person && m.Start >= head.End && m.End <= trigger.Start))
            {
                continue;
            }
            for (int t = h + 1; t < s.Mentions.Count; t++)
            {
                var tail = s.Mentions[t];
                if (tail.Start < trigger.End || tail.Start - trigger.End > 8)
                {
                    continue;
                }
                for (int type = 2; type < TypeNames.RelationTypes.Count; type++)
                {
                    if ((trigger.Types & (1u << type)) != 0 && TypeNames.Allows((RelationType)type, MentionType.Person, tail.Type))
                    {
                        assertions.Add(new RelationAssertion((RelationType)type, head.Index, tail.Index, proxy, sentence, 0.5));
                    }
                }
                if (tail.Type == MentionType.Person)
                {
                    break;
                }
            }
        }
    }

    private static readonly ulong Comma = LexiconSet.TokenHash(",");
    private static readonly ulong Tai = LexiconSet.TokenHash("tại");
}
