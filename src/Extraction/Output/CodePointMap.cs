namespace Extraction.Output;

/// <summary>
/// Converts between UTF-16 positions (used inside the pipeline) and Unicode code point positions
/// (used by the contract, as Python's <c>str</c> counts). Text without surrogate pairs maps to itself.
/// </summary>
public sealed class CodePointMap
{
    private readonly int[]? _toCodePoint;
    private readonly int[]? _toUtf16;

    public CodePointMap(string text)
    {
        if (text.AsSpan().IndexOfAnyInRange('\uD800', '\uDFFF') < 0)
        {
            return;
        }
        _toCodePoint = new int[text.Length + 1];
        var toUtf16 = new List<int>(text.Length + 1);
        int cp = 0;
        for (int i = 0; i < text.Length; i++)
        {
            _toCodePoint[i] = cp;
            if (!(char.IsLowSurrogate(text[i]) && i > 0 && char.IsHighSurrogate(text[i - 1])))
            {
                toUtf16.Add(i);
                cp++;
            }
            else
            {
                _toCodePoint[i] = cp;
            }
        }
        _toCodePoint[text.Length] = cp;
        toUtf16.Add(text.Length);
        _toUtf16 = toUtf16.ToArray();
    }

    public int ToCodePoint(int utf16) => _toCodePoint?[utf16] ?? utf16;

    public int ToUtf16(int codePoint) => _toUtf16 is null ? codePoint : _toUtf16[Math.Clamp(codePoint, 0, _toUtf16.Length - 1)];
}
