namespace Extraction.Tagging;

/// <summary>Settings of one tagger training, recorded in meta.json.</summary>
public sealed record TrainingOptions
{
    /// <summary>Feature hash width.</summary>
    public int Bits { get; init; } = 20;

    public float L1 { get; init; } = 0.5f;

    public float L2 { get; init; } = 0.1f;

    public int Iterations { get; init; } = 150;

    public float Tolerance { get; init; } = 1e-5f;

    public int History { get; init; } = 20;

    /// <summary>Seed of the ML.NET context and of data augmentation.</summary>
    public int Seed { get; init; } = 1;

    /// <summary>Share of training documents also presented in capitals (ALL-CAPS headlines and pages).</summary>
    public double UpperCaseShare { get; init; } = 0.12;

    /// <summary>Share of training documents also presented in lowercase.</summary>
    public double LowerCaseShare { get; init; } = 0.05;
}
