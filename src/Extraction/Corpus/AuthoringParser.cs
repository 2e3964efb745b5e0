using System.Text.RegularExpressions;
using Extraction.Documents;
using Extraction.Entities;
using Extraction.Text;

namespace Extraction.Corpus;

/// <summary>
/// Converts the corpus authoring form (data/corpus/AUTHORING.md: inline <c>[span|TYPE]</c> marks,
/// <c>&gt; TYPE HEAD | TAIL | TRIGGER</c> relation lines, <c>= A | B</c> alias lines) into gold
/// documents in the contract's shape. Problems are collected, never thrown, so one report lists them all.
/// </summary>
public static partial class AuthoringParser
{
    [GeneratedRegex(@"\[([^\[\]|]+)\|([A-Z]+)(?:=([^\]]*))?\]")]
    private static partial Regex MarkRegex();

    private sealed class Draft
    {
        public required string Id;
        public required string File;
        public required int Line;
        public string? Date;
        public readonly List<string> Lines = [];
        public readonly List<(int Start, int End, MentionType Type, string? Value, int Line)> Mentions = [];
        public readonly List<(int FileLine, string Body, int TextLine)> Relations = [];
        public readonly List<(int FileLine, string[] Names)> Aliases = [];
    }

    /// <summary>Parses one authoring file; problems are appended as "file:line: message".</summary>
    public static List<Document> ParseFile(string path, List<string> problems) =>
        Parse(File.ReadAllLines(path), path, problems);

    public static List<Document> Parse(IReadOnlyList<string> lines, string file, List<string> problems)
    {
        var drafts = new List<Draft>();
        Draft? draft = null;
        for (int n = 0; n < lines.Count; n++)
        {
            string line = UnicodeNormalizer.ToNfc(lines[n].TrimEnd('\r'));
            if (line.StartsWith("#doc ", StringComparison.Ordinal))
            {
                draft = new Draft { Id = line[5..].Trim(), File = file, Line = n + 1 };
                drafts.Add(draft);
            }
            else if (draft is null)
            {
                if (line.Trim().Length > 0)
                {
                    problems.Add($"{file}:{n + 1}: text before the first #doc");
                }
            }
            else if (line.StartsWith("#date ", StringComparison.Ordinal))
            {
                draft.Date = line[6..].Trim();
            }
            else if (line.StartsWith('>'))
            {
                draft.Relations.Add((n + 1, line[1..].Trim(), draft.Lines.Count - 1));
            }
            else if (line.StartsWith('='))
            {
                draft.Aliases.Add((n + 1, line[1..].Split('|').Select(s => s.Trim()).ToArray()));
            }
            else
            {
                AddTextLine(draft, line, n + 1, problems);
            }
        }
        return drafts.Select(d => Build(d, problems)).ToList();
    }

    private static void AddTextLine(Draft draft, string line, int fileLine, List<string> problems)
    {
        int offset = draft.Lines.Sum(l => l.Length + 1);
        var plain = new System.Text.StringBuilder();
        int last = 0;
        foreach (Match m in MarkRegex().Matches(line))
        {
            plain.Append(line, last, m.Index - last);
            last = m.Index + m.Length;
            string span = m.Groups[1].Value;
            if (!TypeNames.TryParseMention(m.Groups[2].Value, out var type))
            {
                problems.Add($"{draft.File}:{fileLine}: unknown type {m.Groups[2].Value}");
                plain.Append(span);
                continue;
            }
            string? value = m.Groups[3].Success ? m.Groups[3].Value : null;
            if ((type == MentionType.Date) != (value is not null))
            {
                problems.Add($"{draft.File}:{fileLine}: {(value is null ? "DATE without value" : "value on a non-DATE")}: {m.Value}");
            }
            int start = offset + plain.Length;
            plain.Append(span);
            draft.Mentions.Add((start, offset + plain.Length, type, value, draft.Lines.Count));
        }
        plain.Append(line, last, line.Length - last);
        string text = plain.ToString();
        if (text.AsSpan().IndexOfAny('[', ']') >= 0)
        {
            problems.Add($"{draft.File}:{fileLine}: stray bracket (broken mark?)");
        }
        draft.Lines.Add(text);
    }

    private static Document Build(Draft d, List<string> problems)
    {
        int keep = d.Lines.Count;
        while (keep > 0 && d.Lines[keep - 1].Trim().Length == 0)
        {
            keep--;
        }
        string text = string.Join('\n', d.Lines.Take(keep));
        var document = new Document(d.Id, d.File, text) { Date = d.Date };
        document.Title = Reading.TextFileReader.TitleOf(text);
        Text.SentenceSplitter.Split(text, document.Sentences);
        foreach (var (start, end, type, value, _) in d.Mentions.OrderBy(m => m.Start))
        {
            var mention = new Mention(type, start, end, text[start..end]) { Value = value, Sentence = SentenceOf(document, start) };
            if (SentenceOf(document, end - 1) != mention.Sentence)
            {
                problems.Add($"{d.File}:{d.Line}: {d.Id}: mention '{mention.Text}' crosses a sentence boundary");
            }
            document.Mentions.Add(mention);
        }
        foreach (var (fileLine, names) in d.Aliases)
        {
            foreach (string name in names.Where(n => !document.Mentions.Any(m => m.Text == n)))
            {
                problems.Add($"{d.File}:{fileLine}: alias '{name}' is not a mention of {d.Id}");
            }
        }
        new EntityGrouper(d.Aliases.Select(a => a.Names).ToList()).Group(document);
        var lineStarts = new List<int>();
        int pos = 0;
        foreach (string l in d.Lines)
        {
            lineStarts.Add(pos);
            pos += l.Length + 1;
        }
        foreach (var (fileLine, body, textLine) in d.Relations)
        {
            string? problem = AddRelation(document, body, textLine < 0 ? null : (lineStarts[textLine], lineStarts[textLine] + d.Lines[textLine].Length));
            if (problem is not null)
            {
                problems.Add($"{d.File}:{fileLine}: {problem}");
            }
        }
        foreach (var r in document.Relations)
        {
            r.Sentences.Sort();
        }
        document.Relations.Sort((a, b) => (a.Sentences[0], a.Type, a.Head, a.Tail).CompareTo((b.Sentences[0], b.Type, b.Head, b.Tail)));
        return document;
    }

    private static int SentenceOf(Document document, int position)
    {
        for (int s = 0; s < document.Sentences.Count; s++)
        {
            if (position < document.Sentences[s].End)
            {
                return s;
            }
        }
        return document.Sentences.Count - 1;
    }

    private static string? AddRelation(Document document, string body, (int Start, int End)? line)
    {
        string[] parts = body.Split('|').Select(p => p.Trim()).ToArray();
        int space = parts[0].IndexOf(' ');
        if (parts.Length < 2 || space < 0)
        {
            return "relation line must be '> TYPE HEAD | TAIL | TRIGGER'";
        }
        if (!TypeNames.TryParseRelation(parts[0][..space], out var type))
        {
            return $"unknown relation type {parts[0][..space]}";
        }
        if (line is not { } span)
        {
            return "relation before any text line";
        }
        string headText = parts[0][(space + 1)..].Trim();
        string tailText = parts[1];
        string? trigger = parts.Length > 2 && parts[2].Length > 0 ? parts[2] : null;
        int head = FindEntity(document, headText, t => t == MentionType.Person);
        int tail = FindEntity(document, tailText, t => TypeNames.Allows(type, MentionType.Person, t));
        if (head < 0)
        {
            return $"{type} head '{headText}' is not a PERSON mention of the document";
        }
        if (tail < 0)
        {
            return $"{type} tail '{tailText}' is not a mention of an allowed type";
        }
        var sentences = Enumerable.Range(0, document.Sentences.Count)
            .Where(s => document.Sentences[s].Start < span.End && document.Sentences[s].End > span.Start).ToList();
        bool Has(int s, int entity) => document.Mentions.Any(m => m.Sentence == s && m.Entity == entity);
        bool HasTrigger(int s) => trigger is null || document.SpanOf(document.Sentences[s].Start, document.Sentences[s].End).Contains(trigger, StringComparison.Ordinal);
        int sentence = sentences.Where(s => Has(s, tail) && HasTrigger(s)).OrderByDescending(s => Has(s, head)).Cast<int?>().FirstOrDefault()
            ?? sentences.Where(s => Has(s, tail)).Cast<int?>().FirstOrDefault() ?? -1;
        if (sentence < 0)
        {
            return $"tail '{tailText}' is not mentioned in the text line above";
        }
        var sentenceSpan = document.Sentences[sentence];
        TextSpan? triggerSpan = null;
        if (trigger is not null)
        {
            int at = document.Text.IndexOf(trigger, sentenceSpan.Start, sentenceSpan.Length, StringComparison.Ordinal);
            if (at < 0)
            {
                at = document.Text.IndexOf(trigger, span.Start, span.End - span.Start, StringComparison.Ordinal);
            }
            if (at < 0)
            {
                return $"trigger '{trigger}' not found in the text line above";
            }
            triggerSpan = new TextSpan(at, at + trigger.Length);
        }
        string? date = type is RelationType.HasRole or RelationType.AffiliatedWith ? null
            : document.Mentions.FirstOrDefault(m => m.Sentence == sentence && m.Type == MentionType.Date)?.Value;
        var existing = document.Relations.FirstOrDefault(r => r.Type == type && r.Head == head && r.Tail == tail);
        if (existing is null)
        {
            existing = new Relation(type, head, tail) { Trigger = triggerSpan, Date = date };
            document.Relations.Add(existing);
        }
        else if (sentence < existing.Sentences.Min())
        {
            existing.Trigger = triggerSpan ?? existing.Trigger;
            existing.Date = date ?? existing.Date;
        }
        if (!existing.Sentences.Contains(sentence))
        {
            existing.Sentences.Add(sentence);
        }
        return null;
    }

    private static int FindEntity(Document document, string text, Func<MentionType, bool> allowed)
    {
        foreach (var m in document.Mentions)
        {
            if (m.Text == text && allowed(m.Type))
            {
                return m.Entity;
            }
        }
        return -1;
    }
}
