using System.Text;
using Extraction.Reading;

namespace Extraction.Tests.Reading;

public class InputReaderTests
{
    [Test]
    public void InputReader_WalksDirectoriesRecursivelyInOrdinalOrder()
    {
        using var dir = new TempDir();
        dir.File("b.txt", "Bài B");
        dir.File("a/z.txt", "Bài Z");
        dir.File("a/dump.jsonl", "{\"text\":\"một\"}\n{\"id\":\"x\",\"text\":\"hai\"}\n");
        dir.File("A.txt", "Bài A hoa");
        dir.File("notes.md", "không đọc");
        var records = new InputReader().Read([dir.Path]).ToList();
        Assert.That(records.Select(r => r.Id), Is.EqualTo(new[] { "A", "a/dump:1", "x", "a/z", "b" }));
        Assert.That(records[0].Source, Is.EqualTo(Path.Combine(dir.Path, "A.txt")));
    }

    [Test]
    public void InputReader_FileGivenDirectlyIsIdentifiedByItsName()
    {
        using var dir = new TempDir();
        string file = dir.File("000_x.txt", "Tiêu đề\nNội dung.");
        Assert.That(new InputReader().Read([file]).Single().Id, Is.EqualTo("000_x"));
    }

    [Test]
    public void InputReader_DashReadsADumpFromStandardInput()
    {
        var stdin = new MemoryStream(Encoding.UTF8.GetBytes("{\"text\":\"một\"}\n{\"id\":\"k\",\"text\":\"hai\"}\n"));
        var records = new InputReader(() => stdin).Read(["-"]).ToList();
        Assert.That(records.Select(r => (r.Id, r.Source, r.Text)), Is.EqualTo(new[] { ("stdin:1", "-", (string?)"một"), ("k", "-", "hai") }));
    }

    [Test]
    public void InputReader_ValidateNamesAMissingInput()
    {
        Assert.That(InputReader.Validate(["-", "/no/such/input.txt"]), Is.EqualTo("input not found: /no/such/input.txt"));
    }
}
