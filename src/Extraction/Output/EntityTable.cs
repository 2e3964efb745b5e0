using CsvHelper;
using Extraction.Documents;
using Extraction.Text;

namespace Extraction.Output;

/// <summary>
/// Writes the entities of a dataset as CSV (CsvHelper): one row per entity per document, or, merged
/// across documents, one row per distinct entity (same type and tone-folded name, or names of one alias
/// set) with its document and mention counts. Rows come in a stable order.
/// </summary>
public static class EntityTable
{
    public static readonly string[] DocumentHeader = ["document_id", "entity_id", "type", "name", "mention_count", "first_offset", "aliases", "value"];
    public static readonly string[] CorpusHeader = ["type", "name", "aliases", "document_count", "mention_count", "value"];

    /// <summary>One row per entity of every document, in dataset order then entity order.</summary>
    public static void WriteByDocument(IEnumerable<Document> documents, TextWriter output)
    {
        using var csv = CsvWriter.Create(output, null, true);
        csv.WriteHeader(DocumentHeader);
        foreach (var d in documents)
        {
            var map = new CodePointMap(d.Text);
            for (int e = 0; e < d.Entities.Count; e++)
            {
                var entity = d.Entities[e];
                var mentions = entity.Mentions.Select(m => d.Mentions[m]).ToList();
                csv.WriteRecord(
                [
                    d.Id,
                    RecordWriter.EntityId(e),
                    TypeNames.Name(entity.Type),
                    entity.Name,
                    mentions.Count.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    mentions.Count == 0 ? "" : map.ToCodePoint(mentions.Min(m => m.Start)).ToString(System.Globalization.CultureInfo.InvariantCulture),
                    string.Join(" | ", Aliases(entity.Name, mentions.Select(m => m.Text))),
                    entity.Type == MentionType.Date ? mentions.FirstOrDefault()?.Value ?? "" : "",
                ]);
            }
        }
        csv.Flush();
    }

    private sealed class Group
    {
        public required MentionType Type;
        public readonly Dictionary<string, int> Names = new(StringComparer.Ordinal);
        public readonly SortedSet<string> Aliases = new(StringComparer.Ordinal);
        public readonly HashSet<string> Documents = new(StringComparer.Ordinal);
        public int Mentions;
        public string? Value;
    }

    /// <summary>One row per distinct entity across documents, ordered by type, then name.</summary>
    /// <param name="aliasSets">Names that denote one thing (the lexicons' alias sets).</param>
    public static void WriteByCorpus(IEnumerable<Document> documents, IEnumerable<IReadOnlyList<string>> aliasSets, TextWriter output)
    {
        var canonical = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var set in aliasSets)
        {
            string head = ToneFolding.FoldPhrase(set[0]).ToLowerInvariant();
            foreach (string name in set)
            {
                canonical.TryAdd(ToneFolding.FoldPhrase(name), head);
            }
        }
        var groups = new Dictionary<(MentionType, string), Group>();
        foreach (var d in documents)
        {
            foreach (var entity in d.Entities)
            {
                var mentions = entity.Mentions.Select(m => d.Mentions[m]).ToList();
                string? value = entity.Type == MentionType.Date ? mentions.FirstOrDefault()?.Value : null;
                string folded = ToneFolding.FoldPhrase(entity.Name);
                string key = value ?? canonical.GetValueOrDefault(folded, folded);
                if (!groups.TryGetValue((entity.Type, key), out var group))
                {
                    groups[(entity.Type, key)] = group = new Group { Type = entity.Type, Value = value };
                }
                group.Names[entity.Name] = group.Names.GetValueOrDefault(entity.Name) + 1;
                group.Documents.Add(d.Id);
                group.Mentions += mentions.Count;
                foreach (var m in mentions)
                {
                    group.Aliases.Add(m.Text);
                }
            }
        }
        var rows = groups.Values.Select(g => (Group: g, Name: g.Names.OrderByDescending(n => n.Value).ThenByDescending(n => n.Key.Length).ThenBy(n => n.Key, StringComparer.Ordinal).First().Key))
            .OrderBy(r => r.Group.Type).ThenBy(r => r.Name, StringComparer.Ordinal).ThenBy(r => r.Group.Value, StringComparer.Ordinal);
        using var csv = CsvWriter.Create(output, null, true);
        csv.WriteHeader(CorpusHeader);
        foreach (var (group, name) in rows)
        {
            csv.WriteRecord(
            [
                TypeNames.Name(group.Type),
                name,
                string.Join(" | ", group.Aliases.Where(a => a != name)),
                group.Documents.Count.ToString(System.Globalization.CultureInfo.InvariantCulture),
                group.Mentions.ToString(System.Globalization.CultureInfo.InvariantCulture),
                group.Value ?? "",
            ]);
        }
        csv.Flush();
    }

    private static IEnumerable<string> Aliases(string name, IEnumerable<string> texts) =>
        texts.Where(t => t != name).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
}
