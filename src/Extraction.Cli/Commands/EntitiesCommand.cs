using System.CommandLine;
using System.Text;
using Extraction.Lexicons;
using Extraction.Output;
using Extraction.Pipeline;

namespace Extraction.Cli.Commands;

/// <summary><c>entities &lt;dataset.jsonl&gt; -o &lt;file.csv&gt; [--by document|corpus]</c>: the entity tables of a dataset.</summary>
internal sealed class EntitiesCommand : Command
{
    private readonly Argument<string> _dataset = new("dataset") { Description = "A dataset written by run (JSON Lines)." };
    private readonly Option<string> _output = new("--output", "-o") { Description = "The CSV file to write; - for standard output.", Required = true };
    private readonly Option<string> _by = new("--by") { Description = "document: one row per entity per document; corpus: entities merged across documents.", DefaultValueFactory = _ => "document" };

    public EntitiesCommand() : base("entities", "Export the entities of a dataset as CSV.")
    {
        Arguments.Add(_dataset);
        Options.Add(_output);
        Options.Add(_by);
        _by.AcceptOnlyFromAmong("document", "corpus");
        SetAction(Execute);
    }

    private int Execute(ParseResult parse)
    {
        string dataset = parse.GetValue(_dataset)!;
        if (!File.Exists(dataset))
        {
            Console.Error.WriteLine($"dataset not found: {dataset}");
            return ExitCodes.BadArguments;
        }
        string output = parse.GetValue(_output)!;
        try
        {
            using var writer = output == "-" ? new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false)) : new StreamWriter(output, false, new UTF8Encoding(false));
            var documents = RecordReader.ReadFile(dataset);
            if (parse.GetValue(_by) == "corpus")
            {
                string model = ModelBundle.DefaultDirectory();
                var aliases = Directory.Exists(Path.Combine(model, ModelBundle.LexiconFolder)) ? LexiconSet.Load(Path.Combine(model, ModelBundle.LexiconFolder)).Aliases : [];
                EntityTable.WriteByCorpus(documents, aliases, writer);
            }
            else
            {
                EntityTable.WriteByDocument(documents, writer);
            }
        }
        catch (InvalidDataException e)
        {
            Console.Error.WriteLine(e.Message);
            return ExitCodes.BadData;
        }
        return ExitCodes.Success;
    }
}
