using Extraction.Documents;

namespace Extraction.Tagging;

/// <summary>
/// The BIO labels over the six mention types: 0 is O, 1 + 2t is B-t and 2 + 2t is I-t for type t.
/// Knows which label sequences are valid (an I-t only after B-t or I-t) and how to read spans back.
/// </summary>
public static class TagSet
{
    public static int Count { get; } = 1 + 2 * TypeNames.MentionTypes.Count;

    public const int Outside = 0;

    public static int Begin(MentionType type) => 1 + 2 * (int)type;

    public static int Inside(MentionType type) => 2 + 2 * (int)type;

    public static bool IsBegin(int label) => label > 0 && label % 2 == 1;

    public static bool IsInside(int label) => label > 0 && label % 2 == 0;

    public static MentionType TypeOf(int label) => (MentionType)((label - 1) / 2);

    public static string Name(int label) => label == Outside ? "O" : (IsBegin(label) ? "B-" : "I-") + TypeNames.Name(TypeOf(label));

    public static bool TryParse(string name, out int label)
    {
        label = Outside;
        if (name == "O")
        {
            return true;
        }
        if (name.Length < 3 || name[1] != '-' || name[0] is not ('B' or 'I') || !TypeNames.TryParseMention(name[2..], out var type))
        {
            return false;
        }
        label = name[0] == 'B' ? Begin(type) : Inside(type);
        return true;
    }

    /// <summary>Whether <paramref name="label"/> may follow <paramref name="previous"/> (-1 for the sentence start).</summary>
    public static bool Allowed(int previous, int label) =>
        !IsInside(label) || (previous > 0 && TypeOf(previous) == TypeOf(label));

    /// <summary>The (first token, exclusive last token, type) spans of a valid label sequence.</summary>
    public static IEnumerable<(int Start, int End, MentionType Type)> Spans(IReadOnlyList<int> labels)
    {
        int start = -1;
        for (int i = 0; i <= labels.Count; i++)
        {
            int label = i < labels.Count ? labels[i] : Outside;
            if (start >= 0 && !IsInside(label))
            {
                yield return (start, i, TypeOf(labels[start]));
                start = -1;
            }
            if (IsBegin(label) || (IsInside(label) && start < 0))
            {
                start = i;
            }
        }
    }
}
