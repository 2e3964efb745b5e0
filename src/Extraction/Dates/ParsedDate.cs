namespace Extraction.Dates;

/// <summary>A DATE mention's meaning: one point, or an interval from <see cref="Start"/> to <see cref="End"/>.</summary>
public sealed record ParsedDate(DatePoint Start, DatePoint? End)
{
    /// <summary>Whether the text wrote a year itself (a "full" date that can lend its year to others).</summary>
    public bool HasExplicitYear { get; init; }

    /// <summary>Fills a missing year (and, for a bare day, a missing month) from a reference point.</summary>
    public ParsedDate WithReference(int? year, int? month)
    {
        DatePoint Fill(DatePoint p) => p with
        {
            Year = p.Year ?? year,
            Month = p.Month ?? (p.Day is not null ? month : null),
        };
        return this with { Start = Fill(Start), End = End is { } e ? Fill(e) : null };
    }

    /// <summary>The normalized value: "2024-09-22", "2024-Q3", "2021/2026", "XXXX-12-20".</summary>
    public string Format() => End is { } end ? $"{Start.Format()}/{end.Format()}" : Start.Format();
}
