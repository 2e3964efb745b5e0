using Extraction.Documents;
using Extraction.Text;

namespace Extraction.Relations;

/// <summary>
/// Hashed features of a candidate pair, shared by training and linking: the two types and their
/// order, token distance, the mentions and words between them (tone-folded), the words around them,
/// trigger phrases of each relation type between or around them (from data/lexicons/triggers.tsv),
/// commas, whether the pair is joined by a chain of titles and names only, whether another person
/// or mention stands between the pair and the trigger that joins them, the free words that govern each
/// side ("hội đàm với [B]"), each side's place in a chain of mentions, datelines, and the trigger
/// nearest before the tail (the act the tail is the object of).
/// </summary>
internal static class PairFeatureExtractor
{
    /// <summary>Version of the templates; a model records it.</summary>
    public const int Version = 7;

    public static void Extract(SentenceView s, RelationCandidate c, int bits, List<int> features)
    {
        features.Clear();
        int mask = (1 << bits) - 1;
        var head = s.Mentions[c.Head];
        var tail = s.Mentions[c.Tail];
        bool headFirst = head.Start < tail.Start;
        var left = headFirst ? head : tail;
        var right = headFirst ? tail : head;
        int gap = Math.Max(0, right.Start - left.End);
        ulong pair = (ulong)head.Type * 8 + (ulong)tail.Type + (c.ProxyHead ? 64UL : 0) + (headFirst ? 128UL : 0);
        void Add(ulong template, ulong a = 0, ulong b = 0) =>
            features.Add((int)(StableHash.Finish(StableHash.Append(StableHash.Append(StableHash.Append(StableHash.Seed, template), a), b)) & (uint)mask));

        Add(1, pair);
        Add(2, pair, Bucket(gap));
        // Mentions between, by type; a chain of titles, organizations and places only.
        int persons = 0, roles = 0, places = 0, events = 0;
        int mentionTokens = 0;
        int leftIndex = Math.Min(c.Head, c.Tail), rightIndex = Math.Max(c.Head, c.Tail);
        for (int m = leftIndex + 1; m < rightIndex; m++)
        {
            var mv = s.Mentions[m];
            if (mv.Start >= left.End && mv.End <= right.Start)
            {
                mentionTokens += mv.End - mv.Start;
                switch (mv.Type)
                {
                    case MentionType.Person: persons++; break;
                    case MentionType.Role: roles++; break;
                    case MentionType.Organization or MentionType.Location: places++; break;
                    case MentionType.Event: events++; break;
                }
            }
        }
        Add(3, pair, (ulong)Math.Min(persons, 3));
        Add(4, pair, (ulong)Math.Min(roles, 3) * 4 + (ulong)Math.Min(places, 3));
        Add(5, pair, (ulong)Math.Min(events, 2));
        int freeTokens = gap - mentionTokens;
        int commas = 0;
        for (int t = left.End; t < right.Start; t++)
        {
            if (!s.InMention(t))
            {
                ulong w = s.Words[t];
                if (gap <= 12 || t - left.End < 5 || right.Start - t <= 5)
                {
                    Add(6, pair & 0x3F, w);
                }
                if (w == SentenceView.Comma)
                {
                    commas++;
                }
            }
        }
        Add(7, pair, (ulong)Math.Min(commas, 3));
        Add(8, pair, (ulong)Math.Min(freeTokens, 6));
        Add(9, pair, freeTokens == 0 ? 1UL : 0UL);
        Add(10, pair, FreeWord(s, left.End));
        Add(11, pair, FreeWord(s, right.Start - 1));
        Add(12, pair, FreeWord(s, left.Start - 1));
        Add(13, pair, FreeWord(s, right.End));
        Add(14, pair, FreeWord(s, head.Start - 1) * 31 + FreeWord(s, head.Start - 2));
        // Trigger phrases: between the pair, before it, after it; by relation type and nearness.
        // Outermost triggers only: the words of "chuyến thăm chính thức" state one act, not four.
        foreach (var trigger in s.TriggersBetween(left.Start - 12, right.End + 12).Where(t => !t.Nested))
        {
            ulong where = trigger.Start >= left.End && trigger.End <= right.Start ? 1UL
                : trigger.End <= left.Start ? (left.Start - trigger.End <= 4 ? 2UL : 3UL)
                : trigger.Start >= right.End ? (trigger.Start - right.End <= 3 ? 4UL : 5UL) : 6UL;
            for (int type = 0; type <= TypeNames.RelationTypes.Count; type++)
            {
                if ((trigger.Types & (1u << type)) != 0)
                {
                    Add(15, pair, where * 8 + (ulong)type);
                    if (where == 1)
                    {
                        bool nearTail = right.Start - trigger.End <= 3;
                        Add(16, pair, (ulong)type * 2 + (nearTail ? 1UL : 0UL));
                        Add(17, (ulong)type, (ulong)Math.Min(persons, 2));
                        // Whether the pair are the trigger's nearest actor and object: another person between
                        // the left mention and the trigger, or another mention between the trigger and the right
                        // one ("thăm Trường X ở [TP.HCM]"), says the act is someone else's or about something else.
                        var (actorsBefore, objectsAfter) = Interveners(s, leftIndex, rightIndex, left.End, trigger.Start, trigger.End, right.Start);
                        Add(19, (ulong)type * 2 + (headFirst ? 1UL : 0UL), (ulong)Math.Min(actorsBefore, 2) * 4 + (ulong)Math.Min(objectsAfter, 3));
                        Add(20, (ulong)type * 2 + (headFirst ? 1UL : 0UL), FreeWord(s, right.Start - 1));
                    }
                }
            }
        }
        // The free word that governs each side's chain of mentions says its role in the clause: the
        // object of a meeting ("hội đàm với [B]"), the place of an act ("tại [X]"), a subject (sentence start).
        Add(21, pair, Governor(s, head.Start, 1));
        Add(22, pair, Governor(s, tail.Start, 1));
        Add(23, pair, Governor(s, head.Start, 1) * 31 + Governor(s, tail.Start, 1));
        Add(24, pair, Governor(s, head.Start, 2) * 31 + Governor(s, head.Start, 1));
        Add(25, pair, Governor(s, tail.Start, 2) * 31 + Governor(s, tail.Start, 1));
        // Each side's place in a chain of mentions: a place inside another person's title chain
        // ("hội đàm với Chủ tịch [Quốc hội] B") is not what anyone visits.
        Add(26, pair, ChainShape(s, c.Head) * 16 + ChainShape(s, c.Tail));
        Add(27, pair, IsDateline(s, tail) ? 1UL : 0UL);
        // The trigger that governs the tail is the nearest one before it: "thăm A và làm việc với [B]"
        // visits A, and B is the object of "làm việc với".
        var governing = NearestTriggerBefore(s, tail.Start);
        if (governing is { } g)
        {
            int objects = 0;
            foreach (var mv in s.Mentions)
            {
                if (mv.Start >= g.End && mv.End <= tail.Start && mv.Type != MentionType.Role && mv.Type != MentionType.Date
                    && !Coordinated(s, mv.End, tail.Start) && s.HasFreeToken(mv.End, tail.Start))
                {
                    objects++;
                }
            }
            ulong where = g.End <= head.Start ? 0UL : g.Start >= head.End ? 1UL : 2UL;
            Add(28, pair, g.Types * 8 + (ulong)Bucket(tail.Start - g.End));
            Add(29, pair, g.Types * 16 + where * 4 + (ulong)Math.Min(objects, 3));
        }
        else
        {
            Add(28, pair, 0xFFFF);
        }
        if (head.Index == SentenceView.FirstPerson)
        {
            // An interview's "tôi" acts like a named subject; this only lets its pairs be calibrated apart.
            Add(30, (ulong)tail.Type, headFirst ? 1UL : 0UL);
        }
        if (c.ProxyHead)
        {
            int before = s.Mentions.Take(c.Head).Count(m => m.Type == MentionType.Person);
            Add(18, (ulong)Math.Min(before, 2), (ulong)tail.Type);
        }
    }

    /// <summary>
    /// Persons between the left mention and a trigger, and mentions between the trigger and the right
    /// mention that are not coordinated with it: objects joined by "và" or a comma ("tiếp A và B") share
    /// the trigger, so only mentions after the last coordinator count ("thăm Trường X ở [TP.HCM]"), and
    /// not those in the right mention's own title chain.
    /// </summary>
    private static (int ActorsBefore, int ObjectsAfter) Interveners(SentenceView s, int leftIndex, int rightIndex, int leftEnd, int triggerStart, int triggerEnd, int rightStart)
    {
        int actors = 0, objects = 0;
        for (int m = leftIndex + 1; m < rightIndex; m++)
        {
            var mv = s.Mentions[m];
            if (mv.Type == MentionType.Person && mv.Start >= leftEnd && mv.End <= triggerStart)
            {
                actors++;
            }
            else if (mv.Type != MentionType.Role && mv.Type != MentionType.Date && mv.Start >= triggerEnd && mv.End <= rightStart)
            {
                // A mention joined to the right one by mentions only is its title chain ("Đại sứ Hàn Quốc B").
                objects = Coordinated(s, mv.End, rightStart) ? 0 : s.HasFreeToken(mv.End, rightStart) ? objects + 1 : objects;
            }
        }
        return (actors, objects);
    }

    /// <summary>Whether [from, to) joins two mentions by coordinators only ("A và B", "A, B"), not by a clause ("A và làm việc với B").</summary>
    private static bool Coordinated(SentenceView s, int from, int to)
    {
        bool any = false;
        for (int t = from; t < to; t++)
        {
            if (!s.InMention(t))
            {
                ulong w = s.Words[t];
                if (w != SentenceView.And && w != SentenceView.Comma && w != SentenceView.Semicolon)
                {
                    return false;
                }
                any = true;
            }
        }
        return any;
    }

    /// <summary>The trigger ending nearest before token <paramref name="token"/> (the longest of those ending there), if any.</summary>
    private static TriggerView? NearestTriggerBefore(SentenceView s, int token)
    {
        TriggerView? best = null;
        foreach (var t in s.Triggers)
        {
            if (t.End <= token && (best is not { } b || t.End > b.End || (t.End == b.End && t.Start < b.Start)))
            {
                best = t;
            }
        }
        return best;
    }

    /// <summary>The types of the mentions directly before and after mention <paramref name="m"/> (no free token between), 7 for none.</summary>
    private static ulong ChainShape(SentenceView s, int m)
    {
        var mv = s.Mentions[m];
        ulong before = m > 0 && !s.HasFreeToken(s.Mentions[m - 1].End, mv.Start) ? (ulong)s.Mentions[m - 1].Type : 7UL;
        ulong after = m + 1 < s.Mentions.Count && !s.HasFreeToken(mv.End, s.Mentions[m + 1].Start) ? (ulong)s.Mentions[m + 1].Type : 7UL;
        return before * 8 + after;
    }

    /// <summary>A place opening the sentence before a comma, bracket or dash: the dateline ("HÀ NỘI, ngày ...", "LONDON (TTXVN) -").</summary>
    private static bool IsDateline(SentenceView s, MentionView m) =>
        m.Start == 0 && m.End < s.Words.Length && (s.Words[m.End] == SentenceView.Comma || s.Words[m.End] == OpenBracket || s.Words[m.End] == Dash);

    private static readonly ulong OpenBracket = Lexicons.LexiconSet.TokenHash("("), Dash = Lexicons.LexiconSet.TokenHash("-");

    /// <summary>The <paramref name="nth"/> free word before <paramref name="token"/>, skipping mention tokens; 1 at the sentence start.</summary>
    private static ulong Governor(SentenceView s, int token, int nth)
    {
        for (int t = token - 1; t >= 0; t--)
        {
            if (!s.InMention(t) && --nth == 0)
            {
                return s.Words[t];
            }
        }
        return 1UL;
    }

    /// <summary>
    /// The word at a token outside mentions, or the type of the mention it lies in: a name's own words
    /// ("Bộ trưởng [Hà] Văn Khải") say nothing that carries to unseen names.
    /// </summary>
    private static ulong FreeWord(SentenceView s, int token) =>
        token >= 0 && token < s.Words.Length && s.InMention(token) ? 3UL + (ulong)s.MentionTypeAt(token) : Word(s, token);

    private static ulong Word(SentenceView s, int token) => token < 0 ? 1UL : token >= s.Words.Length ? 2UL : s.Words[token];

    private static ulong Bucket(int gap) => gap switch
    {
        0 => 0,
        1 => 1,
        2 => 2,
        3 => 3,
        <= 5 => 4,
        <= 8 => 5,
        <= 15 => 6,
        _ => 7,
    };
}
