using Extraction.Dates;
using Extraction.Documents;

namespace Extraction.Pipeline;

/// <summary>Reads DATE mentions and the document date; writes each DATE mention's <see cref="Mention.Value"/>.</summary>
public sealed class DateResolveStage : IPipelineStage
{
    public string Name => "dates";

    public void Process(Document document) => DateResolver.Resolve(document);
}
