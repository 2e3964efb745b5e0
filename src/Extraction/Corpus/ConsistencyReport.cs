using Extraction.Documents;

namespace Extraction.Corpus;

/// <summary>
/// Finds annotation inconsistencies across the corpus: one string annotated with different types, and
/// a string annotated in one place but left bare elsewhere (where it overlaps no mention and stands
/// at word boundaries). Allowed differences are listed, with a reason, in data/corpus/consistency-allowed.tsv.
/// </summary>
public static class ConsistencyReport
{
    public sealed record Finding(string Kind, string Text, string Detail);

    public static List<Finding> Find(IEnumerable<Document> documents, IReadOnlySet<string> allowed)
    {
        var docs = documents.ToList();
        var findings = new List<Finding>();
        var types = new Dictionary<string, Dictionary<MentionType, List<string>>>(StringComparer.Ordinal);
        foreach (var d in docs)
        {
            foreach (var m in d.Mentions)
            {
                if (!types.TryGetValue(m.Text, out var byType))
                {
                    types[m.Text] = byType = [];
                }
                (byType.TryGetValue(m.Type, out var ids) ? ids : byType[m.Type] = []).Add(d.Id);
            }
        }
        foreach (var (text, byType) in types.OrderBy(t => t.Key, StringComparer.Ordinal))
        {
            if (byType.Count > 1 && !allowed.Contains(text))
            {
                findings.Add(new Finding("types", text, string.Join("; ", byType.Select(t => $"{TypeNames.Name(t.Key)} in {string.Join(",", t.Value.Distinct().Take(4))}"))));
            }
        }
        foreach (var d in docs)
        {
            foreach (var (text, byType) in types)
            {
                if (text.Length < 3 || allowed.Contains(text) || byType.Keys.All(t => t is MentionType.Role or MentionType.Date))
                {
                    continue;
                }
                int at = d.Text.IndexOf(text, StringComparison.Ordinal);
                while (at >= 0)
                {
                    int end = at + text.Length;
                    bool boundary = (at == 0 || !char.IsLetterOrDigit(d.Text[at - 1])) && (end == d.Text.Length || !char.IsLetterOrDigit(d.Text[end]));
                    if (boundary && !d.Mentions.Any(m => m.Start < end && m.End > at))
                    {
                        findings.Add(new Finding("unmarked", text, $"{d.Id} at {at}"));
                    }
                    at = d.Text.IndexOf(text, end, StringComparison.Ordinal);
                }
            }
        }
        return findings;
    }

    /// <summary>Reads the allowed strings (first column of a TSV; # starts a comment).</summary>
    public static HashSet<string> ReadAllowed(string path) =>
        File.Exists(path)
            ? File.ReadLines(path).Where(l => l.Length > 0 && l[0] != '#').Select(l => l.Split('\t')[0]).ToHashSet(StringComparer.Ordinal)
            : [];
}
