using Extraction.Documents;
using Extraction.Lexicons;
using Extraction.Pipeline;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;

namespace Extraction.Tagging;

/// <summary>
/// Trains the tagger with ML.NET: one row per token (hashed features from <see cref="FeatureExtractor"/>,
/// the same extractor tagging uses, as a sparse vector), a multiclass maximum-entropy model fit by L-BFGS
/// with L1 and L2 regularization, then the learned weights copied into a <see cref="TaggerModel"/> with
/// label transition log-probabilities counted from the training labels.
/// </summary>
public sealed class TaggerTrainer
{
    private readonly LexiconSet _lexicons;
    private readonly Action<string> _log;

    public TaggerTrainer(LexiconSet lexicons, Action<string> log)
    {
        _lexicons = lexicons;
        _log = log;
    }

    private sealed class TokenRow
    {
        public VBuffer<float> Features;

        /// <summary>The BIO label; mapped to a key by value, so class c is label c when every label occurs.</summary>
        public uint Label;
    }

    /// <summary>Tokenizes gold documents (keeping their sentences) so their labels can be read.</summary>
    public static void Prepare(IEnumerable<Document> documents)
    {
        var tokenize = new TokenizeStage();
        foreach (var d in documents)
        {
            if (d.Sentences.Count == 0)
            {
                new SentenceSplitStage().Process(d);
            }
            tokenize.Process(d);
        }
    }

    public TaggerModel Train(IReadOnlyList<Document> train, TrainingOptions options)
    {
        var documents = Augment(train, options).ToList();
        Prepare(documents);
        int misaligned = 0;
        var labelled = documents.Select(d =>
        {
            var labels = GoldLabels.FromMentions(d, out int bad);
            misaligned += bad;
            return (Document: d, Labels: labels);
        }).ToList();
        if (misaligned > 0)
        {
            _log($"{misaligned} tokens straddle a mention boundary");
        }
        int dimension = 1 << options.Bits;
        var rows = new List<TokenRow>();
        var extractor = new FeatureExtractor(_lexicons, options.Bits);
        var features = new List<int>();
        var offsets = new List<int>();
        var transitions = new double[(TagSet.Count + 1) * TagSet.Count];
        foreach (var (d, labels) in labelled)
        {
            int start = 0;
            while (start < d.Tokens.Count)
            {
                int sentence = d.Tokens[start].Sentence;
                int end = start;
                while (end < d.Tokens.Count && d.Tokens[end].Sentence == sentence)
                {
                    end++;
                }
                extractor.Extract(d.Text, System.Runtime.InteropServices.CollectionsMarshal.AsSpan(d.Tokens)[start..end], sentence == 0, features, offsets);
                for (int i = start; i < end; i++)
                {
                    var ids = features.GetRange(offsets[i - start], offsets[i - start + 1] - offsets[i - start]).Distinct().Order().ToArray();
                    var values = new float[ids.Length];
                    Array.Fill(values, 1f);
                    rows.Add(new TokenRow { Features = new VBuffer<float>(dimension, ids.Length, values, ids), Label = (uint)labels[i] });
                    int previous = i == start ? TagSet.Count : labels[i - 1];
                    transitions[previous * TagSet.Count + labels[i]]++;
                }
                start = end;
            }
        }
        _log($"{rows.Count} training tokens from {documents.Count} documents ({train.Count} before augmentation)");

        var ml = new MLContext(seed: options.Seed);
        var schema = SchemaDefinition.Create(typeof(TokenRow));
        schema[nameof(TokenRow.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, dimension);
        var data = ml.Data.LoadFromEnumerable(rows, schema);
        var missing = Enumerable.Range(0, TagSet.Count).Except(rows.Select(r => (int)r.Label).Distinct()).ToList();
        if (missing.Count > 0)
        {
            throw new InvalidDataException("the training data lacks labels " + string.Join(", ", missing.Select(TagSet.Name)));
        }
        var toKey = ml.Transforms.Conversion.MapValueToKey(nameof(TokenRow.Label), keyOrdinality: Microsoft.ML.Transforms.ValueToKeyMappingEstimator.KeyOrdinality.ByValue);
        var trainer = ml.MulticlassClassification.Trainers.LbfgsMaximumEntropy(new LbfgsMaximumEntropyMulticlassTrainer.Options
        {
            LabelColumnName = nameof(TokenRow.Label),
            FeatureColumnName = nameof(TokenRow.Features),
            L1Regularization = options.L1,
            L2Regularization = options.L2,
            MaximumNumberOfIterations = options.Iterations,
            OptimizationTolerance = options.Tolerance,
            HistorySize = options.History,
            NumberOfThreads = 1,
        });
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var chain = toKey.Append(trainer).Fit(data);
        var transformer = chain.LastTransformer;
        _log($"L-BFGS fit in {clock.Elapsed.TotalSeconds:F0} s");
        var parameters = transformer.Model;
        VBuffer<float>[] weights = [];
        parameters.GetWeights(ref weights, out int classes);
        var biases = parameters.GetBiases().ToArray();
        var model = Compact(options.Bits, classes, weights, biases, Normalize(transitions));
        var (withMlNet, withGold) = Agreement(ml, chain, rows.Take(3000).ToList(), schema, model);
        _log($"on 3000 training tokens the compact scorer agrees with ML.NET on {withMlNet:P1} and with gold on {withGold:P1}");
        return model;
    }

    /// <summary>Share of rows where the compact model's arg-max equals ML.NET's predicted label.</summary>
    private static (double WithMlNet, double WithGold) Agreement(MLContext ml, ITransformer transformer, List<TokenRow> rows, SchemaDefinition schema, TaggerModel model)
    {
        var predictions = transformer.Transform(ml.Data.LoadFromEnumerable(rows, schema));
        var predicted = predictions.GetColumn<uint>("PredictedLabel").ToArray();
        int agree = 0, correct = 0;
        for (int i = 0; i < rows.Count; i++)
        {
            var scores = (float[])model.Biases.Clone();
            foreach (int f in rows[i].Features.GetIndices())
            {
                int row = model.RowOfFeature[f];
                for (int l = 0; row >= 0 && l < model.Labels; l++)
                {
                    scores[l] += model.Weights[row * model.Labels + l];
                }
            }
            int best = Array.IndexOf(scores, scores.Max());
            agree += predicted[i] == best + 1 ? 1 : 0;
            correct += rows[i].Label == best ? 1 : 0;
        }
        return (agree / (double)rows.Count, correct / (double)rows.Count);
    }

    private static TaggerModel Compact(int bits, int classes, VBuffer<float>[] weights, float[] biases, float[] transitions)
    {
        int dimension = 1 << bits;
        var dense = new float[classes][];
        for (int c = 0; c < classes; c++)
        {
            dense[c] = new float[dimension];
            weights[c].CopyTo(dense[c]);
        }
        var rowOf = new int[dimension];
        var rows = new List<float>();
        int count = 0;
        for (int f = 0; f < dimension; f++)
        {
            bool any = false;
            for (int c = 0; c < classes && !any; c++)
            {
                any = dense[c][f] != 0;
            }
            if (!any)
            {
                rowOf[f] = -1;
                continue;
            }
            rowOf[f] = count++;
            for (int c = 0; c < classes; c++)
            {
                rows.Add(dense[c][f]);
            }
        }
        return new TaggerModel(bits, classes, rowOf, rows.ToArray(), biases, transitions);
    }

    /// <summary>Transition log-probabilities with add-one smoothing; invalid BIO transitions get a prohibitive score.</summary>
    private static float[] Normalize(double[] counts)
    {
        int L = TagSet.Count;
        var result = new float[counts.Length];
        for (int p = 0; p <= L; p++)
        {
            double total = 0;
            for (int l = 0; l < L; l++)
            {
                total += counts[p * L + l] + 1;
            }
            for (int l = 0; l < L; l++)
            {
                bool allowed = TagSet.Allowed(p == L ? -1 : p, l);
                result[p * L + l] = allowed ? (float)Math.Log((counts[p * L + l] + 1) / total) : -1e6f;
            }
        }
        return result;
    }

    /// <summary>The training documents plus capitalized and lowercased copies of a seeded sample.</summary>
    private static IEnumerable<Document> Augment(IReadOnlyList<Document> train, TrainingOptions options)
    {
        var random = new Random(options.Seed);
        foreach (var d in train)
        {
            yield return Copy(d, d.Text);
            double r = random.NextDouble();
            string? variant = r < options.UpperCaseShare ? d.Text.ToUpperInvariant()
                : r < options.UpperCaseShare + options.LowerCaseShare ? d.Text.ToLowerInvariant() : null;
            if (variant is not null && variant.Length == d.Text.Length)
            {
                yield return Copy(d, variant);
            }
        }
    }

    private static Document Copy(Document d, string text)
    {
        var copy = new Document(d.Id, d.Source, text) { Date = d.Date, Title = d.Title };
        copy.Sentences.AddRange(d.Sentences);
        foreach (var m in d.Mentions)
        {
            copy.Mentions.Add(new Mention(m.Type, m.Start, m.End, text[m.Start..m.End]) { Sentence = m.Sentence, Value = m.Value });
        }
        return copy;
    }
}
