using Extraction.Documents;
using Extraction.Text;

namespace Extraction.Tests.Text;

public class VietnameseTokenizerTests
{
    private static IEnumerable<TestCaseData> Cases()
    {
        yield return new TestCaseData("ngày 22-9-2024, 20/12/2024 và 20/12", new[] { "ngày", "22-9-2024", ",", "20/12/2024", "và", "20/12" }).SetName("Tokenizer_DatesStayWhole");
        yield return new TestCaseData("lúc 9h30 và 14h, 14:30", new[] { "lúc", "9h30", "và", "14h", ",", "14:30" }).SetName("Tokenizer_TimesStayWhole");
        yield return new TestCaseData("1.000 tỷ đồng, tăng 3,5%.", new[] { "1.000", "tỷ", "đồng", ",", "tăng", "3,5", "%", "." }).SetName("Tokenizer_Numbers");
        yield return new TestCaseData("TP.HCM, UBND và TTXVN.", new[] { "TP.HCM", ",", "UBND", "và", "TTXVN", "." }).SetName("Tokenizer_Abbreviations");
        yield return new TestCaseData("PGS.TS. Lê Văn A, Th.S Bùi B", new[] { "PGS.TS", ".", "Lê", "Văn", "A", ",", "Th.S", "Bùi", "B" }).SetName("Tokenizer_DottedTitles");
        yield return new TestCaseData("Lee Jae-myung và O'Brien, Lê-nin", new[] { "Lee", "Jae-myung", "và", "O'Brien", ",", "Lê-nin" }).SetName("Tokenizer_HyphensAndApostrophes");
        yield return new TestCaseData("giai đoạn 2021-2025, tháng 9/2023", new[] { "giai", "đoạn", "2021-2025", ",", "tháng", "9/2023" }).SetName("Tokenizer_RangesAndMonthYear");
        yield return new TestCaseData("Việt Nam - Hoa Kỳ (AI)...", new[] { "Việt", "Nam", "-", "Hoa", "Kỳ", "(", "AI", ")", "..." }).SetName("Tokenizer_Punctuation");
        yield return new TestCaseData("xem https://vov.vn/a-b.html nhé", new[] { "xem", "https://vov.vn/a-b.html", "nhé" }).SetName("Tokenizer_Urls");
        yield return new TestCaseData("COVID-19 và Su-30MK2", new[] { "COVID-19", "và", "Su-30MK2" }).SetName("Tokenizer_LettersWithDigits");
    }

    [TestCaseSource(nameof(Cases))]
    public void Tokenizer_Splits(string text, string[] expected)
    {
        Assert.That(VietnameseTokenizer.Instance.Split(text), Is.EqualTo(expected));
    }

    [Test]
    public void Tokenizer_OffsetsPointIntoTheWholeText()
    {
        string text = "Mở đầu. Ông 😀 Nguyễn Văn An đến Hà Nội.";
        var tokens = new List<Token>();
        VietnameseTokenizer.Instance.Tokenize(text, 8, text.Length, 1, tokens);
        Assert.That(tokens.Select(t => text[t.Start..t.End]), Is.EqualTo(new[] { "Ông", "😀", "Nguyễn", "Văn", "An", "đến", "Hà", "Nội", "." }));
        Assert.That(tokens.All(t => t.Sentence == 1));
    }
}
