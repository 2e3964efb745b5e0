namespace Extraction.Learning;

/// <summary>Settings of one ML.NET maximum-entropy fit, recorded in meta.json.</summary>
public sealed record MaxEntOptions
{
    /// <summary>Feature hash width.</summary>
    public int Bits { get; init; } = 19;

    public float L1 { get; init; } = 0.1f;

    public float L2 { get; init; } = 0.5f;

    public int Iterations { get; init; } = 120;

    public float Tolerance { get; init; } = 1e-5f;

    public int History { get; init; } = 10;

    /// <summary>Seed of the ML.NET context (and of any sampling done around it).</summary>
    public int Seed { get; init; } = 1;
}
