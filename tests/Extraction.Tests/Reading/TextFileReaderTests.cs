using Extraction.Reading;

namespace Extraction.Tests.Reading;

public class TextFileReaderTests
{
    private static IEnumerable<TestCaseData> Files()
    {
        yield return new TestCaseData((byte[])[0xEF, 0xBB, 0xBF, .. "Tiêu đề\nThân bài."u8.ToArray()], "Tiêu đề\nThân bài.", "Tiêu đề").SetName("TextFileReader_DropsBom");
        yield return new TestCaseData("Tiêu đề\r\nThân bài.\r\n"u8.ToArray(), "Tiêu đề\r\nThân bài.\r\n", "Tiêu đề").SetName("TextFileReader_KeepsCrLf");
        yield return new TestCaseData("Một câu đầy đủ.\nCâu hai."u8.ToArray(), "Một câu đầy đủ.\nCâu hai.", null).SetName("TextFileReader_NoTitleWhenFirstLineEndsWithFullStop");
        yield return new TestCaseData("\n\n  Tiêu đề  \nThân bài."u8.ToArray(), "\n\n  Tiêu đề  \nThân bài.", "Tiêu đề").SetName("TextFileReader_TitleIsFirstNonEmptyLine");
    }

    [TestCaseSource(nameof(Files))]
    public void TextFileReader_ReadsText(byte[] bytes, string text, string? title)
    {
        var record = TextFileReader.FromBytes(bytes, "a.txt", "a");
        Assert.That(record.Error, Is.Null);
        Assert.That(record.Text, Is.EqualTo(text));
        Assert.That(record.Title, Is.EqualTo(title));
    }

    [Test]
    public void TextFileReader_InvalidUtf8IsAnError()
    {
        var record = TextFileReader.FromBytes([0x41, 0xC3, 0x28, 0x42], "bad.txt", "bad");
        Assert.That(record.Error, Is.EqualTo("not valid UTF-8"));
        Assert.That(record.Text, Is.Null);
    }

    [Test]
    public void TextFileReader_EmptyDocumentIsAnError()
    {
        Assert.That(TextFileReader.FromBytes(" \n\t\n"u8, "e.txt", "e").Error, Is.EqualTo("empty document"));
    }

    [Test]
    public void TextFileReader_UnreadableFileIsAnError()
    {
        var record = TextFileReader.Read("/nonexistent/dir/x.txt", "x");
        Assert.That(record.Error, Does.StartWith("cannot read file"));
    }
}
