using Extraction.Documents;
using Extraction.Relations;

namespace Extraction.Pipeline;

/// <summary>Reads mentions and entities; writes <see cref="Document.Relations"/> with the model's linker.</summary>
public sealed class RelationLinkStage : IPipelineStage
{
    private readonly IRelationLinker _linker;

    public RelationLinkStage(IRelationLinker linker) => _linker = linker;

    public string Name => "relations";

    public void Process(Document document) => _linker.Link(document);
}
