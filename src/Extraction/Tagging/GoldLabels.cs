using Extraction.Documents;

namespace Extraction.Tagging;

/// <summary>BIO labels of a tokenized document from its gold mentions.</summary>
public static class GoldLabels
{
    /// <summary>
    /// Labels every token: B- for the first token of a mention, I- for the rest, O elsewhere. A token
    /// that straddles a mention boundary counts as inside it; <paramref name="misaligned"/> counts them.
    /// </summary>
    public static int[] FromMentions(Document document, out int misaligned)
    {
        var labels = new int[document.Tokens.Count];
        misaligned = 0;
        int t = 0;
        foreach (var m in document.Mentions.OrderBy(m => m.Start))
        {
            while (t < labels.Length && document.Tokens[t].End <= m.Start)
            {
                t++;
            }
            bool first = true;
            while (t < labels.Length && document.Tokens[t].Start < m.End)
            {
                var token = document.Tokens[t];
                if (token.Start < m.Start || token.End > m.End)
                {
                    misaligned++;
                }
                labels[t] = first ? TagSet.Begin(m.Type) : TagSet.Inside(m.Type);
                first = false;
                t++;
            }
        }
        return labels;
    }
}
