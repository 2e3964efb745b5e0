using Extraction.Documents;
using Extraction.Entities;

namespace Extraction.Tests.Entities;

public class EntityGrouperTests
{
    private static Document With(string text, params (MentionType Type, string Text, string? Value)[] mentions)
    {
        var d = new Document("d", "t", text);
        int from = 0;
        foreach (var (type, mention, value) in mentions)
        {
            int at = text.IndexOf(mention, from, StringComparison.Ordinal);
            d.Mentions.Add(new Mention(type, at, at + mention.Length, mention) { Value = value });
            from = at + mention.Length;
        }
        return d;
    }

    [Test]
    public void EntityGrouper_GroupsShortNamesAliasesCaseRolesAndDates()
    {
        var d = With("Thượng nghị sĩ Dan Sullivan gặp Tô Lâm tại Hoa Kỳ. Sullivan nói Mỹ và LHQ cùng Liên hợp quốc. TÔ LÂM, thượng nghị sĩ, ngày 22/9 và 22-9-2024.",
            (MentionType.Role, "Thượng nghị sĩ", null), (MentionType.Person, "Dan Sullivan", null), (MentionType.Person, "Tô Lâm", null),
            (MentionType.Location, "Hoa Kỳ", null), (MentionType.Person, "Sullivan", null), (MentionType.Location, "Mỹ", null),
            (MentionType.Organization, "LHQ", null), (MentionType.Organization, "Liên hợp quốc", null), (MentionType.Person, "TÔ LÂM", null),
            (MentionType.Role, "thượng nghị sĩ", null), (MentionType.Date, "ngày 22/9", "2024-09-22"), (MentionType.Date, "22-9-2024", "2024-09-22"));
        new EntityGrouper([["Hoa Kỳ", "Mỹ"], ["Liên hợp quốc", "LHQ"]]).Group(d);
        Assert.That(d.Entities.Select(e => $"{TypeNames.Name(e.Type)}:{e.Name}:{string.Join(",", e.Mentions)}"), Is.EqualTo(new[]
        {
            "ROLE:Thượng nghị sĩ:0,9",
            "PERSON:Dan Sullivan:1,4",
            "PERSON:Tô Lâm:2,8",
            "LOCATION:Hoa Kỳ:3,5",
            "ORGANIZATION:Liên hợp quốc:6,7",
            "DATE:ngày 22/9:10,11",
        }));
        Assert.That(d.Mentions.Select(m => m.Entity), Is.EqualTo(new[] { 0, 1, 2, 3, 1, 3, 4, 4, 2, 0, 5, 5 }));
    }

    [Test]
    public void EntityGrouper_AmbiguousShortNameStaysApart()
    {
        var d = With("Nguyễn Văn Hùng và Trần Quốc Hùng. Ông Hùng nói.",
            (MentionType.Person, "Nguyễn Văn Hùng", null), (MentionType.Person, "Trần Quốc Hùng", null), (MentionType.Person, "Hùng", null));
        new EntityGrouper([]).Group(d);
        Assert.That(d.Entities, Has.Count.EqualTo(3));
    }
}
