using Extraction.Documents;
using Extraction.Lexicons;
using Extraction.Text;

namespace Extraction.Tagging;

/// <summary>
/// Turns the tokens of a sentence into hashed feature ids, the same for training and tagging: the
/// tone-folded lowercase word and its neighbours (window of two, with bigrams), word shapes,
/// capitalization and runs of capitalized syllables (where names live), affixes, number classes,
/// and lexicon matches with their position (B/I/L/U) for the token and its neighbours.
/// Feature ids are FNV hashes of (template, values) masked to <see cref="Bits"/> bits.
/// <see cref="PreviousLabelFeatures"/> adds the few features that depend on the previous label, which
/// the tagger's decoder evaluates for every candidate previous label (a maximum-entropy Markov model).
/// One instance per thread: it reuses its buffers.
/// </summary>
public sealed class FeatureExtractor
{
    /// <summary>Version of the templates below; a model records it and refuses another.</summary>
    public const int Version = 7;

    /// <summary>How many features of a token depend on the previous token's label (see <see cref="PreviousLabelFeatures"/>).</summary>
    public const int PreviousLabelFeatureCount = 3;

    private const int Categories = 16;
    private readonly LexiconSet _lexicons;
    private readonly int _mask;

    private ulong[] _word = new ulong[64];
    private ulong[] _shape = new ulong[64];
    private byte[] _flags = new byte[64];
    private byte[] _lex = new byte[64 * Categories];
    private short[] _runLength = new short[64];
    private short[] _runPosition = new short[64];
    private byte[] _depth = new byte[64];
    private ulong[] _previousKeys = new ulong[64 * PreviousLabelFeatureCount];

    public FeatureExtractor(LexiconSet lexicons, int bits)
    {
        _lexicons = lexicons;
        Bits = bits;
        _mask = (1 << bits) - 1;
    }

    public int Bits { get; }

    private const byte Cap = 1, AllCaps = 2, Digit = 4, Letter = 8, Punct = 16;

    /// <summary>
    /// Appends the features of every token of <paramref name="tokens"/> (one sentence of
    /// <paramref name="text"/>) to <paramref name="features"/>; token k's features are
    /// features[offsets[k]..offsets[k+1]].
    /// </summary>
    public void Extract(string text, ReadOnlySpan<Token> tokens, bool headline, List<int> features, List<int> offsets)
    {
        int n = tokens.Length;
        Prepare(text, tokens);
        int letters = 0, upper = 0;
        for (int i = 0; i < n; i++)
        {
            if ((_flags[i] & Letter) != 0)
            {
                letters++;
                if ((_flags[i] & AllCaps) != 0)
                {
                    upper++;
                }
            }
        }
        bool capsSentence = letters >= 3 && upper * 10 >= letters * 7;
        offsets.Clear();
        features.Clear();
        Span<char> folded = stackalloc char[65];
        for (int i = 0; i < n; i++)
        {
            offsets.Add(features.Count);
            ulong w0 = _word[i], wm1 = Word(i - 1), wp1 = Word(i + 1), wm2 = Word(i - 2), wp2 = Word(i + 2);
            ulong s0 = _shape[i], sm1 = Shape(i - 1), sp1 = Shape(i + 1);
            Add(features, 1, w0);
            Add(features, 2, wm1);
            Add(features, 3, wp1);
            Add(features, 4, wm2);
            Add(features, 5, wp2);
            Add(features, 6, wm1, w0);
            Add(features, 7, w0, wp1);
            Add(features, 8, wm2, wm1);
            Add(features, 9, wp1, wp2);
            Add(features, 10, s0);
            Add(features, 11, sm1);
            Add(features, 12, sp1);
            Add(features, 13, sm1, s0, sp1);
            Add(features, 14, Flags(i - 1), _flags[i], Flags(i + 1));
            Add(features, 15, (ulong)_runPosition[i], (ulong)Math.Min((int)_runLength[i], 6));
            Add(features, 16, w0, _flags[i]);
            Add(features, 17, wm1, s0);
            Add(features, 18, s0, wp1);
            Add(features, 19, capsSentence ? 1UL : 0UL, s0);
            Add(features, 20, i == 0 ? 1UL : 0UL, _flags[i]);
            Add(features, 21, headline ? 1UL : 0UL, _flags[i], (ulong)_runPosition[i]);
            _previousKeys[i * PreviousLabelFeatureCount] = StableHash.Finish(StableHash.Append(StableHash.Seed, 44UL));
            _previousKeys[i * PreviousLabelFeatureCount + 1] = StableHash.Finish(StableHash.Append(StableHash.Append(StableHash.Seed, 45UL), w0));
            _previousKeys[i * PreviousLabelFeatureCount + 2] = StableHash.Finish(StableHash.Append(StableHash.Append(StableHash.Append(StableHash.Seed, 46UL), s0), _flags[i]));
            var token = text.AsSpan(tokens[i].Start, tokens[i].Length);
            if (token.Length > 3 && token.Length <= 64 && (_flags[i] & Letter) != 0)
            {
                // Affixes of the tone-folded form, so "Thuỷ" and "Thủy" share them.
                var key = folded[..ToneFolding.Fold(token, folded)];
                Add(features, 22, StableHash.Of(key[..3]));
                Add(features, 23, StableHash.Of(key[^3..]));
            }
            if ((_flags[i] & Digit) != 0)
            {
                Add(features, 24, NumberClass(token));
            }
            bool anyLexicon = false;
            for (int c = 0; c < Categories; c++)
            {
                byte pos = _lex[i * Categories + c];
                if (pos != 0)
                {
                    anyLexicon = true;
                    Add(features, 25, (ulong)c, pos);
                    Add(features, 26, (ulong)c, pos, (ulong)(_flags[i] & Cap));
                }
                if (i > 0 && _lex[(i - 1) * Categories + c] != 0)
                {
                    Add(features, 27, (ulong)c, _lex[(i - 1) * Categories + c]);
                }
                if (i + 1 < n && _lex[(i + 1) * Categories + c] != 0)
                {
                    Add(features, 28, (ulong)c, _lex[(i + 1) * Categories + c]);
                }
                if (i > 1 && _lex[(i - 2) * Categories + c] != 0)
                {
                    Add(features, 29, (ulong)c);
                }
                if (i + 2 < n && _lex[(i + 2) * Categories + c] != 0)
                {
                    Add(features, 43, (ulong)c);
                }
            }
            if (!anyLexicon)
            {
                Add(features, 30, _flags[i]);
            }
            Add(features, 33, wm1, w0, wp1);
            Add(features, 39, Word(i - 3));
            Add(features, 40, Word(i + 3));
            Add(features, 41, wm2, wm1, w0);
            Add(features, 42, w0, wp1, wp2);
            Add(features, 34, _depth[i] > 0 ? 1UL : 0UL, s0);
            // The nearest capitalized run before this token (or before this token's own run), across
            // lowercase words only: organization and event names run on in lowercase after a capitalized
            // head and may resume in capitals ("Trường THPT chuyên Vị Thanh", "Quỹ hòa giải và phát triển").
            bool capital = (_flags[i] & Cap) != 0;
            int from = capital ? i - _runPosition[i] : i;
            int back = from - 1;
            while (back >= 0 && from - back <= 5 && (_flags[back] & Cap) == 0 && (_flags[back] & (Punct | Digit)) == 0)
            {
                back--;
            }
            if (back >= 0 && back < from - (capital ? 1 : 0) && from - back <= 5 && (_flags[back] & Cap) != 0)
            {
                int head = back - _runPosition[back];
                ulong template = capital ? 37UL : 35UL;
                for (int c = 0; c < Categories; c++)
                {
                    if (_lex[head * Categories + c] != 0)
                    {
                        Add(features, template, (ulong)c, (ulong)(i - back));
                    }
                }
                Add(features, template + 1, _word[head], (ulong)Math.Min(i - back, 3));
            }
            int runStart = i - _runPosition[i];
            if (_runLength[i] > 0 && runStart >= 0)
            {
                // What the capitalized run starts with (a surname, a title, a place) says much about what it is.
                for (int c = 0; c < Categories; c++)
                {
                    if (_lex[runStart * Categories + c] != 0)
                    {
                        Add(features, 31, (ulong)c, (ulong)Math.Min((int)_runPosition[i], 3));
                    }
                }
                Add(features, 32, Word(runStart - 1), (ulong)Math.Min((int)_runPosition[i], 3));
            }
        }
        offsets.Add(features.Count);
    }

    /// <summary>
    /// Writes the features of token <paramref name="i"/> of the sentence last given to <see cref="Extract"/>
    /// that pair the previous token's label (<c>TagSet.Count</c> at the sentence start) with the token's
    /// word and shape: what lets the model learn that "sản" continues "Đảng Cộng" but "?" or "và" ends a name.
    /// </summary>
    public void PreviousLabelFeatures(int i, int previous, Span<int> ids)
    {
        // The token's part of each key is hashed once per token (in Extract); the label is mixed in by an
        // odd multiplier, which keeps the ids of one token's labels distinct and the decoder's inner loop cheap.
        ulong label = (ulong)(previous + 1) * 0x9E3779B97F4A7C15UL;
        for (int k = 0; k < PreviousLabelFeatureCount; k++)
        {
            ids[k] = (int)((_previousKeys[i * PreviousLabelFeatureCount + k] + label) & (uint)_mask);
        }
    }

    private ulong Word(int i) => i < 0 ? 0x5354415254UL : i >= _wordCount ? 0x454E44UL : _word[i];

    private ulong Shape(int i) => i < 0 || i >= _wordCount ? 0x42UL : _shape[i];

    private ulong Flags(int i) => i < 0 || i >= _wordCount ? 0xFFUL : _flags[i];

    private int _wordCount;

    private void Prepare(string text, ReadOnlySpan<Token> tokens)
    {
        int n = tokens.Length;
        _wordCount = n;
        if (_word.Length < n)
        {
            int size = Math.Max(n, _word.Length * 2);
            _word = new ulong[size];
            _shape = new ulong[size];
            _flags = new byte[size];
            _lex = new byte[size * Categories];
            _runLength = new short[size];
            _runPosition = new short[size];
            _depth = new byte[size];
            _previousKeys = new ulong[size * PreviousLabelFeatureCount];
        }
        Array.Clear(_lex, 0, n * Categories);
        for (int i = 0; i < n; i++)
        {
            var token = text.AsSpan(tokens[i].Start, tokens[i].Length);
            _word[i] = LexiconSet.TokenHash(token);
            (_shape[i], _flags[i]) = ShapeOf(token);
        }
        // Nesting inside parentheses or quotes.
        int depth = 0;
        for (int i = 0; i < n; i++)
        {
            char c = tokens[i].Length == 1 ? text[tokens[i].Start] : '\0';
            if (c is ')' or '”')
            {
                depth = Math.Max(0, depth - 1);
            }
            _depth[i] = (byte)Math.Min(depth, 3);
            if (c is '(' or '“')
            {
                depth++;
            }
        }
        // Capitalized runs: consecutive tokens starting with an upper-case letter.
        int r = 0;
        while (r < n)
        {
            if ((_flags[r] & Cap) == 0)
            {
                _runLength[r] = 0;
                _runPosition[r] = 0;
                r++;
                continue;
            }
            int e = r;
            while (e < n && (_flags[e] & Cap) != 0)
            {
                e++;
            }
            for (int k = r; k < e; k++)
            {
                _runLength[k] = (short)(e - r);
                _runPosition[k] = (short)(k - r);
            }
            r = e;
        }
        // Lexicon matches: every phrase starting at every token, up to the longest phrase.
        for (int i = 0; i < n; i++)
        {
            ulong key = 0;
            for (int len = 1; len <= _lexicons.MaxPhraseTokens && i + len <= n; len++)
            {
                key = LexiconSet.Combine(key, _word[i + len - 1]);
                var categories = _lexicons.Lookup(key);
                if (categories == LexiconCategory.None)
                {
                    continue;
                }
                for (int c = 0; c < Categories; c++)
                {
                    if (((uint)categories & (1u << c)) == 0)
                    {
                        continue;
                    }
                    for (int k = i; k < i + len; k++)
                    {
                        // Position code: 1 B, 2 I, 3 L, 4 U; a longer match overrides a shorter one.
                        byte code = len == 1 ? (byte)4 : k == i ? (byte)1 : k == i + len - 1 ? (byte)3 : (byte)2;
                        _lex[k * Categories + c] = code;
                    }
                }
            }
        }
    }

    private static (ulong Shape, byte Flags) ShapeOf(ReadOnlySpan<char> token)
    {
        ulong shape = 0xCBF29CE484222325UL;
        char last = '\0';
        int letters = 0, uppers = 0, digits = 0, kept = 0;
        foreach (char c in token)
        {
            char cls = char.IsUpper(c) ? 'X' : char.IsLetter(c) ? 'x' : char.IsDigit(c) ? 'd' : c;
            if (char.IsLetter(c))
            {
                letters++;
                if (char.IsUpper(c))
                {
                    uppers++;
                }
            }
            else if (char.IsDigit(c))
            {
                digits++;
            }
            if (cls != last && kept < 5)
            {
                shape = (shape ^ cls) * 1099511628211UL;
                kept++;
                last = cls;
            }
        }
        byte flags = 0;
        if (letters > 0)
        {
            flags |= Letter;
            if (char.IsUpper(token[0]))
            {
                flags |= Cap;
            }
            if (uppers == letters && letters > 1)
            {
                flags |= AllCaps;
            }
        }
        if (digits > 0)
        {
            flags |= Digit;
        }
        if (letters == 0 && digits == 0)
        {
            flags |= Punct;
        }
        return (shape, flags);
    }

    private static ulong NumberClass(ReadOnlySpan<char> token)
    {
        if (int.TryParse(token, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int value))
        {
            return value switch
            {
                >= 1900 and <= 2100 => 1,
                >= 1 and <= 12 => 2,
                >= 13 and <= 31 => 3,
                _ => 4,
            };
        }
        int slash = token.IndexOfAny('/', '-');
        if (slash > 0 && char.IsDigit(token[0]))
        {
            return token.Length <= 5 ? 5UL : 6UL;
        }
        return token.IndexOfAny('h', ':') > 0 ? 7UL : 8UL;
    }

    private void Add(List<int> features, ulong template, ulong a) =>
        features.Add((int)(StableHash.Finish(StableHash.Append(StableHash.Append(StableHash.Seed, template), a)) & (uint)_mask));

    private void Add(List<int> features, ulong template, ulong a, ulong b) =>
        features.Add((int)(StableHash.Finish(StableHash.Append(StableHash.Append(StableHash.Append(StableHash.Seed, template), a), b)) & (uint)_mask));

    private void Add(List<int> features, ulong template, ulong a, ulong b, ulong c) =>
        features.Add((int)(StableHash.Finish(StableHash.Append(StableHash.Append(StableHash.Append(StableHash.Append(StableHash.Seed, template), a), b), c)) & (uint)_mask));
}
