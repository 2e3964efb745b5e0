using Extraction.Documents;

namespace Extraction.Pipeline;

/// <summary>
/// One step of the pipeline: it reads the layers earlier stages wrote on a <see cref="Document"/> and
/// adds its own. A stage never reaches back to change an earlier layer. Stages are thread-safe:
/// one instance processes many documents at once.
/// </summary>
public interface IPipelineStage
{
    /// <summary>A short name for logs and benchmarks ("split", "tag", ...).</summary>
    string Name { get; }

    void Process(Document document);
}
