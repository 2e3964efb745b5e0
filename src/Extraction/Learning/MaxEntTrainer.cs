using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;

namespace Extraction.Learning;

/// <summary>
/// Fits a multiclass maximum-entropy model with ML.NET's L-BFGS trainer (L1 and L2 regularized) on
/// examples given as hashed feature ids and a class, then copies the learned weights into a compact
/// <see cref="LinearModel"/> and checks that it reproduces ML.NET's predictions.
/// </summary>
public sealed class MaxEntTrainer
{
    private readonly Action<string> _log;

    public MaxEntTrainer(Action<string> log) => _log = log;

    private sealed class Row
    {
        public VBuffer<float> Features;

        /// <summary>The class; mapped to a key by value, so ML.NET's k-th class is the k-th smallest class present.</summary>
        public uint Label;
    }

    /// <param name="examples">Feature ids (any order, duplicates allowed) and the class of each example.</param>
    public LinearModel Fit(IEnumerable<(IReadOnlyList<int> Features, int Label)> examples, int classes, MaxEntOptions options)
    {
        int dimension = 1 << options.Bits;
        var rows = new List<Row>();
        foreach (var (features, label) in examples)
        {
            int[] ids = features.Distinct().Order().ToArray();
            var values = new float[ids.Length];
            Array.Fill(values, 1f);
            rows.Add(new Row { Features = new VBuffer<float>(dimension, ids.Length, values, ids), Label = (uint)label });
        }
        int[] present = rows.Select(r => (int)r.Label).Distinct().Order().ToArray();
        if (present.Length < 2)
        {
            throw new InvalidDataException("the training data has fewer than two classes");
        }
        if (present.Length < classes)
        {
            _log($"classes absent from the training data, never predicted: {string.Join(", ", Enumerable.Range(0, classes).Except(present))}");
        }
        var ml = new MLContext(seed: options.Seed);
        var schema = SchemaDefinition.Create(typeof(Row));
        schema[nameof(Row.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, dimension);
        var data = ml.Data.LoadFromEnumerable(rows, schema);
        var toKey = ml.Transforms.Conversion.MapValueToKey(nameof(Row.Label), keyOrdinality: Microsoft.ML.Transforms.ValueToKeyMappingEstimator.KeyOrdinality.ByValue);
        var trainer = ml.MulticlassClassification.Trainers.LbfgsMaximumEntropy(new LbfgsMaximumEntropyMulticlassTrainer.Options
        {
            LabelColumnName = nameof(Row.Label),
            FeatureColumnName = nameof(Row.Features),
            L1Regularization = options.L1,
            L2Regularization = options.L2,
            MaximumNumberOfIterations = options.Iterations,
            OptimizationTolerance = options.Tolerance,
            HistorySize = options.History,
            NumberOfThreads = 1,
        });
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var chain = toKey.Append(trainer).Fit(data);
        _log($"L-BFGS fit {rows.Count} examples in {clock.Elapsed.TotalSeconds:F0} s");
        VBuffer<float>[] weights = [];
        chain.LastTransformer.Model.GetWeights(ref weights, out int fitted);
        var model = Compact(options.Bits, classes, present, weights, chain.LastTransformer.Model.GetBiases().ToArray());
        var sample = rows.Take(3000).ToList();
        var (withMlNet, withGold) = Agreement(ml, chain, sample, schema, model, present);
        _log($"on {sample.Count} training examples the compact model agrees with ML.NET on {withMlNet:P1} and with the labels on {withGold:P1}");
        return model;
    }

    /// <summary>Copies ML.NET's weights into the full class space; an absent class gets a prohibitive bias.</summary>
    private static LinearModel Compact(int bits, int classes, int[] present, VBuffer<float>[] weights, float[] fittedBiases)
    {
        int dimension = 1 << bits;
        var dense = new float[classes][];
        var biases = new float[classes];
        Array.Fill(biases, -30f);
        for (int c = 0; c < classes; c++)
        {
            dense[c] = new float[dimension];
        }
        for (int k = 0; k < present.Length; k++)
        {
            weights[k].CopyTo(dense[present[k]]);
            biases[present[k]] = fittedBiases[k];
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
        return new LinearModel(bits, classes, rowOf, rows.ToArray(), biases);
    }

    private static (double WithMlNet, double WithGold) Agreement(MLContext ml, ITransformer transformer, List<Row> rows, SchemaDefinition schema, LinearModel model, int[] present)
    {
        var predicted = transformer.Transform(ml.Data.LoadFromEnumerable(rows, schema)).GetColumn<uint>("PredictedLabel").ToArray();
        var scores = new float[model.Classes];
        int agree = 0, correct = 0;
        for (int i = 0; i < rows.Count; i++)
        {
            model.LogProbabilities(rows[i].Features.GetIndices(), scores);
            int best = Array.IndexOf(scores, scores.Max());
            agree += present[predicted[i] - 1] == best ? 1 : 0;
            correct += rows[i].Label == best ? 1 : 0;
        }
        return (agree / (double)rows.Count, correct / (double)rows.Count);
    }
}
