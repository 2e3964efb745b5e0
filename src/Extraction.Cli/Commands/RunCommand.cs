using System.CommandLine;
using Extraction.Pipeline;
using Extraction.Reading;

namespace Extraction.Cli.Commands;

/// <summary><c>run &lt;input&gt;... -o &lt;out.jsonl&gt;</c>: extracts from every input into a JSON Lines dataset.</summary>
internal sealed class RunCommand : Command
{
    private readonly Argument<string[]> _inputs = new("input")
    {
        Description = "A .txt article, a .jsonl/.ndjson dump, a directory of them, or - for a dump on standard input.",
        Arity = ArgumentArity.OneOrMore,
    };

    private readonly Option<string> _output = new("--output", "-o")
    {
        Description = "The dataset to write (JSON Lines); - for standard output.",
        Required = true,
    };

    private readonly Option<int> _threads = new("--threads", "-t")
    {
        Description = "Worker threads (default: all cores). The output is the same for any value.",
        DefaultValueFactory = _ => Environment.ProcessorCount,
    };

    private readonly Option<string?> _model = new("--model", "-m")
    {
        Description = "Model directory (default: models/tagger, the committed model).",
    };

    public RunCommand() : base("run", "Extract from articles into one JSON object per document.")
    {
        Options.Add(_model);
        Arguments.Add(_inputs);
        Options.Add(_output);
        Options.Add(_threads);
        SetAction(Execute);
    }

    private int Execute(ParseResult parse)
    {
        string[] inputs = parse.GetValue(_inputs) ?? [];
        string output = parse.GetValue(_output)!;
        int threads = parse.GetValue(_threads);
        if (InputReader.Validate(inputs) is { } problem)
        {
            Console.Error.WriteLine(problem);
            return ExitCodes.BadArguments;
        }
        if (threads < 1)
        {
            Console.Error.WriteLine("--threads must be at least 1");
            return ExitCodes.BadArguments;
        }
        if (ModelOption.Load(parse.GetValue(_model)) is not { } model)
        {
            return ExitCodes.MissingModel;
        }
        var pipeline = PipelineFactory.Create(model);
        using var cancel = new CancellationTokenSource();
        ConsoleCancelEventHandler onCancel = (_, e) =>
        {
            e.Cancel = true;
            cancel.Cancel();
        };
        Console.CancelKeyPress += onCancel;
        try
        {
            using Stream stream = output == "-"
                ? Console.OpenStandardOutput()
                : new FileStream(output, FileMode.Create, FileAccess.Write, FileShare.Read, 1 << 16);
            var runner = new PipelineRunner(pipeline, threads, Console.Error);
            var summary = runner.Run(new InputReader().Read(inputs), stream, cancel.Token);
            return summary.Cancelled ? ExitCodes.Interrupted : ExitCodes.Success;
        }
        catch (IOException e)
        {
            Console.Error.WriteLine($"cannot write {output}: {e.Message}");
            return ExitCodes.BadArguments;
        }
        finally
        {
            Console.CancelKeyPress -= onCancel;
        }
    }
}
