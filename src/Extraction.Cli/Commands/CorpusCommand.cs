using System.CommandLine;
using Extraction.Corpus;

namespace Extraction.Cli.Commands;

/// <summary>
/// <c>corpus build|stats|check</c>: converts the authoring form of data/corpus into its JSON Lines splits,
/// prints the corpus counts, and reports validation problems and annotation inconsistencies.
/// </summary>
internal sealed class CorpusCommand : Command
{
    private static readonly Option<string> DataOption = new("--data")
    {
        Description = "The data directory (holding corpus/ and lexicons/).",
        DefaultValueFactory = _ => "data",
    };

    public CorpusCommand() : base("corpus", "Build, count and check the annotated corpus.")
    {
        var build = new Command("build", "Convert data/corpus/authoring and data/corpus/seeds into train/dev/test/seeds JSON Lines.");
        build.Options.Add(DataOption);
        build.SetAction(p => Build(new CorpusLayout(p.GetValue(DataOption)!)));
        var stats = new Command("stats", "Print the counts per type and split.");
        stats.Options.Add(DataOption);
        stats.SetAction(p => Stats(new CorpusLayout(p.GetValue(DataOption)!)));
        var check = new Command("check", "Validate every document and list annotation inconsistencies.");
        check.Options.Add(DataOption);
        check.SetAction(p => Check(new CorpusLayout(p.GetValue(DataOption)!)));
        Subcommands.Add(build);
        Subcommands.Add(stats);
        Subcommands.Add(check);
    }

    private static int Build(CorpusLayout layout)
    {
        if (!Directory.Exists(layout.AuthoringDirectory))
        {
            Console.Error.WriteLine($"no corpus at {layout.AuthoringDirectory}");
            return ExitCodes.BadArguments;
        }
        CorpusBuilder.AssignNewDocuments(layout);
        var (splits, problems) = CorpusBuilder.Load(layout);
        problems.AddRange(CorpusValidator.Validate(splits));
        foreach (string problem in problems)
        {
            Console.Error.WriteLine(problem);
        }
        if (problems.Count > 0)
        {
            Console.Error.WriteLine($"{problems.Count} problems; nothing written");
            return ExitCodes.BadData;
        }
        CorpusBuilder.Write(layout, splits);
        Console.Write(new CorpusStatistics(splits).Report());
        return ExitCodes.Success;
    }

    private static int Stats(CorpusLayout layout)
    {
        var splits = Enum.GetValues<CorpusSplit>().ToDictionary(s => s, s => CorpusBuilder.Read(layout, s));
        Console.Write(new CorpusStatistics(splits).Report());
        return ExitCodes.Success;
    }

    private static int Check(CorpusLayout layout)
    {
        var splits = Enum.GetValues<CorpusSplit>().ToDictionary(s => s, s => CorpusBuilder.Read(layout, s));
        var problems = CorpusValidator.Validate(splits);
        foreach (string problem in problems)
        {
            Console.WriteLine("invalid\t" + problem);
        }
        var allowed = ConsistencyReport.ReadAllowed(Path.Combine(layout.CorpusDirectory, "consistency-allowed.tsv"));
        var findings = ConsistencyReport.Find(splits.Values.SelectMany(d => d), allowed);
        foreach (var f in findings)
        {
            Console.WriteLine($"{f.Kind}\t{f.Text}\t{f.Detail}");
        }
        Console.WriteLine($"{problems.Count} invalid, {findings.Count(f => f.Kind == "types")} type conflicts, {findings.Count(f => f.Kind == "unmarked")} unmarked occurrences, {findings.Count(f => f.Kind == "boundary")} boundary differences");
        return problems.Count == 0 ? ExitCodes.Success : ExitCodes.BadData;
    }
}
