using Extraction.Documents;
using Extraction.Entities;

namespace Extraction.Pipeline;

/// <summary>Reads mentions (with DATE values); writes <see cref="Document.Entities"/>.</summary>
public sealed class EntityGroupStage : IPipelineStage
{
    private readonly EntityGrouper _grouper;

    public EntityGroupStage(EntityGrouper grouper) => _grouper = grouper;

    public string Name => "entities";

    public void Process(Document document) => _grouper.Group(document);
}
