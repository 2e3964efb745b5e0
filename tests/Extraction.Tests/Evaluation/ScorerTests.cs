using Extraction.Documents;
using Extraction.Evaluation;

namespace Extraction.Tests.Evaluation;

public class ScorerTests
{
    private static Document Doc(params (MentionType Type, int Start, int End)[] mentions)
    {
        var d = new Document("d", "s", "Tô Lâm gặp Joe Biden tại New York ngày 2/9.");
        foreach (var (type, start, end) in mentions)
        {
            d.Mentions.Add(new Mention(type, start, end, d.Text[start..end]) { Entity = d.Entities.Count });
            d.Entities.Add(new Entity(type, d.Text[start..end]) { Mentions = { d.Mentions.Count - 1 } });
        }
        return d;
    }

    [Test]
    public void MentionScorer_IsStrictOnSpanAndType()
    {
        var gold = Doc((MentionType.Person, 0, 6), (MentionType.Person, 11, 20), (MentionType.Location, 25, 33));
        var predicted = Doc((MentionType.Person, 0, 6), (MentionType.Person, 15, 20), (MentionType.Organization, 25, 33));
        var scores = MentionScorer.Score([gold], [predicted]);
        Assert.That((scores.For("PERSON").TruePositives, scores.For("PERSON").Predicted, scores.For("PERSON").Gold), Is.EqualTo((1, 2, 2)));
        Assert.That((scores.For("LOCATION").TruePositives, scores.For("LOCATION").Gold), Is.EqualTo((0, 1)));
        Assert.That(scores.Micro.Precision, Is.EqualTo(1 / 3.0).Within(1e-9));
        Assert.That(scores.Micro.F1, Is.EqualTo(1 / 3.0).Within(1e-9));
    }

    /// <summary>Gold: Tô Lâm met Joe Biden and visited New York; predicted: Joe Biden met Tô Lâm and visited New York.</summary>
    private static (Document Gold, Document Predicted) MetWithReversedVisitedByAnother()
    {
        var gold = Doc((MentionType.Person, 0, 6), (MentionType.Person, 11, 20), (MentionType.Location, 25, 33));
        gold.Relations.Add(new Relation(RelationType.MetWith, 0, 1) { Sentences = { 0 } });
        gold.Relations.Add(new Relation(RelationType.Visited, 0, 2) { Sentences = { 0 } });
        var predicted = Doc((MentionType.Person, 0, 6), (MentionType.Person, 11, 20), (MentionType.Location, 25, 33));
        predicted.Relations.Add(new Relation(RelationType.MetWith, 1, 0) { Sentences = { 0 } });
        predicted.Relations.Add(new Relation(RelationType.Visited, 1, 2) { Sentences = { 0 } });
        return (gold, predicted);
    }

    [Test]
    public void RelationScorer_MetWithIsSymmetricOthersAreDirected()
    {
        var (gold, predicted) = MetWithReversedVisitedByAnother();
        var scores = RelationScorer.Score([gold], [predicted]);
        Assert.That(scores.For("MET_WITH").TruePositives, Is.EqualTo(1));
        Assert.That(scores.For("VISITED").TruePositives, Is.Zero);
        Assert.That(scores.Micro.F1, Is.EqualTo(0.5).Within(1e-9));
    }

    [Test]
    public void RelationScorer_ListsMissedAndSpuriousRelations()
    {
        var (gold, predicted) = MetWithReversedVisitedByAnother();
        var differences = RelationScorer.Differences([gold], [predicted])
            .Select(e => $"{e.Kind} {TypeNames.Name(e.Relation.Type)} {e.Document.Entities[e.Relation.Head].Name} -> {e.Document.Entities[e.Relation.Tail].Name}");
        Assert.That(differences, Is.EqualTo(new[] { "missed VISITED Tô Lâm -> New York", "spurious VISITED Joe Biden -> New York" }));
    }
}
