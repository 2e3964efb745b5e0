using Extraction.Documents;

namespace Extraction.Corpus;

/// <summary>
/// Checks gold documents against ANNOTATION.md's structural rules: offsets inside the text and equal to
/// the mention text, no overlapping mentions, no span with outer spaces or punctuation, a value on every
/// DATE, relation arguments of allowed types, entities of one type, and no document in two splits.
/// </summary>
public static class CorpusValidator
{
    public static List<string> Validate(IReadOnlyDictionary<CorpusSplit, List<Document>> splits)
    {
        var problems = new List<string>();
        var seen = new Dictionary<string, CorpusSplit>(StringComparer.Ordinal);
        foreach (var (split, documents) in splits)
        {
            foreach (var d in documents)
            {
                if (seen.TryGetValue(d.Id, out var other))
                {
                    problems.Add($"{d.Id}: in both {other} and {split}");
                }
                seen[d.Id] = split;
                Validate(d, problems);
            }
        }
        return problems;
    }

    /// <summary>Outer whitespace, separators, or a quote or bracket whose partner lies outside the span.</summary>
    internal static bool HasOuterPunctuation(string text)
    {
        const string Openers = "\"“‘'(«[";
        const string Closers = "\"”’')»]";
        char first = text[0], last = text[^1];
        if (char.IsWhiteSpace(first) || char.IsWhiteSpace(last) || ",.;:".Contains(first) || ",;:".Contains(last))
        {
            return true;
        }
        int o = Openers.IndexOf(first);
        if (o >= 0 && text.IndexOf(Closers[o], 1) < 0)
        {
            return true;
        }
        int c = Closers.IndexOf(last);
        return c >= 0 && text.LastIndexOf(Openers[c], text.Length - 2) < 0;
    }

    public static void Validate(Document d, List<string> problems)
    {
        int lastEnd = 0;
        foreach (var m in d.Mentions)
        {
            string where = $"{d.Id}: mention '{m.Text}' [{m.Start},{m.End})";
            if (m.Start < 0 || m.End > d.Text.Length || m.Start >= m.End)
            {
                problems.Add($"{where}: offsets outside the text");
                continue;
            }
            if (d.Text[m.Start..m.End] != m.Text)
            {
                problems.Add($"{where}: text differs from text[start:end]");
            }
            if (m.Start < lastEnd)
            {
                problems.Add($"{where}: overlaps the previous mention");
            }
            lastEnd = m.End;
            if (HasOuterPunctuation(m.Text))
            {
                problems.Add($"{where}: span has outer whitespace or punctuation");
            }
            if (m.Type == MentionType.Date && string.IsNullOrEmpty(m.Value))
            {
                problems.Add($"{where}: DATE without value");
            }
            if (m.Entity < 0 || m.Entity >= d.Entities.Count || d.Entities[m.Entity].Type != m.Type)
            {
                problems.Add($"{where}: no entity of its type");
            }
            if (m.Sentence < 0 || m.Sentence >= d.Sentences.Count || m.Start < d.Sentences[m.Sentence].Start || m.End > d.Sentences[m.Sentence].End)
            {
                problems.Add($"{where}: not inside its sentence");
            }
        }
        var keys = new HashSet<(RelationType, int, int)>();
        foreach (var r in d.Relations)
        {
            var head = d.Entities[r.Head];
            var tail = d.Entities[r.Tail];
            if (!TypeNames.Allows(r.Type, head.Type, tail.Type))
            {
                problems.Add($"{d.Id}: {TypeNames.Name(r.Type)}({head.Name}, {tail.Name}) joins {TypeNames.Name(head.Type)} and {TypeNames.Name(tail.Type)}");
            }
            if (!keys.Add((r.Type, r.Head, r.Tail)))
            {
                problems.Add($"{d.Id}: {TypeNames.Name(r.Type)}({head.Name}, {tail.Name}) appears twice");
            }
            if (r.Sentences.Count == 0)
            {
                problems.Add($"{d.Id}: {TypeNames.Name(r.Type)}({head.Name}, {tail.Name}) lists no sentence");
            }
        }
    }
}
