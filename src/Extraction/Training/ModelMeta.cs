using System.Text.Json.Serialization;
using Extraction.Evaluation;

using Extraction.Learning;
using Extraction.Tagging;

namespace Extraction.Training;

/// <summary>meta.json of a model directory: what was trained, on what, how, and how well.</summary>
public sealed record ModelMeta
{
    [JsonPropertyName("name")]
    public string Name { get; init; } = "extraction-tagger";

    [JsonPropertyName("labels")]
    public List<string> Labels { get; init; } = [];

    [JsonPropertyName("feature_version")]
    public int FeatureVersion { get; init; }

    [JsonPropertyName("feature_bits")]
    public int FeatureBits { get; init; }

    [JsonPropertyName("nonzero_feature_rows")]
    public int NonZeroRows { get; init; }

    [JsonPropertyName("training_data_hash")]
    public string TrainingDataHash { get; init; } = "";

    [JsonPropertyName("lexicon_hash")]
    public string LexiconHash { get; init; } = "";

    [JsonPropertyName("trainer")]
    public string Trainer { get; init; } = "";

    [JsonPropertyName("settings")]
    public TrainingOptions Settings { get; init; } = new();

    [JsonPropertyName("candidates")]
    public List<CandidateScore> Candidates { get; init; } = [];

    [JsonPropertyName("documents")]
    public Dictionary<string, int> Documents { get; init; } = [];

    [JsonPropertyName("scores")]
    public Dictionary<string, Scores> Scores { get; init; } = [];

    [JsonPropertyName("date")]
    public string Date { get; init; } = "";

    [JsonPropertyName("training_seconds")]
    public double TrainingSeconds { get; init; }

    [JsonPropertyName("relations")]
    public RelationMeta Relations { get; init; } = new();
}

/// <summary>The relation linker part of meta.json.</summary>
public sealed record RelationMeta
{
    /// <summary>"learned" or "pattern": whichever scored better on dev (gold mentions).</summary>
    [JsonPropertyName("linker")]
    public string Linker { get; init; } = "pattern";

    [JsonPropertyName("feature_version")]
    public int FeatureVersion { get; init; }

    [JsonPropertyName("settings")]
    public MaxEntOptions Settings { get; init; } = new();

    /// <summary>Probability above which each relation type is asserted, chosen on dev.</summary>
    [JsonPropertyName("thresholds")]
    public Dictionary<string, float> Thresholds { get; init; } = [];

    /// <summary>Scores with gold mentions: dev for both linkers, then test and seeds for the chosen one.</summary>
    [JsonPropertyName("scores")]
    public Dictionary<string, Scores> Scores { get; init; } = [];

    /// <summary>End to end (predicted mentions): relation scores on test and seeds.</summary>
    [JsonPropertyName("end_to_end")]
    public Dictionary<string, Scores> EndToEnd { get; init; } = [];
}

/// <summary>A setting tried during selection and its dev micro F1.</summary>
public sealed record CandidateScore(
    [property: JsonPropertyName("settings")] TrainingOptions Settings,
    [property: JsonPropertyName("dev_f1")] double DevF1);
