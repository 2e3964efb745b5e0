using System.Text.RegularExpressions;
using Extraction.Documents;
using Microsoft.ML.Tokenizers;

namespace Extraction.Text;

/// <summary>
/// Splits text into syllables, numbers, dates, times, abbreviations and punctuation with their offsets,
/// using Microsoft.ML.Tokenizers' <see cref="RegexPreTokenizer"/> over one pattern whose alternatives keep
/// whole: URLs and e-mail addresses, dates ("22-9-2024", "20/12/2024", "20/12"), year ranges ("2021-2026"),
/// times ("9h30", "14:30"), numbers ("1.000", "3,5"), dotted abbreviations ("TP.HCM", "PGS.TS", "Th.S"),
/// words with hyphens or apostrophes ("Jae-myung", "O'Brien", "COVID-19"), runs of dots, and any other
/// single symbol. Whitespace is never a token.
/// </summary>
public sealed partial class VietnameseTokenizer
{
    private const string Pattern =
        @"https?://[^\s""'<>]+|www\.[^\s""'<>]+|[\p{L}\d._%+-]+@[\p{L}\d-]+(?:\.[\p{L}\d-]+)+" +
        @"|(?<!\d)\d{1,2}[/-]\d{1,2}(?:[/-]\d{4}|[/-]\d{2}(?!\d))?(?![\d/])" +
        @"|(?<!\d)\d{1,2}/\d{4}(?!\d)|(?<!\d)\d{4}[-–]\d{4}(?!\d)" +
        @"|(?<!\d)\d{1,2}(?:h|g|giờ)\d{2}(?:p|')?(?!\p{L})|(?<!\d)\d{1,2}h(?!\p{L})|(?<!\d)\d{1,2}:\d{2}(?::\d{2})?" +
        @"|\d+(?:[.,]\d+)*" +
        @"|\p{L}[\p{L}\p{M}]*(?:\.\p{L}[\p{L}\p{M}]*)+(?=[\s,;:)\]""”’]|\.(?:\s|$)|$)" +
        @"|[\p{L}\p{M}][\p{L}\p{M}\d]*(?:['’\-][\p{L}\d][\p{L}\p{M}\d]*)*" +
        @"|\.{2,}|[\uD800-\uDBFF][\uDC00-\uDFFF]|[^\s\p{L}\p{M}\d]";

    [GeneratedRegex(Pattern, RegexOptions.CultureInvariant)]
    private static partial Regex TokenRegex();

    private readonly RegexPreTokenizer _preTokenizer = new(TokenRegex(), null);

    /// <summary>A tokenizer with the default pattern; thread-safe.</summary>
    public static VietnameseTokenizer Instance { get; } = new();

    /// <summary>Tokens of <paramref name="text"/>[start, end), appended with the given sentence index.</summary>
    public void Tokenize(string text, int start, int end, int sentence, List<Token> tokens)
    {
        foreach (var (offset, length) in _preTokenizer.PreTokenize(text.AsSpan(start, end - start)))
        {
            tokens.Add(new Token(start + offset, start + offset + length, sentence));
        }
    }

    /// <summary>The token strings of a text, for tests and tools.</summary>
    public IReadOnlyList<string> Split(string text)
    {
        var tokens = new List<Token>();
        Tokenize(text, 0, text.Length, 0, tokens);
        return tokens.Select(t => text[t.Start..t.End]).ToList();
    }
}
