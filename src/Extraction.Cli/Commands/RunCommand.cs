using System.CommandLine;
using System.Runtime.InteropServices;
using Extraction.Output;
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

    private readonly Option<bool> _resume = new("--resume")
    {
        Description = "Continue an interrupted run: keep the output's whole records and process only the inputs after them.",
    };

    private readonly Option<bool> _quiet = new("--quiet", "-q")
    {
        Description = "No progress on standard error (it is shown only when standard error is a terminal).",
    };

    public RunCommand() : base("run", "Extract from articles into one JSON object per document.")
    {
        Options.Add(_model);
        Options.Add(_resume);
        Options.Add(_quiet);
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
        bool resume = parse.GetValue(_resume);
        if (resume && output == "-")
        {
            Console.Error.WriteLine("--resume needs an output file");
            return ExitCodes.BadArguments;
        }
        using var cancel = new CancellationTokenSource();
        using var onInterrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
        using var onTerminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
        void Stop(PosixSignalContext context)
        {
            context.Cancel = true;
            cancel.Cancel();
        }
        try
        {
            var point = resume ? ResumePoint.Of(output) : new ResumePoint(0, 0);
            using Stream stream = output == "-"
                ? Console.OpenStandardOutput()
                : resume ? ResumePoint.OpenForAppend(output, point) : new FileStream(output, FileMode.Create, FileAccess.Write, FileShare.Read, 1);
            var reader = new InputReader();
            var progress = !parse.GetValue(_quiet) && !Console.IsErrorRedirected ? new ProgressReporter(InputReader.TotalBytes(inputs), () => reader.BytesRead) : null;
            var runner = new PipelineRunner(pipeline, threads, Console.Error) { Progress = progress is null ? null : progress.Report };
            if (point.Records > 0)
            {
                Console.Error.WriteLine($"resuming after {point.Records} records");
            }
            var summary = runner.Run(reader.Read(inputs).Skip(checked((int)point.Records)), stream, cancel.Token);
            progress?.Finish(summary);
            if (summary.Cancelled)
            {
                Console.Error.WriteLine($"interrupted after {point.Records + summary.Documents} records; continue with --resume");
                return ExitCodes.Interrupted;
            }
            return ExitCodes.Success;
        }
        catch (IOException e)
        {
            Console.Error.WriteLine($"cannot write {output}: {e.Message}");
            return ExitCodes.BadArguments;
        }
    }
}
