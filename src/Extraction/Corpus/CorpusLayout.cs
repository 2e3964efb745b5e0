namespace Extraction.Corpus;

/// <summary>Where the corpus lives under a data directory.</summary>
public sealed class CorpusLayout
{
    public CorpusLayout(string dataDirectory) => DataDirectory = dataDirectory;

    public string DataDirectory { get; }

    public string CorpusDirectory => Path.Combine(DataDirectory, "corpus");

    /// <summary>Authoring files of the train/dev/test documents.</summary>
    public string AuthoringDirectory => Path.Combine(CorpusDirectory, "authoring");

    /// <summary>Authoring file(s) of the gold seed annotation.</summary>
    public string SeedAuthoringDirectory => Path.Combine(CorpusDirectory, "seeds");

    public string LexiconDirectory => Path.Combine(DataDirectory, "lexicons");

    /// <summary>The document ids of the dev and test splits (one "split&lt;TAB&gt;id" per line); everything else trains.</summary>
    public string SplitFile => Path.Combine(CorpusDirectory, "splits.tsv");

    public string JsonLines(CorpusSplit split) => Path.Combine(CorpusDirectory, split.ToString().ToLowerInvariant() + ".jsonl");
}
