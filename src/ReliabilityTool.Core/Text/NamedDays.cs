using System.Globalization;
using System.Text.RegularExpressions;

namespace ReliabilityTool.Core.Text;

/// <summary>
/// A day used as the name of what happened on it ("7/7", "26/11", "3/11", "the September 11
/// attacks", "after March 11,"), read as one token ("day0911") so that every way of writing it
/// meets, and a later sentence's "the attackers" can refer back to it. A plain date ("on 11
/// September 2001 the price rose") is a date, compared as a particular, not a name.
/// </summary>
internal static partial class NamedDays
{
    private const string Event = @"(?:\s+(?:terror(?:ist)?\s+)?(?:attacks?|bombings?|hijackings?|shootings?|massacres?|blasts?|explosions?))";
    private const string Year = @"(?:,?\s+(?:19|20)[0-9]{2})";

    // "7/7", "26/11", "3/11": a day and month joined by a slash, not part of a longer date or number.
    [GeneratedRegex(@"(?<![0-9/.,])(?<a>[0-9]{1,2})/(?<b>[0-9]{1,2})(?![0-9/]|\s+of\b)" + Event + "?|(?<![0-9/.,-])(?<a>[0-9]{1,2})-(?<b>[0-9]{1,2})(?![0-9-])" + Event)]
    private static partial Regex Slashed();

    // "September 11 attacks", "the 11th of September 2001 attacks"
    [GeneratedRegex(@"\b(?:" + DateText.MonthName + @"\s+(?<day>[0-9]{1,2})(?:st|nd|rd|th)?|(?<day>[0-9]{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?" + DateText.MonthName + @")" + Year + "?" + Event, RegexOptions.IgnoreCase)]
    private static partial Regex BeforeEvent();

    // "after September 11," "since 11 September." — a day with no year and no event word after
    // "after", "since" or "before" names the event, as a bare date with no year rarely does.
    [GeneratedRegex(@"\b(?<=(?:[Aa]fter|[Ss]ince|[Bb]efore|[Ff]ollowing|[Uu]ntil)\s+(?:the\s+)?)(?:" + DateText.MonthName + @"\s+(?<day>[0-9]{1,2})(?:st|nd|rd|th)?|(?<day>[0-9]{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?" + DateText.MonthName + @")(?!,?\s*(?:19|20)[0-9]{2})(?=\s*[,.;)]|\s+(?:and|or|when|the|a|an|it|he|she|they|we)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex AfterPreposition();

    /// <summary>The text with every named day replaced by its token, spaced apart from its neighbours.</summary>
    public static string Replace(string text)
    {
        if (!HasDigit(text)) return text;
        var slashedIn = text;
        text = Slashed().Replace(text, m => !IsScore(slashedIn, m) && Token(m) is { } token ? $" {token} " : m.Value);
        text = BeforeEvent().Replace(text, m => Token(m) is { } token ? $" {token} " : m.Value);
        return AfterPreposition().Replace(text, m => Token(m) is { } token ? $" {token} " : m.Value);
    }

    /// <summary>"rated it 4/5 stars", "won 7/5 in the tie-break": a score or a rating, not a day.</summary>
    private static bool IsScore(string text, Match m)
    {
        var before = Tokens.Words(text[Math.Max(0, m.Index - 30)..m.Index]).LastOrDefault();
        var after = Tokens.Words(text[(m.Index + m.Length)..Math.Min(text.Length, m.Index + m.Length + 30)]).FirstOrDefault();
        return before is "rated" or "rating" or "scored" or "score" or "won" or "lost" or "beat" or "ranked" or "voted"
            || after is "stars" or "star" or "points" or "votes" or "rating"
            || (!m.Value.Any(char.IsLetter) && before is not ("the" or "after" or "since" or "before" or "of") && after is "in" or "on");
    }

    /// <summary>Whether a feature is a named day's token.</summary>
    public static bool IsToken(string feature) =>
        feature.Length == 7 && feature.StartsWith("day", StringComparison.Ordinal) && char.IsAsciiDigit(feature[3]) && char.IsAsciiDigit(feature[6]);

    private static string? Token(Match m)
    {
        int month, day;
        if (m.Groups["a"].Success)
        {
            var (a, b) = (Number(m.Groups["a"].Value), Number(m.Groups["b"].Value));
            // A common fraction ("3/4", "1/2") or "24/7" is no day. Otherwise month first, as
            // American usage has it, unless the first number cannot be a month ("26/11").
            if (b is 2 or 3 or 4 or 8 or 10 && a < b) return null;
            if (a == 24 && b == 7) return null;
            (month, day) = a <= 12 ? (a, b) : (b, a);
        }
        else
        {
            if (!DateText.Months.TryGetValue(m.Groups["month"].Value.TrimEnd('.'), out month)) return null;
            day = Number(m.Groups["day"].Value);
        }

        return month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(2000, month)
            ? string.Create(CultureInfo.InvariantCulture, $"day{month:00}{day:00}")
            : null;
    }

    private static int Number(string digits) => int.Parse(digits, CultureInfo.InvariantCulture);

    private static bool HasDigit(string text)
    {
        foreach (var c in text)
        {
            if (char.IsAsciiDigit(c)) return true;
        }

        return false;
    }
}
