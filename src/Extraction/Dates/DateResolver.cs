using System.Globalization;
using Extraction.Documents;

namespace Extraction.Dates;

/// <summary>
/// Gives every DATE mention of a document its normalized value. A date written without a year takes
/// the year of the nearest date in the text that writes one (the preceding one first, then the
/// following one), else the document's date; "XXXX" when none is known (ANNOTATION.md, Settled cases).
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
                var reference = Nearest(parsed, i) ?? (docYear is not null ? new DatePoint(docYear, docMonth, null, null) : (DatePoint?)null);
                p = p.WithReference(reference?.Year, reference?.Month);
            }
            dates[i].Value = p.Format();
        }
    }

    private static DatePoint? Nearest(ParsedDate?[] parsed, int i)
    {
        for (int j = i - 1; j >= 0; j--)
        {
            if (parsed[j] is { HasExplicitYear: true } p && p.Start.Quarter is null)
            {
                return p.End ?? p.Start;
            }
        }
        for (int j = i + 1; j < parsed.Length; j++)
        {
            if (parsed[j] is { HasExplicitYear: true } p && p.Start.Quarter is null)
            {
                return p.Start;
            }
        }
        return null;
    }

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
