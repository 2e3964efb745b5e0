using System.Globalization;
using System.Text.RegularExpressions;

namespace Extraction.Dates;

/// <summary>
/// Reads the calendar parts of a DATE mention as Vietnamese news writes them: "ngày 22-9-2024",
/// "20/12/2024", "sáng 20/12", "ngày 2 tháng 9 năm 2025", "tháng 9/2023", "năm 2023", "đầu năm 2026",
/// "Quý III/2024", ranges ("2021-2026", "12 - 14/3/2024", "từ tháng 1 đến tháng 12/2024"), and relative
/// years with a calendar part ("tháng 8 năm ngoái"). Missing years are left empty for <see cref="DateResolver"/>.
/// </summary>
public static partial class DateParser
{
    [GeneratedRegex(
        @"(?<dmy>(?<!\d)(?<d1>\d{1,2})\s*[/.-]\s*(?<m1>\d{1,2})\s*[/.-]\s*(?<y1>\d{4})(?!\d))" +
        @"|(?<long>ngày\s+(?<d2>\d{1,2})\s+tháng\s+(?<m2>\d{1,2})(?:\s*(?:năm\s+|,\s*)(?<y2>\d{4}))?)" +
        @"|(?<my>(?:tháng\s+(?<m3>\d{1,2})\s*(?:/|-|năm)\s*|(?<!\d)(?<m3b>\d{1,2})/)(?<y3>\d{4})(?!\d))" +
        @"|(?<dm>(?<!\d)(?<d4>\d{1,2})\s*[/-]\s*(?<m4>\d{1,2})(?![\d/]))" +
        @"|(?<q>quý\s+(?<qn>iv|i{1,3}|[1-4])(?:\s*(?:/|-|năm)\s*(?<y5>\d{4}))?)" +
        @"|(?<mo>tháng\s+(?<m6>\d{1,2})(?!\d))" +
        @"|(?<rel>năm\s+(?<when>ngoái|trước|nay|sau|tới))" +
        @"|(?<yr>(?<!\d)(?<y7>1\d{3}|2\d{3})(?!\d))" +
        @"|(?<day>(?<!\d)(?<d8>\d{1,2})(?![\d/]))",
        RegexOptions.CultureInvariant)]
    private static partial Regex PointRegex();

    /// <summary>Parses a mention; null when no calendar part is found.</summary>
    /// <param name="text">The mention text.</param>
    /// <param name="documentYear">The document's year, for relative years ("năm ngoái").</param>
    public static ParsedDate? Parse(string text, int? documentYear = null)
    {
        string lower = ClockTime().Replace(text.ToLowerInvariant(), " ");
        if (PartOfYear(lower) is { } part)
        {
            return part;
        }
        var points = new List<(DatePoint Point, bool Explicit)>();
        foreach (Match m in PointRegex().Matches(lower))
        {
            DatePoint? point = null;
            bool explicitYear = false;
            if (m.Groups["dmy"].Success)
            {
                point = new DatePoint(Int(m, "y1"), Int(m, "m1"), Int(m, "d1"), null);
                explicitYear = true;
            }
            else if (m.Groups["long"].Success)
            {
                point = new DatePoint(Int(m, "y2"), Int(m, "m2"), Int(m, "d2"), null);
                explicitYear = m.Groups["y2"].Success;
            }
            else if (m.Groups["my"].Success)
            {
                point = new DatePoint(Int(m, "y3"), Int(m, "m3") ?? Int(m, "m3b"), null, null);
                explicitYear = true;
            }
            else if (m.Groups["dm"].Success)
            {
                point = new DatePoint(null, Int(m, "m4"), Int(m, "d4"), null);
            }
            else if (m.Groups["q"].Success)
            {
                point = new DatePoint(Int(m, "y5"), null, null, Quarter(m.Groups["qn"].Value));
                explicitYear = m.Groups["y5"].Success;
            }
            else if (m.Groups["mo"].Success)
            {
                point = new DatePoint(null, Int(m, "m6"), null, null);
            }
            else if (m.Groups["rel"].Success)
            {
                int offset = m.Groups["when"].Value switch { "ngoái" or "trước" => -1, "nay" => 0, _ => 1 };
                if (documentYear is { } y && points.Count > 0 && points[^1].Point.Year is null)
                {
                    points[^1] = (points[^1].Point with { Year = y + offset }, false);
                }
                else if (documentYear is { } y2)
                {
                    point = new DatePoint(y2 + offset, null, null, null);
                }
                continue;
            }
            else if (m.Groups["yr"].Success)
            {
                int year = Int(m, "y7")!.Value;
                if (points.Count > 0 && points[^1].Point.Year is null && points[^1].Point.Quarter is null && points[^1].Point.Month is not null
                    && !HasRangeWord(lower, m.Index))
                {
                    points[^1] = (points[^1].Point with { Year = year }, true);
                    continue;
                }
                point = new DatePoint(year, null, null, null);
                explicitYear = true;
            }
            else if (m.Groups["day"].Success)
            {
                point = new DatePoint(null, null, Int(m, "d8"), null);
            }
            if (point is { } p && Valid(p))
            {
                points.Add((p, explicitYear));
            }
        }
        if (points.Count == 0)
        {
            return null;
        }
        bool anyExplicit = points.Any(p => p.Explicit);
        if (points.Count == 1)
        {
            return new ParsedDate(points[0].Point, null) { HasExplicitYear = anyExplicit };
        }
        // An interval: the first point borrows what it lacks from the last ("12 - 14/3/2024"), and the last from the first.
        var first = points[0].Point;
        var last = points[^1].Point;
        if (first.Day is not null && first.Month is null && last.Day is not null)
        {
            first = first with { Month = last.Month };
        }
        if (first.Year is null && first.Quarter is null)
        {
            first = first with { Year = last.Year };
        }
        if (last.Year is null)
        {
            last = last with { Year = first.Year };
        }
        if (last.Day is not null && last.Month is null)
        {
            last = last with { Month = first.Month };
        }
        return new ParsedDate(first, last) { HasExplicitYear = anyExplicit };
    }

    /// <summary>Clock times ("14h", "9h30", "14:30", "9 giờ") are not calendar parts.</summary>
    [GeneratedRegex(@"(?<!\d)\d{1,2}\s*(?:h|giờ|g)\s*\d{0,2}(?:p|')?(?!\p{L})|(?<!\d)\d{1,2}:\d{2}(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex ClockTime();

    [GeneratedRegex(@"^(?:(?<n>\d{1,2})\s+tháng\s+(?<which>đầu|cuối)|(?<half>nửa|6\s+tháng)\s+(?<which2>đầu|cuối))\s+năm\s+(?<y>\d{4})$", RegexOptions.CultureInvariant)]
    private static partial Regex PartOfYearRegex();

    /// <summary>"5 tháng đầu năm 2024" is 2024-01/2024-05; "nửa cuối năm 2022" is 2022-07/2022-12.</summary>
    private static ParsedDate? PartOfYear(string lower)
    {
        var m = PartOfYearRegex().Match(lower.Trim());
        if (!m.Success)
        {
            return null;
        }
        int year = Int(m, "y")!.Value;
        int months = m.Groups["n"].Success ? Int(m, "n")!.Value : 6;
        bool first = (m.Groups["which"].Success ? m.Groups["which"].Value : m.Groups["which2"].Value) == "đầu";
        if (months is < 1 or > 12)
        {
            return null;
        }
        var start = new DatePoint(year, first ? 1 : 13 - months, null, null);
        var end = new DatePoint(year, first ? months : 12, null, null);
        return new ParsedDate(start, end) { HasExplicitYear = true };
    }

    private static bool HasRangeWord(string text, int before)
    {
        var head = text.AsSpan(0, before).TrimEnd();
        return head.EndsWith("-") || head.EndsWith("–") || head.EndsWith("đến") || head.EndsWith("tới");
    }

    private static bool Valid(DatePoint p) =>
        (p.Month is null || p.Month is >= 1 and <= 12) && (p.Day is null || p.Day is >= 1 and <= 31);

    private static int? Int(Match m, string group) =>
        m.Groups[group].Success ? int.Parse(m.Groups[group].Value, CultureInfo.InvariantCulture) : null;

    private static int Quarter(string roman) => roman switch
    {
        "i" or "1" => 1,
        "ii" or "2" => 2,
        "iii" or "3" => 3,
        _ => 4,
    };
}
