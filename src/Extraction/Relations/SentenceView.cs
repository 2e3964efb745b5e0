using Extraction.Documents;
using Extraction.Lexicons;

namespace Extraction.Relations;

/// <summary>
/// One sentence prepared for relation linking: its mentions with their token ranges, the folded
/// word hash of every token, and the trigger phrases found in it.
/// </summary>
internal sealed class SentenceView
{
    /// <param name="mentions">Indices of the sentence's mentions in text order (see <see cref="MentionsBySentence"/>).</param>
    /// <param name="speaker">
    /// The entity who says "tôi" in this sentence (<see cref="SpeakerResolver"/>), -1 if none: when the
    /// sentence does not name that person, its first "tôi" becomes a PERSON mention standing for them.
    /// </param>
    public SentenceView(Document document, int sentence, IReadOnlyList<int> mentions, LexiconSet lexicons, int speaker = -1)
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
        _inMention = new bool[Words.Length];
        _mentionTypeAt = new MentionType[Words.Length];
        foreach (int m in mentions)
        {
            var mention = document.Mentions[m];
            int start = Math.Clamp(LowerBound(document.Tokens, mention.Start) - first, 0, Math.Max(0, Words.Length - 1));
            int end = Math.Clamp(LowerBound(document.Tokens, mention.End) - first, start + 1, Math.Max(start + 1, Words.Length));
            Mentions.Add(new MentionView(m, mention.Type, start, end));
            for (int t = start; t < end && t < _inMention.Length; t++)
            {
                _inMention[t] = true;
                _mentionTypeAt[t] = mention.Type;
            }
        }
        if (speaker >= 0 && !mentions.Any(m => document.Mentions[m].Entity == speaker) && SpeakerResolver.FirstPersonToken(Words) is int me and >= 0 && !_inMention[me])
        {
            Speaker = speaker;
            int at = Mentions.FindIndex(m => m.Start > me);
            Mentions.Insert(at < 0 ? Mentions.Count : at, new MentionView(FirstPerson, MentionType.Person, me, me + 1));
            _inMention[me] = true;
            _mentionTypeAt[me] = MentionType.Person;
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
        for (int k = 0; k < Triggers.Count; k++)
        {
            var t = Triggers[k];
            if (Triggers.Any(o => o.Start <= t.Start && t.End <= o.End && o.End - o.Start > t.End - t.Start))
            {
                Triggers[k] = t with { Nested = true };
            }
        }
    }

    /// <summary>The <see cref="MentionView.Index"/> of a first-person "tôi" standing for <see cref="Speaker"/>.</summary>
    public const int FirstPerson = -1;

    public Document Document { get; }

    /// <summary>The entity a first-person mention of this sentence stands for, -1 if it has none.</summary>
    public int Speaker { get; } = -1;

    /// <summary>The entity of a mention of this sentence (the speaker for the first-person one).</summary>
    public int EntityOf(MentionView mention) => mention.Index == FirstPerson ? Speaker : Document.Mentions[mention.Index].Entity;

    public int Sentence { get; }

    /// <summary>Index in <see cref="Document.Tokens"/> of the sentence's first token.</summary>
    public int FirstToken { get; }

    public ulong[] Words { get; }

    public List<MentionView> Mentions { get; } = [];

    public List<TriggerView> Triggers { get; } = [];

    private readonly bool[] _inMention;
    private readonly MentionType[] _mentionTypeAt;
    private Dictionary<int, MentionView>? _byIndex;

    /// <summary>The view of a document mention of this sentence.</summary>
    public MentionView ViewOf(int mentionIndex)
    {
        _byIndex ??= Mentions.ToDictionary(m => m.Index);
        return _byIndex[mentionIndex];
    }

    /// <summary>Triggers starting in the token range [from, to); <see cref="Triggers"/> is ordered by start.</summary>
    public IEnumerable<TriggerView> TriggersBetween(int from, int to)
    {
        int lo = 0, hi = Triggers.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) / 2;
            if (Triggers[mid].Start < from)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }
        for (int i = lo; i < Triggers.Count && Triggers[i].Start < to; i++)
        {
            yield return Triggers[i];
        }
    }

    /// <summary>Whether a token of the sentence lies inside a mention.</summary>
    public bool InMention(int token) => token >= 0 && token < _inMention.Length && _inMention[token];

    /// <summary>The type of the mention a token lies in; only meaningful where <see cref="InMention"/> holds.</summary>
    public MentionType MentionTypeAt(int token) => _mentionTypeAt[token];

    /// <summary>Whether some token in [from, to) lies outside every mention.</summary>
    public bool HasFreeToken(int from, int to)
    {
        for (int t = from; t < to; t++)
        {
            if (!InMention(t))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Folded hashes of the words that join coordinated mentions.</summary>
    public static readonly ulong And = LexiconSet.TokenHash("và"), Comma = LexiconSet.TokenHash(","), Semicolon = LexiconSet.TokenHash(";");

    /// <summary>The mention indices of every sentence that has mentions, in text order.</summary>
    public static SortedDictionary<int, List<int>> MentionsBySentence(Document document)
    {
        var result = new SortedDictionary<int, List<int>>();
        for (int m = 0; m < document.Mentions.Count; m++)
        {
            int s = document.Mentions[m].Sentence;
            if (!result.TryGetValue(s, out var list))
            {
                result[s] = list = [];
            }
            list.Add(m);
        }
        return result;
    }

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

/// <summary>
/// A trigger phrase found in a sentence: token range and relation types (bit t for type t); nested when
/// a longer trigger covers it ("thăm" in "chuyến thăm chính thức").
/// </summary>
internal readonly record struct TriggerView(int Start, int End, uint Types, bool Nested = false);
