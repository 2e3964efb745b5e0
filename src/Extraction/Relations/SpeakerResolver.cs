using Extraction.Documents;
using Extraction.Lexicons;

namespace Extraction.Relations;

/// <summary>
/// Finds who says "tôi" in an interview: a line opening with a person's name and a colon
/// ("Đại sứ Phan Đức Khiêm: ...", "GS.TS Thi Đăng Khoa: ...") makes that person the speaker of it and of
/// the lines after it, until the interviewer's line ("PV: ...", "Phóng viên: ...") or another speaker.
/// Outside interviews no sentence has a speaker.
/// </summary>
internal static class SpeakerResolver
{
    /// <summary>A speaker label is found among this many first tokens of a line.</summary>
    private const int MaxLabelTokens = 16;

    /// <summary>Words that may stand before the speaker's name outside mentions (honorifics, degrees).</summary>
    private const int MaxFreeLabelTokens = 4;

    /// <summary>First words of the interviewer's labels: PV, Phóng (viên), Hỏi.</summary>
    private static readonly HashSet<ulong> InterviewerLabels = new[] { "PV", "Phóng", "Hỏi" }.Select(w => LexiconSet.TokenHash(w)).ToHashSet();

    private static readonly ulong FirstPersonWord = LexiconSet.TokenHash("tôi"), PluralWord = LexiconSet.TokenHash("chúng");

    /// <summary>The speaker entity of every sentence (-1 where none).</summary>
    /// <param name="mentionsBySentence">The document's mentions by sentence (<see cref="SentenceView.MentionsBySentence"/>).</param>
    public static int[] Resolve(Document document, SortedDictionary<int, List<int>> mentionsBySentence)
    {
        var speakers = new int[document.Sentences.Count];
        Array.Fill(speakers, -1);
        int current = -1;
        int token = 0;
        for (int s = 0; s < document.Sentences.Count; s++)
        {
            while (token < document.Tokens.Count && document.Tokens[token].Sentence < s)
            {
                token++;
            }
            var sentence = document.Sentences[s];
            bool opensLine = sentence.Start == 0 || document.Text[sentence.Start - 1] == '\n';
            if (opensLine && Label(document, token, s) is { } colon)
            {
                var before = mentionsBySentence.TryGetValue(s, out var list)
                    ? list.Select(m => document.Mentions[m]).Where(m => m.End <= colon.Start).ToList() : [];
                int free = FreeTokensBefore(document, token, colon, before);
                if (before.Count > 0 && before[^1].Type == MentionType.Person && document.Text.AsSpan(before[^1].End, colon.Start - before[^1].End).IsWhiteSpace()
                    && free <= MaxFreeLabelTokens)
                {
                    current = before[^1].Entity;
                }
                else if (InterviewerLabels.Contains(LexiconSet.TokenHash(document.Text.AsSpan(document.Tokens[token].Start, document.Tokens[token].Length))))
                {
                    current = -1;
                }
            }
            speakers[s] = current;
        }
        return speakers;
    }

    /// <summary>The first token of the sentence that is "tôi" and not "chúng tôi", or -1.</summary>
    public static int FirstPersonToken(ulong[] words)
    {
        for (int t = 0; t < words.Length; t++)
        {
            if (words[t] == FirstPersonWord && (t == 0 || words[t - 1] != PluralWord))
            {
                return t;
            }
        }
        return -1;
    }

    /// <summary>The colon token among the first tokens of sentence <paramref name="sentence"/>, if any.</summary>
    private static Token? Label(Document document, int first, int sentence)
    {
        for (int t = first; t < document.Tokens.Count && t < first + MaxLabelTokens && document.Tokens[t].Sentence == sentence; t++)
        {
            var token = document.Tokens[t];
            if (token.Length == 1 && document.Text[token.Start] == ':')
            {
                return token;
            }
        }
        return null;
    }

    private static int FreeTokensBefore(Document document, int first, Token colon, List<Mention> mentions)
    {
        int free = 0;
        for (int t = first; t < document.Tokens.Count && document.Tokens[t].Start < colon.Start; t++)
        {
            var token = document.Tokens[t];
            if (!mentions.Any(m => m.Start <= token.Start && token.End <= m.End))
            {
                free++;
            }
        }
        return free;
    }
}
