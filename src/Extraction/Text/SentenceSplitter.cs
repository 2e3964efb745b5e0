using Extraction.Documents;

namespace Extraction.Text;

/// <summary>
/// Splits Vietnamese news text into sentences. A line break always ends a sentence (headlines,
/// captions and teaser lines carry no final punctuation); within a line, a run of . ! ? … (with any
/// closing quotes or brackets) ends one when whitespace and a sentence-opening character follow,
/// unless the full stop closes an abbreviation (TP., TS., PGS.TS., Th.S, v.v.) or an initial.
/// Numbers ("1.000", "3,5"), dates ("22-9-2024") and times ("9h30") contain no space after their
/// punctuation and never split. Sentences exclude surrounding whitespace.
/// </summary>
public static class SentenceSplitter
{
    // Abbreviations that stand before a name or word and never end a sentence.
    private static readonly HashSet<string> TitleAbbreviations = new(StringComparer.Ordinal)
    {
        "TP", "Tp", "tp", "TS", "GS", "PGS", "ThS", "Th.S", "BS", "KS", "CN", "NCS", "TSKH", "BSCKII", "BSCKI", "BSCK",
        "PGS.TS", "GS.TS", "GS.TSKH", "PGS.TSKH", "TS.BS", "ThS.BS", "PGS.TS.BS", "GS.TS.BS", "NSND", "NSƯT", "NGƯT", "NGND",
        "Q", "P", "TT", "Mr", "Mrs", "Ms", "Dr", "St", "Lt", "Gen", "Col", "Capt", "Sgt", "Jr", "Sr", "No", "Tr", "tr", "Nxb", "NXB", "Bs", "Ths",
    };

    private const string Terminators = ".!?…";
    private const string Closers = "\"”’')]»";
    private const string Openers = "\"“‘'([«-–—•*+";

    /// <summary>Sentence spans of <paramref name="text"/>, in order, non-overlapping.</summary>
    public static List<TextSpan> Split(string text)
    {
        var sentences = new List<TextSpan>();
        Split(text, sentences);
        return sentences;
    }

    /// <summary>Appends the sentence spans of <paramref name="text"/> to <paramref name="sentences"/>.</summary>
    public static void Split(string text, List<TextSpan> sentences)
    {
        int lineStart = 0;
        while (lineStart <= text.Length)
        {
            int nl = text.IndexOf('\n', lineStart);
            int lineEnd = nl < 0 ? text.Length : nl;
            SplitLine(text, lineStart, lineEnd, sentences);
            if (nl < 0)
            {
                break;
            }
            lineStart = nl + 1;
        }
    }

    private static void SplitLine(string text, int start, int end, List<TextSpan> sentences)
    {
        int i = start;
        int sentenceStart = -1;
        while (i < end)
        {
            char c = text[i];
            if (sentenceStart < 0)
            {
                if (!char.IsWhiteSpace(c))
                {
                    sentenceStart = i;
                }
                i++;
                continue;
            }
            if (Terminators.IndexOf(c) < 0)
            {
                i++;
                continue;
            }
            int runStart = i;
            int j = i;
            while (j < end && Terminators.IndexOf(text[j]) >= 0)
            {
                j++;
            }
            while (j < end && Closers.IndexOf(text[j]) >= 0)
            {
                j++;
            }
            if (j < end && !char.IsWhiteSpace(text[j]))
            {
                i = j;
                continue;
            }
            int k = j;
            while (k < end && char.IsWhiteSpace(text[k]))
            {
                k++;
            }
            bool split = k >= end || (OpensSentence(text[k]) && !ClosesAbbreviation(text, sentenceStart, runStart, j - runStart));
            if (split)
            {
                sentences.Add(new TextSpan(sentenceStart, j));
                sentenceStart = -1;
            }
            i = k;
        }
        if (sentenceStart >= 0)
        {
            int e = end;
            while (e > sentenceStart && char.IsWhiteSpace(text[e - 1]))
            {
                e--;
            }
            sentences.Add(new TextSpan(sentenceStart, e));
        }
    }

    private static bool OpensSentence(char c) => char.IsUpper(c) || char.IsDigit(c) || Openers.IndexOf(c) >= 0;

    /// <summary>"C", "V.I", "J.F": one or more capital initials, as in "C. Mác", "V.I. Lê-nin".</summary>
    private static bool IsInitials(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty)
        {
            return false;
        }
        for (int i = 0; i < word.Length; i++)
        {
            bool letterSlot = i % 2 == 0;
            if (letterSlot ? !char.IsUpper(word[i]) : word[i] != '.')
            {
                return false;
            }
        }
        return word.Length % 2 == 1;
    }

    /// <summary>Whether a single full stop at <paramref name="dot"/> ends an abbreviation or an initial.</summary>
    private static bool ClosesAbbreviation(string text, int sentenceStart, int dot, int runLength)
    {
        if (runLength != 1 || text[dot] != '.')
        {
            return false;
        }
        int w = dot;
        while (w > sentenceStart && !char.IsWhiteSpace(text[w - 1]) && Openers.IndexOf(text[w - 1]) < 0)
        {
            w--;
        }
        var word = text.AsSpan(w, dot - w);
        if (IsInitials(word))
        {
            return true;
        }
        var lookup = TitleAbbreviations.GetAlternateLookup<ReadOnlySpan<char>>();
        return lookup.Contains(word);
    }
}
