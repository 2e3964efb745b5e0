using Extraction.Documents;

namespace Extraction.Relations;

/// <summary>
/// Lists the mention pairs of a sentence the linker considers: PERSON heads (with an interview's "tôi")
/// with every other mention (not DATE) as tail, and ROLE mentions that no name follows (a title standing
/// for a person) as proxy heads with PERSON, ORGANIZATION, LOCATION and EVENT tails.
/// </summary>
internal static class CandidateGenerator
{
    /// <summary>Pairs are not formed beyond this many mentions in one sentence.</summary>
    public const int MaxMentionsPerSentence = 80;

    public static List<RelationCandidate> Generate(SentenceView s)
    {
        var result = new List<RelationCandidate>();
        int count = Math.Min(s.Mentions.Count, MaxMentionsPerSentence);
        for (int h = 0; h < count; h++)
        {
            var head = s.Mentions[h];
            bool proxy = head.Type == MentionType.Role && !IsAttachedToName(s, h);
            if (head.Type != MentionType.Person && !proxy)
            {
                continue;
            }
            for (int t = 0; t < count; t++)
            {
                var tail = s.Mentions[t];
                if (t == h || tail.Type == MentionType.Date || tail.Index == SentenceView.FirstPerson)
                {
                    continue;
                }
                if (proxy && tail.Type is MentionType.Role)
                {
                    continue;
                }
                if (head.Type == MentionType.Person && tail.Type == MentionType.Person
                    && s.EntityOf(head) == s.EntityOf(tail) && s.EntityOf(head) >= 0)
                {
                    continue;
                }
                result.Add(new RelationCandidate(h, t, proxy));
            }
        }
        return result;
    }

    /// <summary>Words that may join the titles, bodies and places qualifying a name.</summary>
    private static readonly HashSet<ulong> Connectors = new[] { ",", "tại", "kiêm", "và", "của", "-", "–", "(", ")", "thuộc", "bên", "cạnh", "ở", "phụ", "trách", "thường", "trực" }
        .Select(w => Lexicons.LexiconSet.TokenHash(w)).ToHashSet();

    /// <summary>
    /// Whether a ROLE mention qualifies a name: a PERSON follows it through other titles, organizations,
    /// places and connecting words only ("Đại sứ Việt Nam tại Hoa Kỳ Nguyễn Quốc Dũng").
    /// </summary>
    public static bool IsAttachedToName(SentenceView s, int role)
    {
        int token = s.Mentions[role].End;
        for (int m = role + 1; m < s.Mentions.Count; m++)
        {
            var next = s.Mentions[m];
            if (next.Start - token > 2)
            {
                return false;
            }
            for (int t = token; t < next.Start; t++)
            {
                if (!Connectors.Contains(s.Words[t]))
                {
                    return false;
                }
            }
            if (next.Type == MentionType.Person)
            {
                return true;
            }
            if (next.Type is not (MentionType.Role or MentionType.Organization or MentionType.Location))
            {
                return false;
            }
            token = next.End;
        }
        return false;
    }
}
