using Extraction.Documents;
using Extraction.Output;

namespace Extraction.Tests.Output;

public class EntityTableTests
{
    private static Document Doc(string id, string text, params (MentionType Type, string Text, int Entity)[] mentions)
    {
        var d = new Document(id, "s", text);
        int from = 0;
        foreach (var (type, mention, entity) in mentions)
        {
            int at = text.IndexOf(mention, from, StringComparison.Ordinal);
            d.Mentions.Add(new Mention(type, at, at + mention.Length, mention) { Entity = entity, Value = type == MentionType.Date ? "2024-09-22" : null });
            from = at + mention.Length;
            while (d.Entities.Count <= entity)
            {
                d.Entities.Add(new Entity(type, mention));
            }
            d.Entities[entity].Mentions.Add(d.Mentions.Count - 1);
        }
        return d;
    }

    [Test]
    public void EntityTable_ByDocumentQuotesCommasQuotesAndNewlines()
    {
        var d = Doc("a,1", "😀 Công ty \"Sao, Mai\"\nJSC gặp Sao Mai ngày 22/9.",
            (MentionType.Organization, "Công ty \"Sao, Mai\"\nJSC", 0), (MentionType.Organization, "Sao Mai", 0), (MentionType.Date, "ngày 22/9", 1));
        var output = new StringWriter();
        EntityTable.WriteByDocument([d], output);
        Assert.That(output.ToString().ReplaceLineEndings("\n"), Is.EqualTo(
            "document_id,entity_id,type,name,mention_count,first_offset,aliases,value\n" +
            "\"a,1\",e0,ORGANIZATION,\"Công ty \"\"Sao, Mai\"\"\nJSC\",2,2,Sao Mai,\n" +
            "\"a,1\",e1,DATE,ngày 22/9,1,37,,2024-09-22\n"));
    }

    [Test]
    public void EntityTable_ByCorpusMergesEqualEntitiesAcrossDocuments()
    {
        var a = Doc("a", "Hoa Kỳ và Tô Lâm.", (MentionType.Location, "Hoa Kỳ", 0), (MentionType.Person, "Tô Lâm", 1));
        var b = Doc("b", "Mỹ, Tô Lâm, TÔ LÂM và Hà Nội.", (MentionType.Location, "Mỹ", 0), (MentionType.Person, "Tô Lâm", 1), (MentionType.Person, "TÔ LÂM", 1), (MentionType.Location, "Hà Nội", 2));
        var output = new StringWriter();
        EntityTable.WriteByCorpus([a, b], [["Hoa Kỳ", "Mỹ"]], output);
        Assert.That(output.ToString().ReplaceLineEndings("\n"), Is.EqualTo(
            "type,name,aliases,document_count,mention_count,value\n" +
            "PERSON,Tô Lâm,TÔ LÂM,2,3,\n" +
            "LOCATION,Hoa Kỳ,Mỹ,2,2,\n" +
            "LOCATION,Hà Nội,,1,1,\n"));
    }
}
