using Extraction.Documents;

namespace Extraction.Corpus;

/// <summary>
/// Finds annotation inconsistencies across the corpus: one string annotated with different types; a
/// string annotated in one place but left bare elsewhere (overlapping no mention, at word boundaries);
/// and a string annotated whole in one place but split or cut across mentions elsewhere. Single words
/// that are also common words (short names such as "Phát") are not searched for. Allowed differences
/// are listed, with a reason, in data/corpus/consistency-allowed.tsv.
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
                if (!Searchable(text) || allowed.Contains(text) || byType.Keys.All(t => t is MentionType.Date))
                {
                    continue;
                }
                int at = d.Text.IndexOf(text, StringComparison.Ordinal);
                while (at >= 0)
                {
                    int end = at + text.Length;
                    bool boundary = (at == 0 || !char.IsLetterOrDigit(d.Text[at - 1])) && (end == d.Text.Length || !char.IsLetterOrDigit(d.Text[end]));
                    var overlapping = boundary ? d.Mentions.Where(m => m.Start < end && m.End > at).ToList() : [];
                    if (boundary && overlapping.Count == 0 && !byType.Keys.All(t => t == MentionType.Role))
                    {
                        findings.Add(new Finding("unmarked", text, $"{d.Id} at {at}"));
                    }
                    else if (overlapping.Count > 0 && !overlapping.Any(m => m.Start <= at && m.End >= end))
                    {
                        findings.Add(new Finding("boundary", text, $"{d.Id} at {at}: " + string.Join(" ", overlapping.Select(m => $"[{m.Text}|{TypeNames.Name(m.Type)}]"))));
                    }
                    at = d.Text.IndexOf(text, end, StringComparison.Ordinal);
                }
            }
        }
        return findings;
    }

    /// <summary>Phrases of two or more words, and acronyms of three or more capitals.</summary>
    private static bool Searchable(string text) =>
        text.Contains(' ') || (text.Length >= 3 && text.All(c => char.IsUpper(c) || char.IsDigit(c)));

    /// <summary>Reads the allowed strings (first column of a TSV; # starts a comment).</summary>
    public static HashSet<string> ReadAllowed(string path) =>
        File.Exists(path)
            ? File.ReadLines(path).Where(l => l.Length > 0 && l[0] != '#').Select(l => l.Split('\t')[0]).ToHashSet(StringComparer.Ordinal)
            : [];
}
