using System.CommandLine;
using System.Diagnostics;
using System.Text.Json;
using Extraction.Documents;
using Extraction.Output;
using Extraction.Pipeline;
using Extraction.Reading;

namespace Extraction.Cli.Commands;

/// <summary>
/// <c>bench [--input dump.jsonl]</c>: syllables per second of every stage (one thread) and end to end
/// (reading, all stages on all threads, writing), and peak memory. <c>bench make-dump</c> writes a large
/// dump by repeating and varying the corpus, to measure memory on inputs of any size.
/// </summary>
internal sealed class BenchCommand : Command
{
    private readonly Option<string?> _input = new("--input", "-i") { Description = "A .jsonl dump to measure on (default: the corpus texts of data/corpus/*.jsonl)." };
    private readonly Option<string?> _model = new("--model") { Description = "Model directory (default: the committed model)." };
    private readonly Option<int> _threads = new("--threads", "-t") { Description = "Threads for the end-to-end run.", DefaultValueFactory = _ => Environment.ProcessorCount };
    private readonly Option<int> _repeat = new("--repeat") { Description = "Passes over the input for the stage timings.", DefaultValueFactory = _ => 2 };

    public BenchCommand() : base("bench", "Measure throughput per stage and end to end, and peak memory.")
    {
        Options.Add(_input);
        Options.Add(_model);
        Options.Add(_threads);
        Options.Add(_repeat);
        SetAction(Execute);
        var make = new Command("make-dump", "Write a large .jsonl dump by repeating and varying the corpus.");
        var output = new Option<string>("--output", "-o") { Required = true, Description = "The dump to write." };
        var megabytes = new Option<int>("--megabytes") { DefaultValueFactory = _ => 1024, Description = "Size to reach." };
        make.Options.Add(output);
        make.Options.Add(megabytes);
        make.SetAction(p => MakeDump(p.GetValue(output)!, p.GetValue(megabytes)));
        Subcommands.Add(make);
    }

    private static string[] CorpusFiles() =>
        new[] { "train", "dev", "test" }.Select(s => Path.Combine("data", "corpus", s + ".jsonl")).Where(File.Exists).ToArray();

    private int Execute(ParseResult parse)
    {
        if (ModelOption.Load(parse.GetValue(_model)) is not { } model)
        {
            return ExitCodes.MissingModel;
        }
        string[] inputs = parse.GetValue(_input) is { } input ? [input] : CorpusFiles();
        if (inputs.Length == 0 || InputReader.Validate(inputs) is not null)
        {
            Console.Error.WriteLine("no input: give --input dump.jsonl or run from the repository root");
            return ExitCodes.BadArguments;
        }
        var records = new InputReader().Read(inputs).Where(r => r.Text is not null).ToList();
        var pipeline = PipelineFactory.Create(model);

        // Stages one by one, one thread: each document goes through every stage, each stage timed apart.
        var stageTime = new double[pipeline.Stages.Count];
        long syllables = 0;
        for (int pass = 0; pass < parse.GetValue(_repeat); pass++)
        {
            syllables = 0;
            Array.Clear(stageTime);
            foreach (var record in records)
            {
                var document = new Document(record.Id, record.Source, record.Text!) { Date = record.Date };
                for (int s = 0; s < pipeline.Stages.Count; s++)
                {
                    long start = Stopwatch.GetTimestamp();
                    pipeline.Stages[s].Process(document);
                    stageTime[s] += Stopwatch.GetElapsedTime(start).TotalSeconds;
                }
                syllables += PipelineRunner.Syllables(document);
            }
        }
        Console.WriteLine($"{records.Count} documents, {syllables:N0} syllables ({string.Join(", ", inputs)})");
        Console.WriteLine($"{"stage",-12} {"syllables/s (1 thread)",24}");
        for (int s = 0; s < pipeline.Stages.Count; s++)
        {
            Console.WriteLine($"{pipeline.Stages[s].Name,-12} {syllables / stageTime[s],24:N0}");
        }
        Console.WriteLine($"{"all stages",-12} {syllables / stageTime.Sum(),24:N0}");

        // End to end: read and parse the dump, run every stage on all threads, write JSON Lines (to nothing).
        int threads = parse.GetValue(_threads);
        var runner = new PipelineRunner(pipeline, threads, TextWriter.Null);
        var summary = runner.Run(new InputReader().Read(inputs), Stream.Null);
        double perSecond = summary.Tokens / summary.Elapsed.TotalSeconds;
        Console.WriteLine($"end to end, {threads} threads: {perSecond:N0} syllables/s, {summary.Documents / summary.Elapsed.TotalSeconds:N0} documents/s ({perSecond / threads:N0} syllables/s per core)");
        Console.WriteLine($"peak working set: {Process.GetCurrentProcess().PeakWorkingSet64 / (1024 * 1024):N0} MB");
        return ExitCodes.Success;
    }

    private static int MakeDump(string output, int megabytes)
    {
        var documents = CorpusFiles().SelectMany(RecordReader.ReadFile).ToList();
        if (documents.Count == 0)
        {
            Console.Error.WriteLine("no corpus under data/corpus: run from the repository root");
            return ExitCodes.BadArguments;
        }
        // Names to swap in, so repeated documents differ: every PERSON mention of the corpus.
        var names = documents.SelectMany(d => d.Mentions).Where(m => m.Type == MentionType.Person && m.Text.Contains(' ')).Select(m => m.Text).Distinct().ToArray();
        var random = new Random(7);
        long limit = (long)megabytes * 1024 * 1024;
        using var stream = new FileStream(output, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 20);
        using var json = new Utf8JsonWriter(stream);
        long written = 0;
        for (long n = 0; stream.Position < limit; n++)
        {
            var d = documents[(int)(n % documents.Count)];
            var text = new System.Text.StringBuilder(d.Text.Length + 64);
            int last = 0;
            foreach (var m in d.Mentions.Where(m => m.Type == MentionType.Person && m.Text.Contains(' ')))
            {
                text.Append(d.Text, last, m.Start - last).Append(names[random.Next(names.Length)]);
                last = m.End;
            }
            text.Append(d.Text, last, d.Text.Length - last);
            json.Reset();
            json.WriteStartObject();
            json.WriteString("id", $"bench-{n}");
            json.WriteString("date", d.Date);
            json.WriteString("text", text.ToString());
            json.WriteEndObject();
            json.Flush();
            stream.WriteByte((byte)'\n');
            written++;
        }
        Console.WriteLine($"{written:N0} documents, {stream.Position / (1024 * 1024):N0} MB written to {output}");
        return ExitCodes.Success;
    }
}
