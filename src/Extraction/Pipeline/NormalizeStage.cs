using Extraction.Documents;
using Extraction.Text;

namespace Extraction.Pipeline;

/// <summary>Reads and writes <see cref="Document.Text"/> and <see cref="Document.Title"/>: Unicode NFC, nothing else.</summary>
public sealed class NormalizeStage : IPipelineStage
{
    public string Name => "normalize";

    public void Process(Document document)
    {
        document.Text = UnicodeNormalizer.ToNfc(document.Text);
        if (document.Title is not null)
        {
            document.Title = UnicodeNormalizer.ToNfc(document.Title);
        }
    }
}
