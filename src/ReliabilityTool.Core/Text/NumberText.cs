using System.Globalization;
using System.Text.RegularExpressions;
using ReliabilityTool.Core.Claims;

namespace ReliabilityTool.Core.Text;

/// <summary>Counts and amounts in a sentence ("223 people", "eight of the passengers", "$7 million"), years left out.</summary>
internal static partial class NumberText
{
    private static readonly Dictionary<string, int> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7, ["eight"] = 8, ["nine"] = 9,
        ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["fifteen"] = 15, ["twenty"] = 20, ["dozens"] = 24, ["hundreds"] = 200, ["thousands"] = 2000,
    };

    [GeneratedRegex(@"(?<![\w/-])\$?(?<n>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:\s?(?<scale>million|billion|thousand))?(?![\w/])")]
    private static partial Regex Digits();

    [GeneratedRegex(@"\b(?<w>two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|dozens|hundreds|thousands)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Spelled();

    /// <summary>A day of a month written without a year ("11 September", "May 2nd") is part of a date, not a count.</summary>
    [GeneratedRegex(@"^(?:st|nd|rd|th)?\s+(?:of\s+)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b", RegexOptions.IgnoreCase)]
    private static partial Regex MonthAfter();

    [GeneratedRegex(@"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex MonthBefore();

    private static bool IsDayOfMonth(string sentence, Match m) =>
        m.Value.Length <= 2 && (MonthAfter().IsMatch(sentence.AsSpan(m.Index + m.Length)) || MonthBefore().IsMatch(sentence.AsSpan(0, m.Index)));

    /// <summary>A count spelled as a word ("three", "dozens"), or its stem ("dozen"); <see cref="Find"/> reads its value.</summary>
    public static bool IsNumberWord(string word) => Words.ContainsKey(word);

    public static IReadOnlyList<NumberMention> Find(string sentence, IReadOnlyList<DateMention> dates)
    {
        var found = new List<NumberMention>();
        foreach (Match m in Digits().Matches(sentence))
        {
            if (dates.Any(d => m.Index >= d.Offset && m.Index < d.Offset + d.Written.Length) || IsDayOfMonth(sentence, m)) continue;
            if (!double.TryParse(m.Groups["n"].Value.Replace(",", ""), NumberStyles.Float, CultureInfo.InvariantCulture, out var value)) continue;
            value *= m.Groups["scale"].Value switch { "million" => 1e6, "billion" => 1e9, "thousand" => 1e3, _ => 1 };
            found.Add(new NumberMention(m.Value, value));
        }

        foreach (Match m in Spelled().Matches(sentence))
            found.Add(new NumberMention(m.Value, Words[m.Groups["w"].Value]));
        return found;
    }
}
