using System.Diagnostics;
using System.Security.Cryptography;
using Extraction.Documents;
using Extraction.Evaluation;
using Extraction.Lexicons;
using Extraction.Pipeline;

namespace Extraction.Tagging;

/// <summary>
/// One training run as the <c>train</c> command performs it: train each candidate setting, keep the
/// one with the best dev micro F1, score it on test (and on the gold seeds, never trained on), and
/// save the model directory with its meta.json.
/// </summary>
public sealed class TaggerTraining
{
    private readonly Action<string> _log;

    public TaggerTraining(Action<string> log) => _log = log;

    public required IReadOnlyList<Document> Train { get; init; }

    public required IReadOnlyList<Document> Dev { get; init; }

    public IReadOnlyList<Document> Test { get; init; } = [];

    public IReadOnlyList<Document> Seeds { get; init; } = [];

    public required string LexiconDirectory { get; init; }

    /// <summary>Files whose bytes define the training data, hashed into meta.json.</summary>
    public IReadOnlyList<string> DataFiles { get; init; } = [];

    public required IReadOnlyList<TrainingOptions> Candidates { get; init; }

    public TaggerMeta Run(string outputDirectory)
    {
        var clock = Stopwatch.StartNew();
        var lexicons = LexiconSet.Load(LexiconDirectory);
        var trainer = new TaggerTrainer(lexicons, _log);
        TaggerModel? best = null;
        TrainingOptions? bestOptions = null;
        double bestF1 = -1;
        var candidates = new List<CandidateScore>();
        foreach (var options in Candidates)
        {
            _log($"training with L1 {options.L1}, L2 {options.L2}, {options.Iterations} iterations");
            var model = trainer.Train(Train, options);
            double f1 = Evaluate(model, lexicons, Dev).Micro.F1;
            _log($"dev micro F1 {f1:F4}");
            candidates.Add(new CandidateScore(options, Math.Round(f1, 4)));
            if (f1 > bestF1)
            {
                (best, bestOptions, bestF1) = (model, options, f1);
            }
        }
        var scores = new Dictionary<string, Scores> { ["dev"] = Evaluate(best!, lexicons, Dev) };
        if (Test.Count > 0)
        {
            scores["test"] = Evaluate(best!, lexicons, Test);
        }
        if (Seeds.Count > 0)
        {
            scores["seeds"] = Evaluate(best!, lexicons, Seeds);
        }
        var meta = new TaggerMeta
        {
            Labels = Enumerable.Range(0, TagSet.Count).Select(TagSet.Name).ToList(),
            FeatureVersion = FeatureExtractor.Version,
            FeatureBits = bestOptions!.Bits,
            NonZeroRows = best!.Rows,
            TrainingDataHash = HashFiles(DataFiles),
            LexiconHash = lexicons.Hash,
            Trainer = "ML.NET 5.0.1 LbfgsMaximumEntropy over hashed sparse token features; Viterbi over BIO transitions",
            Settings = bestOptions,
            Candidates = candidates,
            Documents = new() { ["train"] = Train.Count, ["dev"] = Dev.Count, ["test"] = Test.Count, ["seeds"] = Seeds.Count },
            Scores = scores,
            Date = DateTime.UtcNow.ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture),
            TrainingSeconds = Math.Round(clock.Elapsed.TotalSeconds),
        };
        ModelBundle.Save(outputDirectory, best, LexiconDirectory, meta);
        return meta;
    }

    /// <summary>Tags copies of gold documents with <paramref name="model"/> and scores the mentions strictly.</summary>
    public static Scores Evaluate(TaggerModel model, LexiconSet lexicons, IReadOnlyList<Document> gold)
    {
        var tagger = new SequenceTagger(model, lexicons);
        var predicted = gold.AsParallel().AsOrdered().Select(g =>
        {
            var d = new Document(g.Id, g.Source, g.Text) { Date = g.Date };
            d.Sentences.AddRange(g.Sentences.Count > 0 ? g.Sentences : Text.SentenceSplitter.Split(g.Text));
            new TokenizeStage().Process(d);
            tagger.Tag(d);
            return d;
        }).ToList();
        return MentionScorer.Score(gold, predicted);
    }

    private static string HashFiles(IEnumerable<string> files)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (string file in files)
        {
            sha.AppendData(File.ReadAllBytes(file));
        }
        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }
}
