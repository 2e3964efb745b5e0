namespace Extraction.Dates;

/// <summary>A calendar point as written: any part may be missing (a quarter replaces month and day).</summary>
public readonly record struct DatePoint(int? Year, int? Month, int? Day, int? Quarter)
{
    /// <summary>True when the year was written (or resolved from a relative expression).</summary>
    public bool HasYear => Year is not null;

    /// <summary>The value in ISO 8601 / TIMEX3 style, "XXXX" for an unknown year.</summary>
    public string Format()
    {
        string year = Year is { } y ? y.ToString("D4", System.Globalization.CultureInfo.InvariantCulture) : "XXXX";
        if (Quarter is { } q)
        {
            return $"{year}-Q{q}";
        }
        if (Month is not { } m)
        {
            return year;
        }
        string month = m.ToString("D2", System.Globalization.CultureInfo.InvariantCulture);
        return Day is { } d ? $"{year}-{month}-{d.ToString("D2", System.Globalization.CultureInfo.InvariantCulture)}" : $"{year}-{month}";
    }
}
