using Extraction.Entities;
using Extraction.Lexicons;
using Extraction.Relations;
using Extraction.Tagging;

namespace Extraction.Pipeline;

/// <summary>
/// Builds the standard pipeline: normalize, split, tokenize, tag, resolve dates, group entities,
/// link relations. Without a model the model-driven stages are left out and the rest still runs.
/// </summary>
public static class PipelineFactory
{
    public static ExtractionPipeline Create(ModelBundle? model = null)
    {
        var stages = new List<IPipelineStage> { new NormalizeStage(), new SentenceSplitStage(), new TokenizeStage() };
        var lexicons = model?.Lexicons ?? new LexiconSet();
        if (model is not null)
        {
            stages.Add(new TagStage(new SequenceTagger(model.Tagger, lexicons)));
        }
        stages.Add(new DateResolveStage());
        stages.Add(new EntityGroupStage(new EntityGrouper(lexicons.Aliases)));
        if (model is not null)
        {
            stages.Add(new RelationLinkStage(model.Relations is { } relations ? new LearnedLinker(relations, lexicons) : new PatternLinker(lexicons)));
        }
        return new ExtractionPipeline(stages);
    }
}
