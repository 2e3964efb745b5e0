using Extraction.Documents;

namespace Extraction.Relations;

/// <summary>Reads mentions and entities; writes <see cref="Document.Relations"/>.</summary>
public interface IRelationLinker
{
    void Link(Document document);
}
