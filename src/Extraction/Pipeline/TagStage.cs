using Extraction.Documents;
using Extraction.Tagging;

namespace Extraction.Pipeline;

/// <summary>Reads tokens; writes <see cref="Document.Mentions"/> (spans, types, scores) with the trained tagger.</summary>
public sealed class TagStage : IPipelineStage
{
    private readonly SequenceTagger _tagger;

    public TagStage(SequenceTagger tagger) => _tagger = tagger;

    public string Name => "tag";

    public void Process(Document document) => _tagger.Tag(document);
}
