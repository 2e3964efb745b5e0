using System.Text;
using Extraction.Documents;
using Extraction.Pipeline;

namespace Extraction.Tests.Tagging;

/// <summary>The committed model on the text real pages hold: capitals, lowercase, decomposed Unicode, old tone placement.</summary>
public class RobustnessTests
{
    private static readonly Lazy<ExtractionPipeline> Pipeline = new(() => PipelineFactory.Create(ModelBundle.Load(Path.Combine(RepoPaths.Root, "models", "tagger"))));

    private static List<string> Mentions(string text) =>
        Pipeline.Value.Process(new Document("d", "t", text) { Date = "2024-09-23" }).Mentions.Select(m => $"{TypeNames.Name(m.Type)}:{m.Text}").ToList();

    [Test]
    public void Tagger_ReadsAllCapsHeadlines()
    {
        var found = Mentions("THỦ TƯỚNG PHẠM MINH CHÍNH HỘI KIẾN TỔNG THỐNG INDONESIA\nThủ tướng Phạm Minh Chính hội kiến Tổng thống Indonesia Joko Widodo.");
        Assert.That(found, Does.Contain("PERSON:PHẠM MINH CHÍNH").And.Contain("ROLE:THỦ TƯỚNG").And.Contain("LOCATION:INDONESIA"));
    }

    [Test]
    public void Tagger_GivesTheSameMentionsForDecomposedInput()
    {
        string text = "Sáng 20/12, Chủ tịch nước Lương Cường tiếp Đại sứ Nhật Bản Ito Naoki tại Phủ Chủ tịch.";
        Assert.That(Mentions(text.Normalize(NormalizationForm.FormD)), Is.EqualTo(Mentions(text)));
    }

    [Test]
    public void Tagger_IgnoresTonePlacementVariants()
    {
        string modern = "Bà Nguyễn Thị Thủy, Giám đốc Sở Y tế tỉnh Khánh Hòa, cho biết.";
        string old = "Bà Nguyễn Thị Thuỷ, Giám đốc Sở Y tế tỉnh Khánh Hoà, cho biết.";
        var a = Mentions(modern);
        var b = Mentions(old);
        Assert.That(b.Select(m => m.Split(':')[0]), Is.EqualTo(a.Select(m => m.Split(':')[0])));
        Assert.That(a, Does.Contain("PERSON:Nguyễn Thị Thủy"));
        Assert.That(b, Does.Contain("PERSON:Nguyễn Thị Thuỷ"));
    }

    [Test]
    public void Tagger_FindsUnseenNamesFromContext()
    {
        var found = Mentions("Ông Khổng Minh Triết, Chủ tịch UBND tỉnh Lai Châu, đã tiếp bà Ngàn Thị Sương tại thành phố Lai Châu ngày 5/3/2025.");
        Assert.That(found, Does.Contain("PERSON:Khổng Minh Triết").And.Contain("PERSON:Ngàn Thị Sương").And.Contain("DATE:ngày 5/3/2025"));
    }
}
