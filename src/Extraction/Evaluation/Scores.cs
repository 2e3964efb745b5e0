using System.Text;
using System.Text.Json.Serialization;

namespace Extraction.Evaluation;

/// <summary>Precision, recall and F1 per label (mention or relation type) and micro-averaged.</summary>
public sealed class Scores
{
    [JsonPropertyName("per_type")]
    public SortedDictionary<string, PrfCounts> PerType { get; } = new(StringComparer.Ordinal);

    [JsonPropertyName("micro")]
    public PrfCounts Micro
    {
        get
        {
            var micro = new PrfCounts();
            foreach (var c in PerType.Values)
            {
                micro.Add(c);
            }
            return micro;
        }
    }

    public PrfCounts For(string label) => PerType.TryGetValue(label, out var c) ? c : PerType[label] = new PrfCounts();

    /// <summary>A fixed-width table like seqeval's report.</summary>
    public string Table(string title)
    {
        var sb = new StringBuilder();
        sb.AppendLine($"{title,-16} {"precision",9} {"recall",9} {"f1",9} {"support",8}");
        foreach (var (label, c) in PerType)
        {
            sb.AppendLine($"{label,-16} {c.Precision,9:F4} {c.Recall,9:F4} {c.F1,9:F4} {c.Gold,8}");
        }
        var m = Micro;
        sb.AppendLine($"{"micro",-16} {m.Precision,9:F4} {m.Recall,9:F4} {m.F1,9:F4} {m.Gold,8}");
        return sb.ToString();
    }
}
