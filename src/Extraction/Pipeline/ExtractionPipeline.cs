using Extraction.Documents;

namespace Extraction.Pipeline;

/// <summary>Named stages applied in order to one document at a time; thread-safe.</summary>
public sealed class ExtractionPipeline
{
    public ExtractionPipeline(IReadOnlyList<IPipelineStage> stages) => Stages = stages;

    public IReadOnlyList<IPipelineStage> Stages { get; }

    public Document Process(Document document)
    {
        foreach (var stage in Stages)
        {
            stage.Process(document);
        }
        return document;
    }
}
