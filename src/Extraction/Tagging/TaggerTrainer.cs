using Extraction.Documents;
using Extraction.Lexicons;
using Extraction.Pipeline;
using Extraction.Learning;

namespace Extraction.Tagging;

/// <summary>
/// Trains the tagger with ML.NET: one row per token (hashed features from <see cref="FeatureExtractor"/>,
/// the same extractor tagging uses, as a sparse vector, plus the features of the gold previous label),
/// a multiclass maximum-entropy model fit by L-BFGS with L1 and L2 regularization, then the learned
/// weights copied into a <see cref="TaggerModel"/>.
/// </summary>
public sealed class TaggerTrainer
{
    private readonly LexiconSet _lexicons;
    private readonly Action<string> _log;

    public TaggerTrainer(LexiconSet lexicons, Action<string> log)
    {
        _lexicons = lexicons;
        _log = log;
    }

    /// <summary>Tokenizes gold documents (keeping their sentences) so their labels can be read.</summary>
    public static void Prepare(IEnumerable<Document> documents)
    {
        var tokenize = new TokenizeStage();
        foreach (var d in documents)
        {
            if (d.Sentences.Count == 0)
            {
                new SentenceSplitStage().Process(d);
            }
            tokenize.Process(d);
        }
    }

    public TaggerModel Train(IReadOnlyList<Document> train, TrainingOptions options)
    {
        var documents = Augment(train, options).ToList();
        Prepare(documents);
        int misaligned = 0;
        var labelled = documents.Select(d =>
        {
            var labels = GoldLabels.FromMentions(d, out int bad);
            misaligned += bad;
            return (Document: d, Labels: labels);
        }).ToList();
        if (misaligned > 0)
        {
            _log($"{misaligned} tokens straddle a mention boundary");
        }
        var examples = new List<(IReadOnlyList<int>, int)>();
        var extractor = new FeatureExtractor(_lexicons, options.MaxEnt.Bits);
        var features = new List<int>();
        var offsets = new List<int>();
        foreach (var (d, labels) in labelled)
        {
            int start = 0;
            while (start < d.Tokens.Count)
            {
                int sentence = d.Tokens[start].Sentence;
                int end = start;
                while (end < d.Tokens.Count && d.Tokens[end].Sentence == sentence)
                {
                    end++;
                }
                extractor.Extract(d.Text, System.Runtime.InteropServices.CollectionsMarshal.AsSpan(d.Tokens)[start..end], sentence == 0, features, offsets);
                for (int i = start; i < end; i++)
                {
                    // The previous label is the gold one: the model learns P(label | features, previous label).
                    int previous = i == start ? TagSet.Count : labels[i - 1];
                    int count = offsets[i - start + 1] - offsets[i - start];
                    var row = new int[count + FeatureExtractor.PreviousLabelFeatureCount];
                    features.CopyTo(offsets[i - start], row, 0, count);
                    extractor.PreviousLabelFeatures(i - start, previous, row.AsSpan(count));
                    examples.Add((row, labels[i]));
                }
                start = end;
            }
        }
        _log($"{examples.Count} training tokens from {documents.Count} documents ({train.Count} before augmentation)");
        var emissions = new MaxEntTrainer(_log).Fit(examples, TagSet.Count, options.MaxEnt);
        return new TaggerModel(emissions, options.EvidenceWeight);
    }

    /// <summary>The training documents plus capitalized and lowercased copies of a seeded sample.</summary>
    private static IEnumerable<Document> Augment(IReadOnlyList<Document> train, TrainingOptions options)
    {
        var random = new Random(options.MaxEnt.Seed);
        foreach (var d in train)
        {
            yield return Copy(d, d.Text);
            double r = random.NextDouble();
            string? variant = r < options.UpperCaseShare ? d.Text.ToUpperInvariant()
                : r < options.UpperCaseShare + options.LowerCaseShare ? d.Text.ToLowerInvariant() : null;
            if (variant is not null && variant.Length == d.Text.Length)
            {
                yield return Copy(d, variant);
            }
        }
    }

    private static Document Copy(Document d, string text)
    {
        var copy = new Document(d.Id, d.Source, text) { Date = d.Date, Title = d.Title };
        copy.Sentences.AddRange(d.Sentences);
        foreach (var m in d.Mentions)
        {
            copy.Mentions.Add(new Mention(m.Type, m.Start, m.End, text[m.Start..m.End]) { Sentence = m.Sentence, Value = m.Value });
        }
        return copy;
    }
}
