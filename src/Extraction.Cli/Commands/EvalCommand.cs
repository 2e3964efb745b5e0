using System.CommandLine;
using System.Text.Json;
using Extraction.Documents;
using Extraction.Evaluation;
using Extraction.Output;
using Extraction.Pipeline;
using Extraction.Reading;

namespace Extraction.Cli.Commands;

/// <summary>
/// <c>eval &lt;gold.jsonl&gt; [&lt;predicted.jsonl&gt;]</c>: strict mention scores and relation scores per type and
/// micro-averaged. Without a prediction file the gold texts are run through the pipeline first.
/// </summary>
internal sealed class EvalCommand : Command
{
    private readonly Argument<string> _gold = new("gold") { Description = "Annotated documents (JSON Lines, the contract's shape)." };
    private readonly Argument<string?> _predicted = new("predicted") { Description = "A dataset written by run; omitted: run the model on the gold texts.", Arity = ArgumentArity.ZeroOrOne };
    private readonly Option<string?> _model = new("--model") { Description = "Model directory (default: the committed model)." };
    private readonly Option<string?> _json = new("--json") { Description = "Also write the scores as JSON to this file." };
    private readonly Option<string?> _errors = new("--errors") { Description = "Write every missed and spurious mention, then relation, to this file (TSV: document, kind, type, start, text or \"head -> tail\", sentence text)." };

    public EvalCommand() : base("eval", "Score mentions (strict span and type) and relations against gold.")
    {
        Arguments.Add(_gold);
        Arguments.Add(_predicted);
        Options.Add(_model);
        Options.Add(_json);
        Options.Add(_errors);
        SetAction(Execute);
    }

    private int Execute(ParseResult parse)
    {
        string goldPath = parse.GetValue(_gold)!;
        string? predictedPath = parse.GetValue(_predicted);
        foreach (string? path in new[] { goldPath, predictedPath })
        {
            if (path is not null && !File.Exists(path))
            {
                Console.Error.WriteLine($"file not found: {path}");
                return ExitCodes.BadArguments;
            }
        }
        List<Document> gold, predicted;
        try
        {
            gold = RecordReader.ReadFile(goldPath).ToList();
            if (predictedPath is not null)
            {
                predicted = RecordReader.ReadFile(predictedPath).ToList();
            }
            else
            {
                if (ModelOption.Load(parse.GetValue(_model)) is not { } model)
                {
                    return ExitCodes.MissingModel;
                }
                var pipeline = PipelineFactory.Create(model);
                predicted = gold.AsParallel().AsOrdered()
                    .Select(g => pipeline.Process(new Document(g.Id, g.Source, g.Text) { Date = g.Date, Title = g.Title }))
                    .ToList();
            }
        }
        catch (InvalidDataException e)
        {
            Console.Error.WriteLine(e.Message);
            return ExitCodes.BadData;
        }
        var mentions = MentionScorer.Score(gold, predicted);
        var relations = RelationScorer.Score(gold, predicted);
        Console.WriteLine(mentions.Table("mentions"));
        Console.WriteLine(relations.Table("relations"));
        if (parse.GetValue(_errors) is { } errors)
        {
            var byId = gold.ToDictionary(d => d.Id, StringComparer.Ordinal);
            File.WriteAllLines(errors, MentionScorer.Differences(gold, predicted).Select(e =>
            {
                var d = byId[e.Document];
                var sentence = d.Sentences.FirstOrDefault(s => s.Start <= e.Mention.Start && e.Mention.Start < s.End);
                string context = sentence.End > sentence.Start ? d.Slice(sentence.Start, sentence.End) : "";
                return $"{e.Document}\t{e.Kind}\t{TypeNames.Name(e.Mention.Type)}\t{e.Mention.Start}\t{e.Mention.Text}\t{context}";
            }).Concat(RelationScorer.Differences(gold, predicted).Select(e =>
            {
                var d = e.Document;
                var sentence = e.Relation.Sentences.Count > 0 && e.Relation.Sentences[0] < d.Sentences.Count ? d.Sentences[e.Relation.Sentences[0]] : default;
                string context = sentence.End > sentence.Start ? d.Slice(sentence.Start, sentence.End) : "";
                string pair = $"{d.Entities[e.Relation.Head].Name} -> {d.Entities[e.Relation.Tail].Name}";
                return $"{d.Id}\t{e.Kind}\t{TypeNames.Name(e.Relation.Type)}\t{sentence.Start}\t{pair}\t{context}";
            })));
        }
        if (parse.GetValue(_json) is { } json)
        {
            File.WriteAllText(json, JsonSerializer.Serialize(new Dictionary<string, Scores> { ["mentions"] = mentions, ["relations"] = relations }, new JsonSerializerOptions { WriteIndented = true }) + "\n");
        }
        return ExitCodes.Success;
    }
}
