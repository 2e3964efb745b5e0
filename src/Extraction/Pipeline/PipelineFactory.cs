namespace Extraction.Pipeline;

/// <summary>Builds the standard pipeline: normalize, split, tokenize, then the model-driven stages.</summary>
public static class PipelineFactory
{
    public static ExtractionPipeline Create() =>
        new([new NormalizeStage(), new SentenceSplitStage(), new TokenizeStage()]);
}
