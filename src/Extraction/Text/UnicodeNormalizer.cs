using System.Text;

namespace Extraction.Text;

/// <summary>Unicode NFC, the only change the pipeline makes to a document's text.</summary>
public static class UnicodeNormalizer
{
    /// <summary>The NFC form of <paramref name="text"/> (the same instance when already NFC).</summary>
    public static string ToNfc(string text) =>
        text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC);
}
