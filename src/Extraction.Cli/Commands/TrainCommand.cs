using System.CommandLine;
using Extraction.Corpus;
using Extraction.Documents;
using Extraction.Tagging;
using Extraction.Training;

namespace Extraction.Cli.Commands;

/// <summary>
/// <c>train [--data data] [--conll FILE]... -o models/tagger</c>: retrains the tagger on the corpus's
/// train split (plus any CoNLL files), selects the setting on dev, reports test and seed scores, and
/// writes the model directory with meta.json.
/// </summary>
internal sealed class TrainCommand : Command
{
    private readonly Option<string> _data = new("--data") { Description = "The data directory (corpus/ and lexicons/).", DefaultValueFactory = _ => "data" };
    private readonly Option<string> _output = new("--output", "-o") { Description = "The model directory to write.", DefaultValueFactory = _ => Path.Combine("models", "tagger") };
    private readonly Option<string[]> _conll = new("--conll") { Description = "Extra training files in CoNLL form (token<TAB>BIO-tag), added to the train split.", AllowMultipleArgumentsPerToken = true };
    private readonly Option<string[]> _train = new("--train") { Description = "Extra training files in the contract's JSON Lines form.", AllowMultipleArgumentsPerToken = true };
    private readonly Option<int> _seed = new("--seed") { Description = "Random seed (ML.NET context and augmentation).", DefaultValueFactory = _ => 1 };
    private readonly Option<int?> _iterations = new("--iterations") { Description = "L-BFGS iterations (default 120)." };
    private readonly Option<int?> _bits = new("--bits") { Description = "Feature hash width in bits (default 19)." };
    private readonly Option<float?> _l1 = new("--l1") { Description = "L1 regularization of the tagger (default 0.1)." };
    private readonly Option<float?> _l2 = new("--l2") { Description = "L2 regularization of the tagger (default 0.5)." };
    private readonly Option<bool> _quick = new("--quick") { Description = "Decode with one evidence weight (0.02) instead of selecting it on dev." };

    public TrainCommand() : base("train", "Retrain the tagger from annotated documents and report its scores on held-out parts.")
    {
        Options.Add(_data);
        Options.Add(_output);
        Options.Add(_conll);
        Options.Add(_train);
        Options.Add(_seed);
        Options.Add(_quick);
        Options.Add(_iterations);
        Options.Add(_bits);
        Options.Add(_l1);
        Options.Add(_l2);
        SetAction(Execute);
    }

    private int Execute(ParseResult parse)
    {
        var layout = new CorpusLayout(parse.GetValue(_data)!);
        var files = new List<string> { layout.JsonLines(CorpusSplit.Train), layout.JsonLines(CorpusSplit.Dev) };
        foreach (string file in files.Concat(parse.GetValue(_conll) ?? []).Concat(parse.GetValue(_train) ?? []))
        {
            if (!File.Exists(file))
            {
                Console.Error.WriteLine($"training data not found: {file}");
                return ExitCodes.BadArguments;
            }
        }
        var train = CorpusBuilder.Read(layout, CorpusSplit.Train);
        var problems = new List<string>();
        foreach (string file in parse.GetValue(_conll) ?? [])
        {
            train.AddRange(ConllReader.ReadFile(file, problems));
            files.Add(file);
        }
        foreach (string file in parse.GetValue(_train) ?? [])
        {
            train.AddRange(Output.RecordReader.ReadFile(file));
            files.Add(file);
        }
        foreach (string problem in problems)
        {
            Console.Error.WriteLine(problem);
        }
        int seed = parse.GetValue(_seed);
        var maxEnt = new Learning.MaxEntOptions { Seed = seed };
        maxEnt = maxEnt with
        {
            Iterations = parse.GetValue(_iterations) ?? maxEnt.Iterations,
            Bits = parse.GetValue(_bits) ?? maxEnt.Bits,
            L1 = parse.GetValue(_l1) ?? maxEnt.L1,
            L2 = parse.GetValue(_l2) ?? maxEnt.L2,
        };
        var baseline = new TrainingOptions { MaxEnt = maxEnt };
        bool quick = parse.GetValue(_quick);
        List<Document> Optional(CorpusSplit split) => File.Exists(layout.JsonLines(split)) ? CorpusBuilder.Read(layout, split) : [];
        var training = new ModelTraining(message => Console.Error.WriteLine(message))
        {
            Train = train,
            Dev = CorpusBuilder.Read(layout, CorpusSplit.Dev),
            Test = Optional(CorpusSplit.Test),
            Seeds = Optional(CorpusSplit.Seeds),
            LexiconDirectory = layout.LexiconDirectory,
            DataFiles = files,
            Candidates = [baseline],
            EvidenceWeights = quick ? [0.02f] : [0.01f, 0.02f, 0.05f],
        };
        string output = parse.GetValue(_output)!;
        var meta = training.Run(output);
        foreach (var (name, scores) in meta.Scores)
        {
            Console.WriteLine(scores.Table("mentions " + name));
        }
        foreach (var (name, scores) in meta.Relations.Scores)
        {
            Console.WriteLine(scores.Table("relations " + name));
        }
        foreach (var (name, scores) in meta.Relations.EndToEnd)
        {
            Console.WriteLine(scores.Table("e2e rel " + name));
        }
        Console.WriteLine($"model written to {output} ({meta.NonZeroRows} feature rows, {meta.TrainingSeconds} s)");
        return ExitCodes.Success;
    }
}
