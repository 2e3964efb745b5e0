using Extraction.Corpus;
using Extraction.Documents;

namespace Extraction.Tests.Corpus;

public class ConllReaderTests
{
    [Test]
    public void ConllReader_ReadsTokensTagsSentencesAndDocuments()
    {
        string[] lines =
        [
            "-DOCSTART- O", "",
            "Ông\tO", "Nguyễn\tB-PER", "Văn\tI-PER", "An\tI-PER", "thăm\tO", "Hà_Nội\tB-LOC", ".\tO", "",
            "Bộ_trưởng\tB-ROLE", "Lê\tB-PERSON", "Hùng\tI-PERSON", "ở\tO", "UBND\tB-ORG", "tỉnh\tI-ORG", "\tO", "",
            "-DOCSTART- O", "",
            "Samsung\tB-ORG", "và\tO", "Apple\tB-MISC",
        ];
        var problems = new List<string>();
        var documents = ConllReader.Read(lines, "vlsp.conll", problems);
        Assert.That(documents, Has.Count.EqualTo(2));
        Assert.That(documents[0].Text, Is.EqualTo("Ông Nguyễn Văn An thăm Hà Nội .\nBộ trưởng Lê Hùng ở UBND tỉnh"));
        Assert.That(documents[0].Mentions.Select(m => $"{TypeNames.Name(m.Type)}:{m.Text}:{m.Sentence}"),
            Is.EqualTo(new[] { "PERSON:Nguyễn Văn An:0", "LOCATION:Hà Nội:0", "ROLE:Bộ trưởng:1", "PERSON:Lê Hùng:1", "ORGANIZATION:UBND tỉnh:1" }));
        Assert.That(documents[1].Mentions.Select(m => m.Text), Is.EqualTo(new[] { "Samsung" }));
        Assert.That(problems, Has.Count.EqualTo(1), "the line without a token is reported");
    }
}

public class ConsistencyReportTests
{
    [Test]
    public void ConsistencyReport_FindsTypeConflictsBareOccurrencesAndCuts()
    {
        var problems = new List<string>();
        var documents = AuthoringParser.Parse(
        [
            "#doc a", "[Hà Nội|LOCATION] và [Đà Nẵng|ORGANIZATION] cùng [Nguyễn Văn An|PERSON].",
            "#doc b", "Hà Nội và [Đà Nẵng|LOCATION] cùng [Nguyễn Văn|PERSON] An.",
        ], "mem", problems);
        Assert.That(problems, Is.Empty);
        var findings = ConsistencyReport.Find(documents, new HashSet<string>());
        Assert.That(findings.Select(f => $"{f.Kind} {f.Text}"), Is.EquivalentTo(new[]
        {
            "types Đà Nẵng", "unmarked Hà Nội", "boundary Nguyễn Văn An",
        }));
        Assert.That(ConsistencyReport.Find(documents, new HashSet<string> { "Đà Nẵng", "Hà Nội", "Nguyễn Văn An" }), Is.Empty);
    }
}
