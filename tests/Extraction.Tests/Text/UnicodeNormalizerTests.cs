using System.Text;
using Extraction.Text;

namespace Extraction.Tests.Text;

public class UnicodeNormalizerTests
{
    [Test]
    public void UnicodeNormalizer_DecomposedInputBecomesComposed()
    {
        string composed = "Tổng Bí thư Tô Lâm thăm Hoa Kỳ";
        string decomposed = composed.Normalize(NormalizationForm.FormD);
        Assert.That(decomposed, Is.Not.EqualTo(composed), "the environment must not run with invariant globalization");
        Assert.That(UnicodeNormalizer.ToNfc(decomposed), Is.EqualTo(composed));
    }

    private static IEnumerable<TestCaseData> Variants()
    {
        yield return new TestCaseData("hoà", "hòa", "hoa2");
        yield return new TestCaseData("Thuỷ", "Thủy", "thuy3");
        yield return new TestCaseData("khoẻ", "khỏe", "khoe3");
        yield return new TestCaseData("QUÝ", "quý", "quy1");
        yield return new TestCaseData("Nguyễn", "nguyễn", "nguyên4");
        yield return new TestCaseData("Đảng", "đảng", "đang3");
    }

    [TestCaseSource(nameof(Variants))]
    public void ToneFolding_MakesPlacementVariantsEqual(string a, string b, string key)
    {
        Assert.That(ToneFolding.Fold(a), Is.EqualTo(key));
        Assert.That(ToneFolding.Fold(b), Is.EqualTo(key));
    }

    [Test]
    public void ToneFolding_StripAccentsGivesPlainLowercase()
    {
        Assert.That(ToneFolding.StripAccents("Đà Nẵng, Hà Nội"), Is.EqualTo("da nang, ha noi"));
    }
}
