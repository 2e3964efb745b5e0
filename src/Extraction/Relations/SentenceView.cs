using Extraction.Documents;
using Extraction.Lexicons;

namespace Extraction.Relations;

/// <summary>
/// One sentence prepared for relation linking: its mentions with their token ranges, the folded
/// word hash of every token, and the trigger phrases found in it.
/// </summary>
internal sealed class SentenceView
{
    public SentenceView(Document document, int sentence, LexiconSet lexicons)
    {
        Document = document;
        Sentence = sentence;
        int first = LowerBound(document.Tokens, document.Sentences[sentence].Start);
        int last = first;
        while (last < document.Tokens.Count && document.Tokens[last].Sentence == sentence)
        {
            last++;
        }
        FirstToken = first;
        Words = new ulong[last - first];
        for (int t = first; t < last; t++)
        {
            var token = document.Tokens[t];
            Words[t - first] = LexiconSet.TokenHash(document.Text.AsSpan(token.Start, token.Length));
        }
        for (int m = 0; m < document.Mentions.Count; m++)
        {
            var mention = document.Mentions[m];
            if (mention.Sentence != sentence)
            {
                continue;
            }
            int start = LowerBound(document.Tokens, mention.Start) - first;
            int end = LowerBound(document.Tokens, mention.End) - first;
            Mentions.Add(new MentionView(m, mention.Type, Math.Max(0, start), Math.Max(start + 1, end)));
        }
        for (int i = 0; i < Words.Length; i++)
        {
            ulong key = 0;
            for (int len = 1; len <= lexicons.MaxPhraseTokens && i + len <= Words.Length; len++)
            {
                key = LexiconSet.Combine(key, Words[i + len - 1]);
                uint types = lexicons.TriggerTypes(key);
                if (types != 0)
                {
                    Triggers.Add(new TriggerView(i, i + len, types));
                }
            }
        }
    }

    public Document Document { get; }

    public int Sentence { get; }

    /// <summary>Index in <see cref="Document.Tokens"/> of the sentence's first token.</summary>
    public int FirstToken { get; }

    public ulong[] Words { get; }

    public List<MentionView> Mentions { get; } = [];

    public List<TriggerView> Triggers { get; } = [];

    /// <summary>Whether the tokens [start, end) hold a mention.</summary>
    public bool InMention(int token) => Mentions.Any(m => m.Start <= token && token < m.End);

    private static int LowerBound(List<Token> tokens, int position)
    {
        int lo = 0, hi = tokens.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) / 2;
            if (tokens[mid].End <= position)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }
        return lo;
    }
}

/// <summary>A mention of a sentence: its index in the document and its token range within the sentence.</summary>
internal readonly record struct MentionView(int Index, MentionType Type, int Start, int End);

/// <summary>A trigger phrase found in a sentence: token range and relation types (bit t for type t).</summary>
internal readonly record struct TriggerView(int Start, int End, uint Types);
