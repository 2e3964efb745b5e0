using Extraction.Documents;
using Extraction.Lexicons;

namespace Extraction.Tagging;

/// <summary>
/// Tags mentions: scores every token's labels with the model's weights over its hashed features
/// (plain array look-ups, no ML.NET call per token), adds the features of each candidate previous
/// label, and decodes each sentence with Viterbi so only valid BIO sequences come out.
/// <see cref="Predict"/> computes labels; <see cref="SetAnnotations"/> writes mentions. Thread-safe:
/// per-thread buffers.
/// </summary>
public sealed class SequenceTagger
{
    private readonly TaggerModel _model;
    private readonly ThreadLocal<Scratch> _scratch;

    /// <summary>For each previous label (and Labels for the sentence start), the labels that may follow it.</summary>
    private readonly int[][] _allowed;

    /// <summary>Previous labels whose best path is this many nats below the best are not extended.</summary>
    private const float Beam = 12f;

    public SequenceTagger(TaggerModel model, LexiconSet lexicons)
    {
        _model = model;
        Lexicons = lexicons;
        int L = model.Labels;
        _allowed = Enumerable.Range(0, L + 1)
            .Select(previous => Enumerable.Range(0, L).Where(l => TagSet.Allowed(previous == L ? -1 : previous, l)).ToArray())
            .ToArray();
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
        public float[] Base = new float[256 * 16];
        public float[] Best = new float[256 * 16];
        public int[] Back = new int[256 * 16];
        public float[] Edge = new float[256 * 16];
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

    /// <summary>
    /// Replaces the document's mentions with the spans of <paramref name="labels"/>. An EVENT that runs on
    /// past a comma into another event head ("Hội nghị Thượng đỉnh Tương lai, Đại hội đồng ...") is two
    /// listed events, each its own span; an EVENT that is only a generic head word ("Lễ kỷ niệm") is left
    /// out, as the guideline never counts one.
    /// </summary>
    public void SetAnnotations(Document document, int[] labels, float[] confidence)
    {
        document.Mentions.Clear();
        var tokens = document.Tokens;
        foreach (var (spanFirst, spanLast, type) in TagSet.Spans(labels))
        {
            int first = spanFirst;
            while (first < spanLast)
            {
                int last = type == MentionType.Event ? NextListedEvent(document, first, spanLast) : spanLast;
                AddMention(document, first, last, type, confidence);
                first = last < spanLast ? last + 1 : spanLast;
            }
        }
    }

    private void AddMention(Document document, int first, int last, MentionType type, float[] confidence)
    {
        var tokens = document.Tokens;
        int start = tokens[first].Start, end = tokens[last - 1].End;
        string text = document.Slice(start, end);
        if (type == MentionType.Event && Lexicons.IsGenericEventHead(text))
        {
            return;
        }
        float p = 0;
        for (int k = first; k < last; k++)
        {
            p += confidence[k];
        }
        document.Mentions.Add(new Mention(type, start, end, text)
        {
            Sentence = tokens[first].Sentence,
            Score = p / (last - first),
        });
    }

    /// <summary>
    /// The token of the first comma in [first, last) followed by a capitalized event head or known event
    /// name of event_heads.txt, or <paramref name="last"/> when there is none.
    /// </summary>
    private int NextListedEvent(Document document, int first, int last)
    {
        var tokens = document.Tokens;
        for (int comma = first + 1; comma + 1 < last; comma++)
        {
            var next = tokens[comma + 1];
            if (document.Text[tokens[comma].Start] != ',' || tokens[comma].Length != 1 || !char.IsUpper(document.Text[next.Start]))
            {
                continue;
            }
            ulong key = 0;
            for (int k = comma + 1; k < last && k - comma <= Lexicons.MaxPhraseTokens; k++)
            {
                key = LexiconSet.Combine(key, LexiconSet.TokenHash(document.Text.AsSpan(tokens[k].Start, tokens[k].Length)));
                if ((Lexicons.Lookup(key) & LexiconCategory.EventHead) != 0)
                {
                    return comma;
                }
            }
        }
        return last;
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
        if (s.Base.Length < n * L)
        {
            s.Base = new float[n * L * 2];
            s.Best = new float[n * L * 2];
            s.Back = new int[n * L * 2];
            s.Edge = new float[n * L * 2];
        }
        var ids = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(s.FeatureIds);
        for (int i = 0; i < n; i++)
        {
            _model.Emissions.Scores(ids[s.Offsets[i]..s.Offsets[i + 1]], s.Base.AsSpan(i * L, L));
        }
        Viterbi(n, L, s, labels);
        for (int i = 0; i < n; i++)
        {
            confidence[i] = MathF.Exp(s.Edge[i * L + labels[i]]);
        }
    }

    /// <summary>
    /// Best label sequence when each token's label distribution depends on the previous label: for every
    /// previous label still within <see cref="Beam"/> of the best path, the token's scores get that label's
    /// features added and are normalized over the labels allowed to follow it.
    /// </summary>
    private void Viterbi(int n, int L, Scratch s, Span<int> labels)
    {
        var model = _model.Emissions;
        float evidenceWeight = _model.EvidenceWeight;
        Span<float> evidence = stackalloc float[L];
        Span<int> previousIds = stackalloc int[FeatureExtractor.PreviousLabelFeatureCount];
        Span<float> local = stackalloc float[L];
        for (int i = 0; i < n; i++)
        {
            var best = s.Best.AsSpan(i * L, L);
            best.Fill(float.NegativeInfinity);
            float top = i == 0 ? 0 : System.Numerics.Tensors.TensorPrimitives.Max(s.Best.AsSpan((i - 1) * L, L));
            var scores = s.Base.AsSpan(i * L, L);
            float evidenceMax = System.Numerics.Tensors.TensorPrimitives.Max(scores);
            float evidenceSum = 0;
            foreach (float v in scores)
            {
                evidenceSum += MathF.Exp(v - evidenceMax);
            }
            float evidenceLogZ = evidenceMax + MathF.Log(evidenceSum);
            for (int l = 0; l < L; l++)
            {
                evidence[l] = evidenceWeight * (scores[l] - evidenceLogZ);
            }
            int previousCount = i == 0 ? 1 : L;
            for (int k = 0; k < previousCount; k++)
            {
                int previous = i == 0 ? L : k;
                float before = i == 0 ? 0 : s.Best[(i - 1) * L + previous];
                if (!(before >= top - Beam))
                {
                    continue;
                }
                scores.CopyTo(local);
                s.Features.PreviousLabelFeatures(i, previous, previousIds);
                foreach (int id in previousIds)
                {
                    model.AddFeature(id, local);
                }
                var allowed = _allowed[previous];
                float max = float.NegativeInfinity;
                foreach (int l in allowed)
                {
                    max = MathF.Max(max, local[l]);
                }
                float sum = 0;
                foreach (int l in allowed)
                {
                    sum += MathF.Exp(local[l] - max);
                }
                float logZ = max + MathF.Log(sum);
                foreach (int l in allowed)
                {
                    float edge = local[l] - logZ;
                    if (before + edge + evidence[l] > best[l])
                    {
                        best[l] = before + edge + evidence[l];
                        s.Back[i * L + l] = previous;
                        s.Edge[i * L + l] = edge;
                    }
                }
            }
        }
        int last = 0;
        float score = float.NegativeInfinity;
        for (int l = 0; l < L; l++)
        {
            if (s.Best[(n - 1) * L + l] > score)
            {
                score = s.Best[(n - 1) * L + l];
                last = l;
            }
        }
        for (int i = n - 1; i >= 0; i--)
        {
            labels[i] = last;
            last = s.Back[i * L + last];
        }
    }
}
