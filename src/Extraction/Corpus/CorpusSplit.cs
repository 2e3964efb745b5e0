namespace Extraction.Corpus;

/// <summary>The fixed parts of the corpus. Seeds are gold for evaluation only, never trained on.</summary>
public enum CorpusSplit
{
    Train,
    Dev,
    Test,
    Seeds,
}
