using System.Diagnostics;
using System.Security.Cryptography;
using Extraction.Documents;
using Extraction.Evaluation;
using Extraction.Learning;
using Extraction.Lexicons;
using Extraction.Pipeline;
using Extraction.Relations;
using Extraction.Tagging;

namespace Extraction.Training;

/// <summary>
/// One training run as the <c>train</c> command performs it. The tagger: each candidate setting is
/// fitted, decoded with each evidence weight, and the best dev micro F1 kept. The linker: the pair classifier is trained, its threshold
/// chosen on dev, and it is kept only if it beats the pattern baseline on dev. Both are scored on
/// test and on the gold seeds (never trained on), and the model directory is written with meta.json.
/// </summary>
public sealed class ModelTraining
{
    private readonly Action<string> _log;

    public ModelTraining(Action<string> log) => _log = log;

    public required IReadOnlyList<Document> Train { get; init; }

    public required IReadOnlyList<Document> Dev { get; init; }

    public IReadOnlyList<Document> Test { get; init; } = [];

    public IReadOnlyList<Document> Seeds { get; init; } = [];

    public required string LexiconDirectory { get; init; }

    /// <summary>Files whose bytes define the training data, hashed into meta.json.</summary>
    public IReadOnlyList<string> DataFiles { get; init; } = [];

    public required IReadOnlyList<TrainingOptions> Candidates { get; init; }

    /// <summary>
    /// Decoder evidence weights tried with every fitted candidate (see <see cref="TaggerModel.EvidenceWeight"/>);
    /// all are above zero because a pure Markov model lets spans run on through long lists.
    /// </summary>
    public IReadOnlyList<float> EvidenceWeights { get; init; } = [0.01f, 0.02f, 0.05f];

    public MaxEntOptions RelationOptions { get; init; } = new() { Bits = 18, L1 = 0.2f, L2 = 1f, Iterations = 200 };

    public ModelMeta Run(string outputDirectory)
    {
        var clock = Stopwatch.StartNew();
        var lexicons = LexiconSet.Load(LexiconDirectory);
        var trainer = new TaggerTrainer(lexicons, _log);
        TaggerModel? best = null;
        TrainingOptions? bestOptions = null;
        double bestF1 = -1;
        var candidates = new List<CandidateScore>();
        foreach (var fitted in Candidates)
        {
            _log($"tagger: L1 {fitted.MaxEnt.L1}, L2 {fitted.MaxEnt.L2}, {fitted.MaxEnt.Iterations} iterations");
            var trained = trainer.Train(Train, fitted);
            foreach (float weight in EvidenceWeights)
            {
                // The decoder's evidence weight needs no refit: each weight is scored on dev with the same fit.
                var options = fitted with { EvidenceWeight = weight };
                var model = trained.WithEvidenceWeight(weight);
                double f1 = EvaluateTagger(model, lexicons, Dev).Micro.F1;
                _log($"tagger evidence weight {weight}: dev micro F1 {f1:F4}");
                candidates.Add(new CandidateScore(options, Math.Round(f1, 4)));
                if (f1 > bestF1)
                {
                    (best, bestOptions, bestF1) = (model, options, f1);
                }
            }
        }
        var scores = new Dictionary<string, Scores> { ["dev"] = EvaluateTagger(best!, lexicons, Dev) };
        if (Test.Count > 0)
        {
            scores["test"] = EvaluateTagger(best!, lexicons, Test);
        }
        if (Seeds.Count > 0)
        {
            scores["seeds"] = EvaluateTagger(best!, lexicons, Seeds);
        }
        var (relationModel, relationMeta) = TrainLinker(lexicons, best!);
        var meta = new ModelMeta
        {
            Labels = Enumerable.Range(0, TagSet.Count).Select(TagSet.Name).ToList(),
            FeatureVersion = FeatureExtractor.Version,
            FeatureBits = bestOptions!.MaxEnt.Bits,
            NonZeroRows = best!.Emissions.Rows,
            TrainingDataHash = HashFiles(DataFiles),
            LexiconHash = lexicons.Hash,
            Trainer = "ML.NET 5.0.1 LbfgsMaximumEntropy over hashed sparse token features and the previous label (maximum-entropy Markov model); Viterbi over valid BIO sequences",
            Settings = bestOptions,
            Candidates = candidates,
            Documents = new() { ["train"] = Train.Count, ["dev"] = Dev.Count, ["test"] = Test.Count, ["seeds"] = Seeds.Count },
            Scores = scores,
            Date = DateTime.UtcNow.ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture),
            TrainingSeconds = Math.Round(clock.Elapsed.TotalSeconds),
            Relations = relationMeta,
        };
        ModelBundle.Save(outputDirectory, best, relationModel, LexiconDirectory, meta);
        return meta with { Relations = relationMeta with { EndToEnd = EndToEnd(outputDirectory) } };
    }

    private (RelationModel? Model, RelationMeta Meta) TrainLinker(LexiconSet lexicons, TaggerModel tagger)
    {
        var classifier = new RelationTrainer(lexicons, _log).Train(Train, RelationOptions);
        var pattern = new PatternLinker(lexicons);
        var patternDev = RelationTrainer.Evaluate(pattern, Dev);
        var grid = new[] { 0.3f, 0.35f, 0.4f, 0.45f, 0.5f, 0.55f, 0.6f, 0.65f, 0.7f, 0.75f, 0.8f, 0.85f, 0.9f };
        RelationModel? model = null;
        Scores? learnedDev = null;
        foreach (float candidate in grid)
        {
            var trial = new RelationModel(classifier, Enumerable.Repeat(candidate, TypeNames.RelationTypes.Count).ToArray());
            var dev = RelationTrainer.Evaluate(new LearnedLinker(trial, lexicons), Dev);
            _log($"linker threshold {candidate}: dev micro F1 {dev.Micro.F1:F4}");
            if (learnedDev is null || dev.Micro.F1 > learnedDev.Micro.F1)
            {
                (learnedDev, model) = (dev, trial);
            }
        }
        // Then each type's own threshold, one type at a time, kept where it raises dev micro F1.
        foreach (var type in TypeNames.RelationTypes)
        {
            foreach (float candidate in grid)
            {
                var trial = model!.WithThreshold(type, candidate);
                var dev = RelationTrainer.Evaluate(new LearnedLinker(trial, lexicons), Dev);
                if (dev.Micro.F1 > learnedDev!.Micro.F1)
                {
                    (learnedDev, model) = (dev, trial);
                }
            }
            _log($"linker threshold of {TypeNames.Name(type)}: {model!.Thresholds[(int)type]} (dev micro F1 {learnedDev!.Micro.F1:F4})");
        }
        bool learned = learnedDev!.Micro.F1 >= patternDev.Micro.F1;
        _log($"linker dev micro F1: learned {learnedDev.Micro.F1:F4}, pattern {patternDev.Micro.F1:F4}; keeping {(learned ? "learned" : "pattern")}");
        IRelationLinker chosen = learned ? new LearnedLinker(model!, lexicons) : pattern;
        var scores = new Dictionary<string, Scores> { ["dev_learned"] = learnedDev, ["dev_pattern"] = patternDev };
        if (Test.Count > 0)
        {
            scores["test"] = RelationTrainer.Evaluate(chosen, Test);
        }
        if (Seeds.Count > 0)
        {
            scores["seeds"] = RelationTrainer.Evaluate(chosen, Seeds);
        }
        var meta = new RelationMeta
        {
            Linker = learned ? "learned" : "pattern",
            FeatureVersion = PairFeatureExtractor.Version,
            Settings = RelationOptions,
            Thresholds = TypeNames.RelationTypes.ToDictionary(TypeNames.Name, type => model!.Thresholds[(int)type]),
            Scores = scores,
        };
        return (learned ? model : null, meta);
    }

    /// <summary>Runs the saved model on the test and seed texts and scores relations end to end.</summary>
    private Dictionary<string, Scores> EndToEnd(string directory)
    {
        var pipeline = PipelineFactory.Create(ModelBundle.Load(directory));
        var result = new Dictionary<string, Scores>();
        foreach (var (name, gold) in new[] { ("test", Test), ("seeds", Seeds) })
        {
            if (gold.Count == 0)
            {
                continue;
            }
            var predicted = gold.AsParallel().AsOrdered().Select(g => pipeline.Process(new Document(g.Id, g.Source, g.Text) { Date = g.Date })).ToList();
            result[name] = RelationScorer.Score(gold, predicted);
        }
        return result;
    }

    /// <summary>Tags copies of gold documents with <paramref name="model"/> and scores the mentions strictly.</summary>
    public static Scores EvaluateTagger(TaggerModel model, LexiconSet lexicons, IReadOnlyList<Document> gold)
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
