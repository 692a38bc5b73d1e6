using System.Reflection;
using System.Text.RegularExpressions;
using ReliabilityTool.Core.Text;

namespace ReliabilityTool.Core.Documents;

/// <summary>How a document says it carries another's copy.</summary>
public enum CreditKind
{
    /// <summary>A news agency's copy: "(AP) —", "— AFP", "Reporting by …; Editing by …".</summary>
    Wire,

    /// <summary>Another outlet's article, republished: "This article originally appeared in …".</summary>
    Original,
}

/// <summary>
/// A credit line: the document says it carries the copy of <see cref="Upstream"/>. The line
/// itself, with its span in the original text, is the basis.
/// </summary>
public sealed record Credit(string Upstream, CreditKind Kind, string Line, int Start, int End)
{
    /// <summary>Two credits with one key name one upstream source ("AP", "The Associated Press").</summary>
    public string Key => Credits.KeyOf(Upstream);
}

/// <summary>
/// Recognises the ordinary wire and syndication credit lines of news copy. Agency names come
/// from a data file of news agencies (<c>Data/wire-agencies.txt</c>); a named outlet in a
/// republication line ("originally appeared in X") needs no list.
/// </summary>
public static partial class Credits
{
    private static readonly Lazy<Dictionary<string, string>> Agencies = new(LoadAgencies);

    /// <summary>The agency's reporting name if <paramref name="name"/> is one of its names, else null.</summary>
    public static string? Agency(string name) => Agencies.Value.GetValueOrDefault(Names.Key(name));

    /// <summary>A comparison key for an upstream name: an agency's every name gives its one key.</summary>
    public static string KeyOf(string upstream) => Names.Key(Agency(upstream) ?? StripArticle(upstream));

    /// <summary>True if the whole block is a credit line, which is a note about the copy, not article text.</summary>
    public static bool IsCreditBlock(string block) =>
        block.Length <= 300
        && (Mentions(block, "contributed") && Contributed().Match(block) is { Success: true } c && Agency(c.Groups["name"].Value) is not null
            || Mentions(block, "Reporting by") && ReportingBy().Match(block) is { Success: true } r && r.Length >= block.TrimEnd().Length - 1
            || MaybeRepublished(block) && WholeNote(block, Republished().Match(block))
            || block.Length <= 50 && LoneAgency().Match(block) is { Success: true } lone && Agency(lone.Groups["name"].Value) is not null);

    /// <summary>The credits in one block of the text. <paramref name="opening"/>: the block opens the article, where a dateline stands.</summary>
    public static IEnumerable<Credit> In(string text, int start, int end, bool opening)
    {
        // Most blocks credit nobody: each pattern runs only where a cheap look says it could match.
        var block = text[start..end];
        Credit Make(string upstream, CreditKind kind) => new(WithoutLowerArticle(upstream.Trim().TrimEnd('.', ',', ';', ':')), kind, block.Length <= 200 ? block.Trim() : block[..200].TrimEnd() + "…", start, end);

        if (opening && block.IndexOf('(') is >= 0 and < 60 && Dateline().Match(block) is { Success: true } dateline)
        {
            var name = dateline.Groups["name"].Value;
            // An all-capitals place before the parentheses makes it a dateline whoever is named; without one, only an agency counts.
            if (Agency(name) is { } agency) yield return Make(agency, CreditKind.Wire);
            else if (dateline.Groups["place"].Success && name.Split(' ').Length <= 4) yield return Make(name, CreditKind.Wire);
        }

        if (block.LastIndexOfAny(Dashes) is var dash && dash >= block.Length - 45 && dash > 0
            && Trailing().Match(block) is { Success: true } trailing && Agency(trailing.Groups["name"].Value) is { } trailingAgency)
            yield return Make(trailingAgency, CreditKind.Wire);
        if (block.Length <= 50 && LoneAgency().Match(block) is { Success: true } lone && Agency(lone.Groups["name"].Value) is { } loneAgency)
            yield return Make(loneAgency, CreditKind.Wire);
        if (Mentions(block, "contributed") && Contributed().Match(block) is { Success: true } contributed && Agency(contributed.Groups["name"].Value) is { } contributor)
            yield return Make(contributor, CreditKind.Wire);
        if (Mentions(block, "Reporting by") && ReportingBy().Match(block) is { Success: true } reporting)
            yield return Make("wire report by " + reporting.Groups["reporters"].Value.Trim().TrimEnd(';', ',', '.'), CreditKind.Wire);
        if (MaybeRepublished(block) && Republished().Match(block) is { Success: true } republished && WholeNote(block, republished))
        {
            var name = republished.Groups["name"].Value;
            yield return Make(Agency(name) ?? name, Agency(name) is null ? CreditKind.Original : CreditKind.Wire);
        }
    }

    private static readonly char[] Dashes = ['-', '—', '–'];

    /// <summary>
    /// A republication note is a line of its own ("This article originally appeared in X on May 3.");
    /// "Originally published in Nature, the study found …" is article prose that mentions a source.
    /// </summary>
    private static bool WholeNote(string block, Match match) =>
        match.Success && block.TrimEnd().Length - (match.Index + match.Length) <= 30 && !block[(match.Index + match.Length)..].Contains(',');

    private static bool Mentions(string block, string word) => block.Contains(word, StringComparison.OrdinalIgnoreCase);

    private static bool MaybeRepublished(string block) =>
        block.Length <= 400 && (Mentions(block, "published") || Mentions(block, "appeared") || Mentions(block, "printed") || Mentions(block, " ran ") || Mentions(block, "posted"));

    // "in the Harbour Herald": the article is the sentence's, not the name's ("The Conversation" keeps its own).
    private static string WithoutLowerArticle(string name) => name.StartsWith("the ", StringComparison.Ordinal) ? name[4..] : name;

    private static string StripArticle(string name) => name.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? name[4..] : name;

    private static Dictionary<string, string> LoadAgencies()
    {
        using var stream = EmbeddedData.Open("wire-agencies.txt");
        using var reader = new StreamReader(stream);
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line.StartsWith('#')) continue;
            var names = line.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            foreach (var n in names) map.TryAdd(Names.Key(n), names[0]);
        }

        return map;
    }

    // "WASHINGTON (Reuters) -", "SAN JUAN, Puerto Rico (AP) —", "(AFP) –"
    [GeneratedRegex(@"^\s*(?:(?<place>\p{Lu}[\p{Lu}.'’\- ]*\p{Lu}\.?(?:,\s*[\p{L}.'’\- ]{2,30})?)\s*)?\((?<name>\p{Lu}[\p{L}\p{N}.&'’\- ]{0,40})\)\s*[-—–]+\s")]
    private static partial Regex Dateline();

    // "… said on Tuesday. — AFP", "… the ministry said. - Reuters"
    [GeneratedRegex(@"[.!?”""]\s*[-—–]+\s*(?<name>\p{Lu}[\p{L}\p{N}.&'’\- ]{0,40}?)\s*\.?\s*$")]
    private static partial Regex Trailing();

    // "— AFP", "(AP)", "Reuters" alone on a line
    [GeneratedRegex(@"^\s*(?:[-—–]+\s*)?\(?(?<name>\p{Lu}[\p{L}\p{N}.&'’\- ]{0,40}?)\)?\s*\.?\s*$")]
    private static partial Regex LoneAgency();

    // "The Associated Press contributed to this report.", "Reuters contributed reporting."
    [GeneratedRegex(@"^\s*(?:(?i:with\s+)?(?i:additional\s+)?(?i:reporting\s+(?:from|by)\s+))?(?<name>(?:[Tt]he\s+)?\p{Lu}[\p{L}\p{N}.&'’\- ]{0,40}?)\s+(?i:contributed\s+(?:to\s+)?(?:this\s+|the\s+)?(?:report|story|article|reporting))\b")]
    private static partial Regex Contributed();

    // "Reporting by Jane Doe; Additional reporting by …; Editing by John Roe"
    [GeneratedRegex(@"^\s*\(?\s*Reporting by (?<reporters>[^;\n]+?)\s*[;,]\s*(?:Additional reporting by [^;\n]+[;,]\s*)?(?:Writing by [^;\n]+[;,]\s*)?Editing by [^\n)]+\)?\s*$")]
    private static partial Regex ReportingBy();

    // A note about this very copy, at the start of its line: "This article originally appeared in The Conversation.",
    // "A version of this story first ran in X", "Republished with permission of X.", "Originally published by X on …".
    [GeneratedRegex(@"^\s*[*_(]*\s*(?:(?i:(?:a\s+version\s+of\s+)?this\s+(?:article|story|piece|post|column|op-ed|commentary|essay)\s+(?:was\s+|is\s+|has\s+been\s+)?(?:originally\s+|first\s+)?(?:appeared|published|ran|posted|republished|reprinted)(?:\s+with(?:\s+the)?\s+permission)?)|(?i:(?:originally|first)\s+(?:appeared|published|ran|posted))|(?i:re(?:published|printed)(?:\s+here)?(?:\s+with(?:\s+the)?\s+permission)?))\s+(?i:(?:in|on|by|at|from|of)\s+)?(?<name>(?:[Tt]he\s+)?\p{Lu}[\p{L}\p{N}.&'’\-]*(?:\s+(?:of\s+|and\s+|&\s+|for\s+)?\p{Lu}[\p{L}\p{N}.&'’\-]*){0,5})")]
    private static partial Regex Republished();
}
