using System.Globalization;
using System.Text.RegularExpressions;

namespace ReliabilityTool.Core.Text;

/// <summary>Finds and normalises the date forms articles use ("January 12, 2021", "Aug. 7", "the 28th of November 2011").</summary>
internal static partial class DateText
{
    internal static readonly Dictionary<string, int> Months = new(StringComparer.OrdinalIgnoreCase)
    {
        ["january"] = 1, ["jan"] = 1, ["february"] = 2, ["feb"] = 2, ["march"] = 3, ["mar"] = 3,
        ["april"] = 4, ["apr"] = 4, ["may"] = 5, ["june"] = 6, ["jun"] = 6, ["july"] = 7, ["jul"] = 7,
        ["august"] = 8, ["aug"] = 8, ["september"] = 9, ["sept"] = 9, ["sep"] = 9, ["october"] = 10, ["oct"] = 10,
        ["november"] = 11, ["nov"] = 11, ["december"] = 12, ["dec"] = 12,
    };

    internal const string MonthName = "(?<month>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";

    // "January 12, 2021", "Nov 29, 2021", "Aug. 7, 2020", "Aug. 7" (year optional)
    [GeneratedRegex(@"\b" + MonthName + @"\s+(?<day>\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(?<year>(?:19|20)\d{2})\b)?", RegexOptions.IgnoreCase)]
    private static partial Regex MonthDayYear();

    // "12 January 2021", "the 28th of November 2011", "On 30th may 2018", "12th October 2000"
    [GeneratedRegex(@"\b(?<day>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?" + MonthName + @"(?:,?\s+(?<year>(?:19|20)\d{2})\b)?", RegexOptions.IgnoreCase)]
    private static partial Regex DayMonthYear();

    // "May 2003", "August 2020", "in the Summer of 2002" is left to the year pattern
    [GeneratedRegex(@"\b" + MonthName + @"\s+(?<year>(?:19|20)\d{2})\b", RegexOptions.IgnoreCase)]
    private static partial Regex MonthYear();

    // "1992-1996", "1992–1996", "between 1992 and 1996"
    [GeneratedRegex(@"\b(?<from>(?:19|20)\d{2})\s*(?:[-–]|\s+and\s+|\s+to\s+)\s*(?<to>(?:19|20)\d{2})\b")]
    private static partial Regex YearRange();

    [GeneratedRegex(@"(?<![\d,.$])(?<year>(?:19|20)\d{2})(?![\d,])")]
    private static partial Regex Year();

    [GeneratedRegex(@"\blast year\b", RegexOptions.IgnoreCase)]
    private static partial Regex LastYear();

    /// <summary>Parses a block that is only a date ("January 12, 2021", "Updated: Nov 29, 2021").</summary>
    /// <summary>Two normalised dates can name the same time when one refines the other ("2020-08" fits "2020-08-07").</summary>
    public static bool Compatible(string a, string b) =>
        a.StartsWith(b, StringComparison.Ordinal) || b.StartsWith(a, StringComparison.Ordinal);

    public static DateOnly? ParseStandalone(string text)
    {
        var trimmed = text.Trim().TrimEnd('.');
        var m = MonthDayYear().Match(trimmed);
        if (m.Success && m.Groups["year"].Success && m.Length >= trimmed.Length - 12)
            return Build(m.Groups["year"].Value, m.Groups["month"].Value, m.Groups["day"].Value);
        m = DayMonthYear().Match(trimmed);
        if (m.Success && m.Groups["year"].Success && m.Length >= trimmed.Length - 12)
            return Build(m.Groups["year"].Value, m.Groups["month"].Value, m.Groups["day"].Value);
        return DateOnly.TryParseExact(trimmed, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var iso) ? iso : null;
    }

    /// <summary>
    /// Every date mentioned in a sentence, normalised to ISO form at the precision the text
    /// gives ("2020-08-07", "2003-05", "1998", "1992/1996"). A date without a year takes the
    /// year of <paramref name="published"/>; "last year" is the year before it.
    /// </summary>
    public static IReadOnlyList<DateMention> Find(string text, DateOnly? published)
    {
        var found = new List<DateMention>();
        var taken = new bool[text.Length];

        void Add(Match m, string value)
        {
            for (var i = m.Index; i < m.Index + m.Length; i++)
            {
                if (taken[i]) return;
            }

            for (var i = m.Index; i < m.Index + m.Length; i++) taken[i] = true;
            found.Add(new DateMention(m.Value, value, m.Index));
        }

        foreach (Match m in MonthDayYear().Matches(text))
        {
            var year = m.Groups["year"].Success ? m.Groups["year"].Value : InferYear(text, m, published);
            if (year is null) continue;
            var date = Build(year, m.Groups["month"].Value, m.Groups["day"].Value);
            if (date is not null) Add(m, date.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }

        foreach (Match m in DayMonthYear().Matches(text))
        {
            var year = m.Groups["year"].Success ? m.Groups["year"].Value : InferYear(text, m, published);
            if (year is null) continue;
            var date = Build(year, m.Groups["month"].Value, m.Groups["day"].Value);
            if (date is not null) Add(m, date.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }

        foreach (Match m in MonthYear().Matches(text))
            Add(m, $"{m.Groups["year"].Value}-{Months[m.Groups["month"].Value.TrimEnd('.')]:00}");

        foreach (Match m in YearRange().Matches(text))
            Add(m, $"{m.Groups["from"].Value}/{m.Groups["to"].Value}");

        foreach (Match m in Year().Matches(text))
            Add(m, m.Groups["year"].Value);

        if (published is not null)
        {
            foreach (Match m in LastYear().Matches(text))
                Add(m, (published.Value.Year - 1).ToString(CultureInfo.InvariantCulture));
        }

        return found.OrderBy(d => d.Offset).ToList();
    }

    private static string? InferYear(string text, Match m, DateOnly? published)
    {
        // "Aug. 7 last year" names its own year relative to publication.
        var after = text[(m.Index + m.Length)..];
        if (published is not null && after.TrimStart().StartsWith("last year", StringComparison.OrdinalIgnoreCase))
            return (published.Value.Year - 1).ToString(CultureInfo.InvariantCulture);

        // "2020 The minister … resigned in Lagos on Aug. 7": a timeline item gives the year first.
        var lead = Year().Match(text[..m.Index]);
        if (lead.Success && lead.Index < 12) return lead.Groups["year"].Value;
        return published?.Year.ToString(CultureInfo.InvariantCulture);
    }

    private static DateOnly? Build(string year, string month, string day)
    {
        if (!Months.TryGetValue(month.TrimEnd('.'), out var monthNumber)) return null;
        var y = int.Parse(year, CultureInfo.InvariantCulture);
        var d = int.Parse(day, CultureInfo.InvariantCulture);
        return d >= 1 && d <= DateTime.DaysInMonth(y, monthNumber) ? new DateOnly(y, monthNumber, d) : null;
    }
}

/// <summary>A date as written and as normalised ("Aug. 7" → "2020-08-07").</summary>
public sealed record DateMention(string Written, string Value, int Offset);
