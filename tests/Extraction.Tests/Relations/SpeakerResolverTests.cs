using Extraction.Corpus;
using Extraction.Entities;
using Extraction.Lexicons;
using Extraction.Pipeline;
using Extraction.Relations;

namespace Extraction.Tests.Relations;

public class SpeakerResolverTests
{
    private static IEnumerable<TestCaseData> Documents()
    {
        yield return new TestCaseData(new[]
        {
            "[Đại sứ|ROLE] [Phan Đức Khiêm|PERSON]: Quan hệ hai nước đang tốt đẹp",
            "[PV|ROLE]: Xin ông cho biết về hợp tác kinh tế?",
            "[Đại sứ|ROLE] [Phan Đức Khiêm|PERSON]: Kim ngạch đạt 22 tỷ USD.",
            "Tháng 8, tôi đã làm việc với [Chủ tịch|ROLE] [Keidanren|ORGANIZATION] [Hasegawa Takumi|PERSON].",
            "[PV|ROLE]: Xin cảm ơn ông!",
        }, new[] { "Phan Đức Khiêm", "-", "Phan Đức Khiêm", "Phan Đức Khiêm", "-" }).SetName("SpeakerResolver_FollowsTheAnswerLabelsOfAnInterview");
        yield return new TestCaseData(new[]
        {
            "GS.TS [Thi Đăng Khoa|PERSON]: Chúng tôi đang cập nhật dữ liệu.",
            "Cuối tháng 1, tôi đã sang [Viêng Chăn|LOCATION] dự hội thảo.",
        }, new[] { "Thi Đăng Khoa", "Thi Đăng Khoa" }).SetName("SpeakerResolver_AllowsADegreeBeforeTheName");
        yield return new TestCaseData(new[]
        {
            "[Thủ tướng|ROLE] [Phạm Minh Chính|PERSON] tiếp [Đại sứ|ROLE] [Ito Naoki|PERSON].",
            "\"Tôi rất vui\", ông [Ito Naoki|PERSON] nói.",
            "Ảnh: [Nhật Bắc|PERSON]",
        }, new[] { "-", "-", "-" }).SetName("SpeakerResolver_FindsNoSpeakerOutsideInterviews");
    }

    [TestCaseSource(nameof(Documents))]
    public void SpeakerResolver_Resolves(string[] lines, string[] expected)
    {
        var problems = new List<string>();
        var d = AuthoringParser.Parse(["#doc t", "#date 2024-10-01", .. lines], "fixture", problems).Single();
        Assert.That(problems, Is.Empty);
        new TokenizeStage().Process(d);
        new EntityGrouper(new LexiconSet().Aliases).Group(d);
        var speakers = SpeakerResolver.Resolve(d, SentenceView.MentionsBySentence(d));
        Assert.That(speakers.Select(s => s < 0 ? "-" : d.Entities[s].Name), Is.EqualTo(expected));
    }
}
