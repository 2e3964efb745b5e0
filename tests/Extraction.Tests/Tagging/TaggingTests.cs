using Extraction.Documents;
using Extraction.Learning;
using Extraction.Lexicons;
using Extraction.Pipeline;
using Extraction.Tagging;

namespace Extraction.Tests.Tagging;

public class TaggingTests
{
    private static Document Tokenized(string text)
    {
        var d = new Document("d", "t", text);
        new SentenceSplitStage().Process(d);
        new TokenizeStage().Process(d);
        return d;
    }

    private static List<int> Features(LexiconSet lexicons, string text, int token)
    {
        var d = Tokenized(text);
        var features = new List<int>();
        var offsets = new List<int>();
        new FeatureExtractor(lexicons, 18).Extract(d.Text, d.Tokens.ToArray(), false, features, offsets);
        return features.GetRange(offsets[token], offsets[token + 1] - offsets[token]);
    }

    [Test]
    public void FeatureExtractor_ToneMarkPlacementDoesNotChangeFeatures()
    {
        var lexicons = new LexiconSet();
        Assert.That(Features(lexicons, "bà Nguyễn Thị Thuỷ nói", 3), Is.EqualTo(Features(lexicons, "bà Nguyễn Thị Thủy nói", 3)));
        Assert.That(Features(lexicons, "ông hoà giải", 1), Is.EqualTo(Features(lexicons, "ông hòa giải", 1)));
    }

    [Test]
    public void FeatureExtractor_LexiconMatchesAddFeatures()
    {
        var empty = new LexiconSet();
        var lexicons = new LexiconSet();
        lexicons.Add("Quảng Trị", LexiconCategory.Province);
        var without = Features(empty, "tỉnh Quảng Trị mưa lớn", 1);
        var with = Features(lexicons, "tỉnh Quảng Trị mưa lớn", 1);
        Assert.That(with.Except(without), Is.Not.Empty);
        Assert.That(Features(lexicons, "tỉnh QUẢNG TRỊ mưa lớn", 1).Intersect(with.Except(without)), Is.Not.Empty, "lexicon matches ignore case");
    }

    private static IEnumerable<TestCaseData> SpanCases()
    {
        yield return new TestCaseData(new[] { "B-ROLE", "I-ROLE", "O", "B-PERSON", "I-PERSON" }, new[] { "0-2 ROLE", "3-5 PERSON" });
        yield return new TestCaseData(new[] { "B-PERSON", "B-PERSON", "O" }, new[] { "0-1 PERSON", "1-2 PERSON" });
        yield return new TestCaseData(new[] { "O", "B-DATE", "I-DATE", "I-DATE" }, new[] { "1-4 DATE" });
    }

    [TestCaseSource(nameof(SpanCases))]
    public void TagSet_ReadsSpans(string[] labels, string[] spans)
    {
        var ids = labels.Select(l => TagSet.TryParse(l, out int id) ? id : throw new FormatException(l)).ToList();
        Assert.That(TagSet.Spans(ids).Select(s => $"{s.Start}-{s.End} {TypeNames.Name(s.Type)}"), Is.EqualTo(spans));
    }

    /// <summary>Emissions that prefer I-PERSON everywhere must still decode to a valid BIO sequence.</summary>
    [Test]
    public void SequenceTagger_DecodesOnlyValidSequences()
    {
        int L = TagSet.Count;
        var biases = new float[L];
        biases[TagSet.Inside(MentionType.Person)] = 5f;
        biases[TagSet.Begin(MentionType.Organization)] = 1f;
        var emissions = new LinearModel(12, L, Enumerable.Repeat(-1, 1 << 12).ToArray(), [], biases);
        var transitions = new float[(L + 1) * L];
        for (int p = 0; p <= L; p++)
        {
            for (int l = 0; l < L; l++)
            {
                transitions[p * L + l] = TagSet.Allowed(p == L ? -1 : p, l) ? 0f : -1e6f;
            }
        }
        var tagger = new SequenceTagger(new TaggerModel(emissions, transitions), new LexiconSet());
        var d = Tokenized("Một hai ba bốn năm sáu bảy");
        var (labels, _) = tagger.Predict(d);
        for (int i = 0; i < labels.Length; i++)
        {
            Assert.That(TagSet.Allowed(i == 0 ? -1 : labels[i - 1], labels[i]), $"label {TagSet.Name(labels[i])} at {i}");
        }
        Assert.That(TagSet.Name(labels[0]), Is.EqualTo("B-PERSON"));
    }

    [Test]
    public void GoldLabels_MarksBeginAndInside()
    {
        var d = Tokenized("Thủ tướng Phạm Minh Chính đến Hà Nội.");
        d.Mentions.Add(new Mention(MentionType.Role, 0, 9, "Thủ tướng"));
        d.Mentions.Add(new Mention(MentionType.Person, 10, 25, "Phạm Minh Chính"));
        d.Mentions.Add(new Mention(MentionType.Location, 30, 36, "Hà Nội"));
        var labels = GoldLabels.FromMentions(d, out int misaligned);
        Assert.That(labels.Select(TagSet.Name), Is.EqualTo(new[] { "B-ROLE", "I-ROLE", "B-PERSON", "I-PERSON", "I-PERSON", "O", "B-LOCATION", "I-LOCATION", "O" }));
        Assert.That(misaligned, Is.Zero);
    }
}
