using System.CommandLine;
using Extraction.Cli.Commands;

namespace Extraction.Cli;

internal static class Program
{
    private static int Main(string[] args) => Run(args);

    /// <summary>Parses and runs one command line; returns the exit status.</summary>
    internal static int Run(string[] args)
    {
        var root = new RootCommand("Extraction: people, roles, places, organizations, events, dates and their relations from Vietnamese news.")
        {
            new RunCommand(),
            new CorpusCommand(),
            new TrainCommand(),
            new EvalCommand(),
            new EntitiesCommand(),
            new BenchCommand(),
        };
        return root.Parse(args).Invoke();
    }
}
