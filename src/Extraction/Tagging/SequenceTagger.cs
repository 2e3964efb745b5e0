using Extraction.Documents;
using Extraction.Lexicons;

namespace Extraction.Tagging;

/// <summary>
/// Tags mentions: scores every token's labels with the model's weights over its hashed features
/// (plain array look-ups, no ML.NET call per token), turns scores into log-probabilities, and
/// decodes each sentence with Viterbi over label transitions so only valid BIO sequences come out.
/// <see cref="Predict"/> computes labels; <see cref="SetAnnotations"/> writes mentions. Thread-safe:
/// per-thread buffers.
/// </summary>
public sealed class SequenceTagger
{
    private readonly TaggerModel _model;
    private readonly ThreadLocal<Scratch> _scratch;

    public SequenceTagger(TaggerModel model, LexiconSet lexicons)
    {
        _model = model;
        Lexicons = lexicons;
        _scratch = new ThreadLocal<Scratch>(() => new Scratch(new FeatureExtractor(lexicons, model.Emissions.Bits)));
    }

    public LexiconSet Lexicons { get; }

    /// <summary>Longest token run decoded at once.</summary>
    public const int MaxTokensPerWindow = 400;

    private sealed class Scratch(FeatureExtractor features)
    {
        public readonly FeatureExtractor Features = features;
        public readonly List<int> FeatureIds = new(4096);
        public readonly List<int> Offsets = new(256);
        public float[] LogProb = new float[256 * 16];
        public float[] Best = new float[256 * 16];
        public int[] Back = new int[256 * 16];
    }

    /// <summary>The label of every token and its probability, sentence by sentence.</summary>
    public (int[] Labels, float[] Confidence) Predict(Document document)
    {
        var labels = new int[document.Tokens.Count];
        var confidence = new float[document.Tokens.Count];
        var scratch = _scratch.Value!;
        var tokens = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(document.Tokens);
        int start = 0;
        while (start < tokens.Length)
        {
            int sentence = tokens[start].Sentence;
            int end = start;
            while (end < tokens.Length && tokens[end].Sentence == sentence)
            {
                end++;
            }
            // Very long "sentences" (tables, lists, unpunctuated dumps) are tagged in windows, bounding memory.
            for (int from = start; from < end; from += MaxTokensPerWindow)
            {
                int to = Math.Min(end, from + MaxTokensPerWindow);
                TagSentence(document.Text, tokens[from..to], sentence == 0, scratch, labels.AsSpan(from, to - from), confidence.AsSpan(from, to - from));
            }
            start = end;
        }
        return (labels, confidence);
    }

    /// <summary>Replaces the document's mentions with the spans of <paramref name="labels"/>.</summary>
    public static void SetAnnotations(Document document, int[] labels, float[] confidence)
    {
        document.Mentions.Clear();
        var tokens = document.Tokens;
        foreach (var (first, last, type) in TagSet.Spans(labels))
        {
            int start = tokens[first].Start, end = tokens[last - 1].End;
            float p = 0;
            for (int k = first; k < last; k++)
            {
                p += confidence[k];
            }
            document.Mentions.Add(new Mention(type, start, end, document.Slice(start, end))
            {
                Sentence = tokens[first].Sentence,
                Score = p / (last - first),
            });
        }
    }

    public void Tag(Document document)
    {
        var (labels, confidence) = Predict(document);
        SetAnnotations(document, labels, confidence);
    }

    private void TagSentence(string text, ReadOnlySpan<Token> tokens, bool headline, Scratch s, Span<int> labels, Span<float> confidence)
    {
        int n = tokens.Length;
        int L = _model.Labels;
        s.Features.Extract(text, tokens, headline, s.FeatureIds, s.Offsets);
        if (s.LogProb.Length < n * L)
        {
            s.LogProb = new float[n * L * 2];
            s.Best = new float[n * L * 2];
            s.Back = new int[n * L * 2];
        }
        var ids = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(s.FeatureIds);
        for (int i = 0; i < n; i++)
        {
            _model.Emissions.LogProbabilities(ids[s.Offsets[i]..s.Offsets[i + 1]], s.LogProb.AsSpan(i * L, L));
        }
        Viterbi(n, L, s, labels);
        for (int i = 0; i < n; i++)
        {
            confidence[i] = MathF.Exp(s.LogProb[i * L + labels[i]]);
        }
    }

    private void Viterbi(int n, int L, Scratch s, Span<int> labels)
    {
        var trans = _model.Transitions;
        for (int l = 0; l < L; l++)
        {
            s.Best[l] = s.LogProb[l] + trans[L * L + l];
            s.Back[l] = -1;
        }
        for (int i = 1; i < n; i++)
        {
            for (int l = 0; l < L; l++)
            {
                float best = float.NegativeInfinity;
                int arg = 0;
                for (int p = 0; p < L; p++)
                {
                    float v = s.Best[(i - 1) * L + p] + trans[p * L + l];
                    if (v > best)
                    {
                        best = v;
                        arg = p;
                    }
                }
                s.Best[i * L + l] = best + s.LogProb[i * L + l];
                s.Back[i * L + l] = arg;
            }
        }
        int last = 0;
        float top = float.NegativeInfinity;
        for (int l = 0; l < L; l++)
        {
            if (s.Best[(n - 1) * L + l] > top)
            {
                top = s.Best[(n - 1) * L + l];
                last = l;
            }
        }
        for (int i = n - 1; i >= 0; i--)
        {
            labels[i] = last;
            last = i > 0 ? s.Back[i * L + last] : 0;
        }
    }
}
