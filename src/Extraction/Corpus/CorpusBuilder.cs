using System.Buffers;
using Extraction.Documents;
using Extraction.Output;

namespace Extraction.Corpus;

/// <summary>
/// Converts every authoring file into gold documents, assigns each document its split and writes the
/// contract-shaped JSON Lines files (train, dev, test, seeds). Dev and test are chosen once, written to
/// splits.tsv and kept fixed: a document stays in its split as the corpus grows.
/// </summary>
public static class CorpusBuilder
{
    /// <summary>Reads every authoring file; returns the documents by split and the problems found.</summary>
    public static (Dictionary<CorpusSplit, List<Document>> Splits, List<string> Problems) Load(CorpusLayout layout)
    {
        var problems = new List<string>();
        var corpus = Files(layout.AuthoringDirectory).SelectMany(f => AuthoringParser.ParseFile(f, problems)).ToList();
        var seeds = Files(layout.SeedAuthoringDirectory).SelectMany(f => AuthoringParser.ParseFile(f, problems)).ToList();
        foreach (var group in corpus.Concat(seeds).GroupBy(d => d.Id).Where(g => g.Count() > 1))
        {
            problems.Add($"document id {group.Key} is used {group.Count()} times");
        }
        var assigned = ReadSplits(layout.SplitFile);
        var splits = new Dictionary<CorpusSplit, List<Document>>
        {
            [CorpusSplit.Train] = [],
            [CorpusSplit.Dev] = [],
            [CorpusSplit.Test] = [],
            [CorpusSplit.Seeds] = seeds,
        };
        foreach (var document in corpus)
        {
            splits[assigned.GetValueOrDefault(document.Id, CorpusSplit.Train)].Add(document);
        }
        return (splits, problems);
    }

    /// <summary>
    /// Chooses dev and test for documents without a split yet: about one in ten each, preferring
    /// documents whose person and organization names occur in no other document, so that the held-out
    /// scores measure generalization to unseen names. Existing assignments never change.
    /// </summary>
    public static void AssignNewDocuments(CorpusLayout layout)
    {
        var problems = new List<string>();
        var corpus = Files(layout.AuthoringDirectory).SelectMany(f => AuthoringParser.ParseFile(f, problems)).ToList();
        var assigned = ReadSplits(layout.SplitFile);
        var fresh = corpus.Where(d => !assigned.ContainsKey(d.Id)).ToList();
        if (fresh.Count == 0)
        {
            return;
        }
        var documentsOfName = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var d in corpus)
        {
            foreach (var m in d.Mentions.Where(m => m.Type is MentionType.Person or MentionType.Organization))
            {
                (documentsOfName.TryGetValue(m.Text, out var set) ? set : documentsOfName[m.Text] = []).Add(d.Id);
            }
        }
        double Novelty(Document d)
        {
            var names = d.Mentions.Where(m => m.Type is MentionType.Person or MentionType.Organization).Select(m => m.Text).Distinct().ToList();
            return names.Count == 0 ? 0 : names.Count(n => documentsOfName[n].Count == 1) / (double)names.Count;
        }
        // Spread held-out documents over the files (domains): every tenth document of each file by novelty rank.
        foreach (var file in fresh.GroupBy(d => d.Source))
        {
            var ranked = file.OrderByDescending(Novelty).ThenBy(d => d.Id, StringComparer.Ordinal).ToList();
            for (int i = 0; i < ranked.Count; i++)
            {
                assigned[ranked[i].Id] = (i % 10) switch { 0 => CorpusSplit.Test, 1 => CorpusSplit.Dev, _ => CorpusSplit.Train };
            }
        }
        using var writer = new StreamWriter(layout.SplitFile);
        foreach (var (id, split) in assigned.Where(a => a.Value != CorpusSplit.Train).OrderBy(a => a.Value).ThenBy(a => a.Key, StringComparer.Ordinal))
        {
            writer.Write($"{split.ToString().ToLowerInvariant()}\t{id}\n");
        }
        foreach (var (id, _) in assigned.Where(a => a.Value == CorpusSplit.Train).OrderBy(a => a.Key, StringComparer.Ordinal))
        {
            writer.Write($"train\t{id}\n");
        }
    }

    /// <summary>Writes each split's JSON Lines file.</summary>
    public static void Write(CorpusLayout layout, Dictionary<CorpusSplit, List<Document>> splits)
    {
        foreach (var (split, documents) in splits)
        {
            using var stream = File.Create(layout.JsonLines(split));
            var buffer = new ArrayBufferWriter<byte>();
            foreach (var document in documents.OrderBy(d => d.Id, StringComparer.Ordinal))
            {
                buffer.Clear();
                RecordWriter.Write(document, buffer, withScores: false);
                stream.Write(buffer.WrittenSpan);
            }
        }
    }

    /// <summary>Reads a split's JSON Lines file.</summary>
    public static List<Document> Read(CorpusLayout layout, CorpusSplit split) => RecordReader.ReadFile(layout.JsonLines(split)).ToList();

    private static Dictionary<string, CorpusSplit> ReadSplits(string path)
    {
        var splits = new Dictionary<string, CorpusSplit>(StringComparer.Ordinal);
        if (!File.Exists(path))
        {
            return splits;
        }
        foreach (string line in File.ReadLines(path))
        {
            var parts = line.Split('\t');
            if (parts.Length == 2 && Enum.TryParse<CorpusSplit>(parts[0], ignoreCase: true, out var split))
            {
                splits[parts[1]] = split;
            }
        }
        return splits;
    }

    private static IEnumerable<string> Files(string directory) =>
        Directory.Exists(directory) ? Directory.GetFiles(directory, "*.txt").Order(StringComparer.Ordinal) : [];
}
