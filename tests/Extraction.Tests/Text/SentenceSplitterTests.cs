using Extraction.Text;

namespace Extraction.Tests.Text;

public class SentenceSplitterTests
{
    private static IEnumerable<TestCaseData> Cases()
    {
        yield return new TestCaseData("TP.HCM đón 1.000 khách. GS.TS. Nguyễn Văn A phát biểu.", new[] { "TP.HCM đón 1.000 khách.", "GS.TS. Nguyễn Văn A phát biểu." }).SetName("SentenceSplitter_Abbreviations");
        yield return new TestCaseData("Lãi suất 3,5%. Ngày 22-9-2024 ông đến. Lúc 9h30. Xong", new[] { "Lãi suất 3,5%.", "Ngày 22-9-2024 ông đến.", "Lúc 9h30.", "Xong" }).SetName("SentenceSplitter_NumbersDatesTimes");
        yield return new TestCaseData("Ông nói: \"Chúng tôi sẵn sàng.\" Sau đó ông rời đi.", new[] { "Ông nói: \"Chúng tôi sẵn sàng.\"", "Sau đó ông rời đi." }).SetName("SentenceSplitter_ClosingQuoteStaysWithSentence");
        yield return new TestCaseData("Tiêu đề không dấu chấm\nThân bài một. Thân bài hai.", new[] { "Tiêu đề không dấu chấm", "Thân bài một.", "Thân bài hai." }).SetName("SentenceSplitter_LineBreakEndsSentence");
        yield return new TestCaseData("Tô Lâm. Ảnh: Lâm Khánh/TTXVN", new[] { "Tô Lâm.", "Ảnh: Lâm Khánh/TTXVN" }).SetName("SentenceSplitter_PhotoCaption");
        yield return new TestCaseData("Nông sản, thủy sản, v.v. được xuất khẩu. Còn lại... Hết! Thật ư? Vâng", new[] { "Nông sản, thủy sản, v.v. được xuất khẩu.", "Còn lại...", "Hết!", "Thật ư?", "Vâng" }).SetName("SentenceSplitter_EllipsisAndMarks");
        yield return new TestCaseData("Của V.I. Lê-nin và C. Mác (năm 1917). Hết.", new[] { "Của V.I. Lê-nin và C. Mác (năm 1917).", "Hết." }).SetName("SentenceSplitter_InitialsAndParentheses");
        yield return new TestCaseData("Ông A (Bộ Y tế) nói. (TTXVN) Tin khác.", new[] { "Ông A (Bộ Y tế) nói.", "(TTXVN) Tin khác." }).SetName("SentenceSplitter_OpeningParenthesis");
        yield return new TestCaseData("  \n \r\nCâu có CR.\r\n", new[] { "Câu có CR." }).SetName("SentenceSplitter_WhitespaceAndCarriageReturns");
    }

    [TestCaseSource(nameof(Cases))]
    public void SentenceSplitter_Splits(string text, string[] expected)
    {
        var sentences = SentenceSplitter.Split(text);
        Assert.That(sentences.Select(s => text[s.Start..s.End]), Is.EqualTo(expected));
    }

    private static IEnumerable<TestCaseData> Seeds() =>
        Directory.GetFiles(RepoPaths.Seeds, "*.txt").Order(StringComparer.Ordinal)
            .Select(f => new TestCaseData(Path.GetFileNameWithoutExtension(f)).SetName("SentenceSplitter_SeedFixture_" + Path.GetFileNameWithoutExtension(f)));

    /// <summary>The seed sentence boundaries were annotated by hand in Fixtures/Sentences (one sentence per line).</summary>
    [TestCaseSource(nameof(Seeds))]
    public void SentenceSplitter_MatchesHandAnnotatedSeedBoundaries(string seed)
    {
        string text = UnicodeNormalizer.ToNfc(File.ReadAllText(Path.Combine(RepoPaths.Seeds, seed + ".txt")));
        var expected = File.ReadAllLines(RepoPaths.Fixture("Sentences", seed + ".txt"));
        var actual = SentenceSplitter.Split(text).Select(s => text[s.Start..s.End]).ToArray();
        var missing = expected.Except(actual).ToList();
        var extra = actual.Except(expected).ToList();
        Assert.That(missing.Count + extra.Count, Is.Zero,
            "boundaries differ:\n" + string.Join("\n", missing.Select(s => "expected: " + s).Concat(extra.Select(s => "got:      " + s))));
        Assert.That(actual, Is.EqualTo(expected));
    }
}
