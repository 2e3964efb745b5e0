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
        var tagger = new SequenceTagger(new TaggerModel(emissions, 0.5f), new LexiconSet());
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

    [Test]
    public void FeatureExtractor_PreviousLabelFeaturesDependOnTheLabelAndTheWord()
    {
        int[] Ids(string text, int token, int previous)
        {
            var d = Tokenized(text);
            var extractor = new FeatureExtractor(new LexiconSet(), 18);
            extractor.Extract(d.Text, d.Tokens.ToArray(), false, [], []);
            var ids = new int[FeatureExtractor.PreviousLabelFeatureCount];
            extractor.PreviousLabelFeatures(token, previous, ids);
            return ids;
        }
        int inside = TagSet.Inside(MentionType.Organization);
        var afterName = Ids("Đảng Cộng sản Việt Nam", 2, inside);
        Assert.That(Ids("Đảng Cộng sản Việt Nam", 2, TagSet.Outside), Has.No.Member(afterName[1]).And.No.Member(afterName[2]));
        Assert.That(Ids("Đảng Cộng sản Việt Nam", 2, inside), Is.EqualTo(afterName));
        // The word template ignores the position and the rest of the sentence.
        Assert.That(Ids("Ông nói sản xuất tăng", 2, inside)[1], Is.EqualTo(afterName[1]));
    }

    /// <summary>A hand-built Markov model: "Bình" continues a name only when the token before it began one.</summary>
    [Test]
    public void SequenceTagger_LabelDependsOnThePreviousLabel()
    {
        int L = TagSet.Count;
        int bits = 16;
        int begin = TagSet.Begin(MentionType.Person), inside = TagSet.Inside(MentionType.Person);
        var d = Tokenized("An Bình đến. Bình đến.");
        var extractor = new FeatureExtractor(new LexiconSet(), bits);
        extractor.Extract(d.Text, d.Tokens.Take(4).ToArray(), false, [], []);
        var startAn = new int[FeatureExtractor.PreviousLabelFeatureCount];
        var afterBegin = new int[FeatureExtractor.PreviousLabelFeatureCount];
        extractor.PreviousLabelFeatures(0, L, startAn);
        extractor.PreviousLabelFeatures(1, begin, afterBegin);
        var rowOf = Enumerable.Repeat(-1, 1 << bits).ToArray();
        var weights = new List<float>();
        foreach (var (feature, label) in new[] { (startAn[1], begin), (afterBegin[1], inside) })
        {
            rowOf[feature] = weights.Count / L;
            weights.AddRange(Enumerable.Range(0, L).Select(l => l == label ? 8f : 0f));
        }
        var biases = new float[L];
        biases[TagSet.Outside] = 1f;
        var tagger = new SequenceTagger(new TaggerModel(new LinearModel(bits, L, rowOf, weights.ToArray(), biases), 0f), new LexiconSet());
        var (labels, _) = tagger.Predict(d);
        Assert.That(labels.Select(TagSet.Name), Is.EqualTo(new[] { "B-PERSON", "I-PERSON", "O", "O", "O", "O", "O" }));
    }

    [Test]
    public void SequenceTagger_DropsAnEventThatIsOnlyAGenericHead()
    {
        using var dir = new TempDir();
        File.WriteAllLines(Path.Combine(dir.Path, "event_heads.txt"), ["# ===== generic heads: never an EVENT alone =====", "Lễ kỷ niệm"]);
        var lexicons = LexiconSet.Load(dir.Path);
        int L = TagSet.Count;
        var tagger = new SequenceTagger(new TaggerModel(new LinearModel(12, L, Enumerable.Repeat(-1, 1 << 12).ToArray(), [], new float[L]), 0f), lexicons);
        var d = Tokenized("Lễ kỷ niệm và Lễ kỷ niệm 80 năm");
        string[] names = ["B-EVENT", "I-EVENT", "I-EVENT", "O", "B-EVENT", "I-EVENT", "I-EVENT", "I-EVENT", "I-EVENT"];
        var labels = names.Select(n => TagSet.TryParse(n, out int label) ? label : throw new FormatException(n)).ToArray();
        tagger.SetAnnotations(d, labels, new float[labels.Length]);
        Assert.That(d.Mentions.Select(m => m.Text), Is.EqualTo(new[] { "Lễ kỷ niệm 80 năm" }));
    }

    private static IEnumerable<TestCaseData> ListedEvents()
    {
        yield return new TestCaseData("Hội nghị Thượng đỉnh Tương lai , Đại hội đồng khóa 79", new[] { "Hội nghị Thượng đỉnh Tương lai", "Đại hội đồng khóa 79" })
            .SetName("SequenceTagger_SplitsAnEventRunningIntoAListedOne");
        yield return new TestCaseData("Lễ diễu binh , diễu hành kỷ niệm 80 năm", new[] { "Lễ diễu binh, diễu hành kỷ niệm 80 năm" })
            .SetName("SequenceTagger_KeepsACommaInsideOneEventName");
    }

    [TestCaseSource(nameof(ListedEvents))]
    public void SequenceTagger_SplitsListedEvents(string text, string[] expected)
    {
        using var dir = new TempDir();
        File.WriteAllLines(Path.Combine(dir.Path, "event_heads.txt"), ["# ===== head words =====", "Hội nghị", "Đại hội đồng", "Lễ diễu binh"]);
        var lexicons = LexiconSet.Load(dir.Path);
        int L = TagSet.Count;
        var tagger = new SequenceTagger(new TaggerModel(new LinearModel(12, L, Enumerable.Repeat(-1, 1 << 12).ToArray(), [], new float[L]), 0f), lexicons);
        var d = Tokenized(text.Replace(" , ", ", "));
        var names = Enumerable.Range(0, d.Tokens.Count).Select(i => i == 0 ? "B-EVENT" : "I-EVENT");
        var labels = names.Select(n => TagSet.TryParse(n, out int label) ? label : throw new FormatException(n)).ToArray();
        tagger.SetAnnotations(d, labels, new float[labels.Length]);
        Assert.That(d.Mentions.Select(m => m.Text), Is.EqualTo(expected));
    }
}
