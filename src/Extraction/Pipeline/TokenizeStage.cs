using Extraction.Documents;
using Extraction.Text;

namespace Extraction.Pipeline;

/// <summary>Reads the sentences; writes <see cref="Document.Tokens"/> (each inside one sentence).</summary>
public sealed class TokenizeStage : IPipelineStage
{
    public string Name => "tokenize";

    public void Process(Document document)
    {
        document.Tokens.Clear();
        for (int s = 0; s < document.Sentences.Count; s++)
        {
            var sentence = document.Sentences[s];
            VietnameseTokenizer.Instance.Tokenize(document.Text, sentence.Start, sentence.End, s, document.Tokens);
        }
    }
}
