using System.Text;
using Extraction.Documents;
using Extraction.Text;

namespace Extraction.Corpus;

/// <summary>
/// Reads CoNLL-style NER files (a token and its BIO tag per line, the tag in the last column; a blank
/// line between sentences; -DOCSTART- lines start a new document), which is what users of other
/// Vietnamese NER tools have. Word-segmented tokens ("Hà_Nội") become syllables. Tags PER, LOC, ORG
/// and the six types of ANNOTATION.md are read; other types (MISC) are left out.
/// </summary>
public static class ConllReader
{
    public static List<Document> ReadFile(string path, List<string> problems) => Read(File.ReadLines(path), path, problems);

    public static List<Document> Read(IEnumerable<string> lines, string source, List<string> problems)
    {
        var documents = new List<Document>();
        var text = new StringBuilder();
        var mentions = new List<Mention>();
        int number = 0, lineNumber = 0;
        bool sentenceOpen = false;
        (int Start, MentionType Type)? open = null;
        int lastEnd = 0;

        void Close()
        {
            if (open is { } o)
            {
                mentions.Add(new Mention(o.Type, o.Start, lastEnd, text.ToString(o.Start, lastEnd - o.Start)));
                open = null;
            }
        }

        void Flush()
        {
            Close();
            while (text.Length > 0 && text[^1] == '\n')
            {
                text.Length--;
            }
            if (text.Length > 0)
            {
                var document = new Document($"{Path.GetFileNameWithoutExtension(source)}:{++number}", source, text.ToString());
                SentenceSplitter.Split(document.Text, document.Sentences);
                foreach (var m in mentions)
                {
                    m.Sentence = document.Sentences.FindIndex(s => s.End >= m.End);
                    document.Mentions.Add(m);
                }
                documents.Add(document);
            }
            text.Clear();
            mentions.Clear();
            sentenceOpen = false;
        }

        foreach (string raw in lines)
        {
            lineNumber++;
            string line = UnicodeNormalizer.ToNfc(raw.TrimEnd('\r'));
            if (line.StartsWith("-DOCSTART-", StringComparison.Ordinal))
            {
                Flush();
                continue;
            }
            if (line.Trim().Length == 0)
            {
                Close();
                if (sentenceOpen)
                {
                    text.Append('\n');
                    sentenceOpen = false;
                }
                continue;
            }
            var columns = line.Split(['\t', ' '], StringSplitOptions.RemoveEmptyEntries);
            if (columns.Length < 2)
            {
                problems.Add($"{source}:{lineNumber}: expected 'token<TAB>tag'");
                continue;
            }
            string token = columns[0].Replace('_', ' ');
            string tag = columns[^1];
            if (sentenceOpen)
            {
                text.Append(' ');
            }
            int start = text.Length;
            text.Append(token);
            sentenceOpen = true;
            var type = TypeOf(tag);
            bool begins = tag.StartsWith("B-", StringComparison.Ordinal) || (type is not null && (open is null || open.Value.Type != type));
            if (type is null || begins)
            {
                Close();
            }
            if (type is { } t && begins)
            {
                open = (start, t);
            }
            lastEnd = text.Length;
        }
        Flush();
        return documents;
    }

    private static MentionType? TypeOf(string tag)
    {
        if (tag.Length < 3 || tag[1] != '-')
        {
            return null;
        }
        string name = tag[2..];
        return name switch
        {
            "PER" => MentionType.Person,
            "LOC" => MentionType.Location,
            "ORG" => MentionType.Organization,
            _ => TypeNames.TryParseMention(name, out var t) ? t : null,
        };
    }
}
