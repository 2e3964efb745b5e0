using Extraction.Documents;
using Extraction.Learning;
using Extraction.Lexicons;
using Extraction.Pipeline;
using Extraction.Tagging;

namespace Extraction.Tests.Tagging;

public class TaggerTrainingTests
{
    private static Document Gold(string marked)
    {
        // "[text|TYPE]" marks, as in the authoring form.
        var problems = new List<string>();
        var d = Extraction.Corpus.AuthoringParser.Parse(["#doc t", marked], "mem", problems).Single();
        Assert.That(problems, Is.Empty);
        return d;
    }

    /// <summary>A small ML.NET training run learns its data, and the compact model tags like it was taught.</summary>
    [Test]
    public void TaggerTrainer_LearnsTrainingSentences()
    {
        var train = new List<Document>();
        string[] people = ["Nguyễn Văn An", "Trần Thị Bình", "Lê Hoàng Cường", "Phạm Quốc Dũng", "Hoàng Minh Em", "Vũ Thanh Giang"];
        string[] places = ["Hà Nội", "Đà Nẵng", "Huế", "Cần Thơ", "Hải Phòng", "Nha Trang"];
        for (int i = 0; i < 30; i++)
        {
            train.Add(Gold($"[Bộ trưởng|ROLE] [{people[i % 6]}|PERSON] thăm [{places[(i + 1) % 6]}|LOCATION] [ngày {i % 28 + 1}/9/2024|DATE=2024-09-{i % 28 + 1:D2}]."));
        }
        var options = new TrainingOptions { MaxEnt = new MaxEntOptions { Bits = 14, Iterations = 30 }, UpperCaseShare = 0, LowerCaseShare = 0 };
        var model = new TaggerTrainer(new LexiconSet(), _ => { }).Train(train, options);
        var d = new Document("x", "t", "Bộ trưởng Trần Thị Bình thăm Huế ngày 3/9/2024.");
        new SentenceSplitStage().Process(d);
        new TokenizeStage().Process(d);
        new SequenceTagger(model, new LexiconSet()).Tag(d);
        Assert.That(d.Mentions.Select(m => $"{TypeNames.Name(m.Type)}:{m.Text}"),
            Is.EqualTo(new[] { "ROLE:Bộ trưởng", "PERSON:Trần Thị Bình", "LOCATION:Huế", "DATE:ngày 3/9/2024" }));
    }

    [Test]
    public void TaggerModel_SaveAndLoadKeepEveryWeight()
    {
        var emissions = new LinearModel(10, TagSet.Count, Enumerable.Range(0, 1 << 10).Select(i => i == 7 ? 0 : -1).ToArray(),
            Enumerable.Range(0, TagSet.Count).Select(i => i * 0.5f).ToArray(), Enumerable.Range(0, TagSet.Count).Select(i => -i * 0.25f).ToArray());
        var model = new TaggerModel(emissions, 0.5f);
        using var dir = new TempDir();
        string path = Path.Combine(dir.Path, "w.bin");
        model.Save(path);
        var back = TaggerModel.Load(path);
        Assert.That(back.Emissions.RowOfFeature[7], Is.Zero);
        Assert.That(back.Emissions.Weights, Is.EqualTo(model.Emissions.Weights));
        Assert.That(back.Emissions.Biases, Is.EqualTo(model.Emissions.Biases));
    }
}
