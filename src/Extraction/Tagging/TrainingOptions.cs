using Extraction.Learning;

namespace Extraction.Tagging;

/// <summary>Settings of one tagger training, recorded in meta.json.</summary>
public sealed record TrainingOptions
{
    public MaxEntOptions MaxEnt { get; init; } = new();

    /// <summary>Share of training documents also presented in capitals (ALL-CAPS headlines and pages).</summary>
    public double UpperCaseShare { get; init; } = 0.12;

    /// <summary>Share of training documents also presented in lowercase.</summary>
    public double LowerCaseShare { get; init; } = 0.05;

    /// <summary>The decoder's weight of each token's own evidence (see <see cref="TaggerModel.EvidenceWeight"/>).</summary>
    public float EvidenceWeight { get; init; }
}
