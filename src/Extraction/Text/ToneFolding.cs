using System.Text;

namespace Extraction.Text;

/// <summary>
/// Makes tone-mark placement variants comparable ("hoà"/"hòa", "Thuỷ"/"Thủy") for features and
/// look-ups: a folded key is the lowercase syllable with its tone mark removed from whichever vowel
/// carries it and written once, as a digit, at the end ("hoà" and "hòa" both give "hoa2").
/// The document text is never rewritten.
/// </summary>
public static class ToneFolding
{
    // Per BMP char: the toneless lowercase char and the tone (0 none, 1 acute, 2 grave, 3 hook, 4 tilde, 5 dot below).
    private static readonly char[] BaseChar = new char[0x2000];
    private static readonly byte[] ToneOf = new byte[0x2000];

    static ToneFolding()
    {
        for (int c = 0; c < BaseChar.Length; c++)
        {
            BaseChar[c] = char.ToLowerInvariant((char)c);
        }
        for (int c = 0xC0; c < BaseChar.Length; c++)
        {
            if (char.IsSurrogate((char)c))
            {
                continue;
            }
            string decomposed = ((char)c).ToString().Normalize(NormalizationForm.FormD);
            var kept = new StringBuilder();
            byte tone = 0;
            foreach (char d in decomposed)
            {
                byte t = d switch { '\u0301' => 1, '\u0300' => 2, '\u0309' => 3, '\u0303' => 4, '\u0323' => 5, _ => 0 };
                if (t != 0)
                {
                    tone = t;
                }
                else
                {
                    kept.Append(d);
                }
            }
            if (tone == 0)
            {
                continue;
            }
            string recomposed = kept.ToString().Normalize(NormalizationForm.FormC);
            if (recomposed.Length == 1)
            {
                BaseChar[c] = char.ToLowerInvariant(recomposed[0]);
                ToneOf[c] = tone;
            }
        }
    }

    /// <summary>The folded key of one syllable or word (see the type's summary).</summary>
    public static string Fold(ReadOnlySpan<char> word)
    {
        Span<char> buffer = word.Length <= 128 ? stackalloc char[word.Length + 1] : new char[word.Length + 1];
        int n = Fold(word, buffer);
        return new string(buffer[..n]);
    }

    /// <summary>Writes the folded key into <paramref name="destination"/> (at least word length + 1) and returns its length.</summary>
    public static int Fold(ReadOnlySpan<char> word, Span<char> destination)
    {
        byte tone = 0;
        for (int i = 0; i < word.Length; i++)
        {
            char c = word[i];
            if (c < BaseChar.Length)
            {
                destination[i] = BaseChar[c];
                if (ToneOf[c] != 0)
                {
                    tone = ToneOf[c];
                }
            }
            else
            {
                destination[i] = char.ToLowerInvariant(c);
            }
        }
        if (tone == 0)
        {
            return word.Length;
        }
        destination[word.Length] = (char)('0' + tone);
        return word.Length + 1;
    }

    /// <summary>Folds every space-separated syllable of a phrase ("Thủy Điện" gives "thuy3 đien5").</summary>
    public static string FoldPhrase(string phrase)
    {
        var parts = phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return string.Join(' ', parts.Select(p => Fold(p)));
    }

    /// <summary>The phrase without any diacritics or tone, lowercase ("Hà Nội" gives "ha noi"), for matching unaccented text.</summary>
    public static string StripAccents(string phrase)
    {
        var sb = new StringBuilder(phrase.Length);
        foreach (char c in phrase.Normalize(NormalizationForm.FormD))
        {
            if (System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark)
            {
                continue;
            }
            sb.Append(c is 'đ' ? 'd' : c is 'Đ' ? 'd' : char.ToLowerInvariant(c));
        }
        return sb.ToString();
    }
}
