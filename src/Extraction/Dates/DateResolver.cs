using System.Globalization;
using Extraction.Documents;

namespace Extraction.Dates;

/// <summary>
/// Gives every DATE mention of a document its normalized value. A date written without a year takes
/// the year of the nearest full date in the text (day, month and year written; the preceding one
/// first, then the following one), else the document's date; "XXXX" when none is known
/// (ANNOTATION.md, Settled cases). A bare year ("năm 2030") is not a full date: it lends nothing.
/// </summary>
public static class DateResolver
{
    public static void Resolve(Document document)
    {
        var dates = document.Mentions.Where(m => m.Type == MentionType.Date).ToList();
        if (dates.Count == 0)
        {
            return;
        }
        (int? docYear, int? docMonth) = ParseDocumentDate(document.Date);
        var parsed = dates.Select(m => DateParser.Parse(m.Text, docYear)).ToArray();
        // The nearest full date before and after each mention, found in two passes.
        var before = new DatePoint?[parsed.Length];
        var after = new DatePoint?[parsed.Length];
        DatePoint? last = null;
        for (int i = 0; i < parsed.Length; i++)
        {
            before[i] = last;
            if (parsed[i] is { } p && IsFull(p))
            {
                last = p.End ?? p.Start;
            }
        }
        last = null;
        for (int i = parsed.Length - 1; i >= 0; i--)
        {
            after[i] = last;
            if (parsed[i] is { } p && IsFull(p))
            {
                last = p.Start;
            }
        }
        for (int i = 0; i < dates.Count; i++)
        {
            var p = parsed[i];
            if (p is null)
            {
                dates[i].Value = "XXXX";
                continue;
            }
            if (!p.Start.HasYear || (p.End is { } e && !e.HasYear))
            {
                var reference = before[i] ?? after[i] ?? (docYear is not null ? new DatePoint(docYear, docMonth, null, null) : (DatePoint?)null);
                p = p.WithReference(reference?.Year, reference?.Month);
            }
            dates[i].Value = p.Format();
        }
    }

    private static bool IsFull(ParsedDate p) => p.HasExplicitYear && p.Start.Day is not null && p.Start.Month is not null;

    private static (int? Year, int? Month) ParseDocumentDate(string? date)
    {
        if (date is null || date.Length < 4 || !int.TryParse(date.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out int year))
        {
            return (null, null);
        }
        int? month = date.Length >= 7 && int.TryParse(date.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out int m) ? m : null;
        return (year, month);
    }
}
