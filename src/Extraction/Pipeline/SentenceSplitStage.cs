using Extraction.Documents;
using Extraction.Text;

namespace Extraction.Pipeline;

/// <summary>Reads the text; writes <see cref="Document.Sentences"/>.</summary>
public sealed class SentenceSplitStage : IPipelineStage
{
    public string Name => "split";

    public void Process(Document document)
    {
        document.Sentences.Clear();
        SentenceSplitter.Split(document.Text, document.Sentences);
    }
}
