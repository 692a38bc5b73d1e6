using System.Text.RegularExpressions;
using ReliabilityTool.Core.Text;

namespace ReliabilityTool.Core.Claims;

/// <summary>
/// What a sentence offers a check-worthiness model, after ClaimBuster's features: its everyday
/// words (as lemmas), whether it holds a specific number, a percentage, money, a date or a
/// name, comparisons, reporting verbs, what it cites, who speaks (I, we, you) and its kind.
/// <para>
/// Names and numbers are never features as themselves, only as "a name" and "a number": a
/// model trained on one country's debates must not learn that a politician's name is worth
/// checking. Only words common in everyday English (SUBTLEX-US) are features at all.
/// </para>
/// </summary>
internal static partial class CheckWorthinessFeatures
{
    /// <summary>A word is a feature only if everyday English uses it at least this often (log10 count in SUBTLEX-US).</summary>
    private const double CommonEnough = 1.5;

    [GeneratedRegex(@"%|\bper ?cent\b|\bpercentage\b", RegexOptions.IgnoreCase)]
    private static partial Regex Percent();

    [GeneratedRegex(@"[$€£]\s?\d|\b(?:dollars?|euros?|pounds?|million|billion|trillion)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Money();

    [GeneratedRegex(@"\b(?:more|less|fewer|higher|lower|larger|smaller|bigger|greater|faster|slower|better|worse|cheaper|\w{3,}er)\s+than\b|\b(?:doubled|tripled|halved|increased|decreased|rose|fell|grew|dropped|declined|cut)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Comparison();

    [GeneratedRegex(@"\b(?:most|least|largest|smallest|biggest|highest|lowest|first|last|only|best|worst|record)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Superlative();

    [GeneratedRegex(@"\b(?:I|me|my|I'm|I've|I'll|I'd)\b")]
    private static partial Regex FirstPersonSingular();

    [GeneratedRegex(@"\b(?:we|us|our|we're|we've|we'll)\b", RegexOptions.IgnoreCase)]
    private static partial Regex FirstPersonPlural();

    [GeneratedRegex(@"\b(?:you|your|you're|you've|you'll)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SecondPerson();

    [GeneratedRegex(@"\b(?:said|says|stated|states|reported|reports|revealed|confirmed|announced|found|ruled|accused|designated|told|wrote|cited|published|released|claimed|added|indicated|clarified)\b")]
    private static partial Regex ReportingVerb();

    [GeneratedRegex(@"\b(?:will|going to|gonna|would|should|must|shall)\b", RegexOptions.IgnoreCase)]
    private static partial Regex FutureOrModal();

    /// <summary>The features of one sentence, each with its value (1 for present, a count's log for counts).</summary>
    public static IReadOnlyDictionary<string, double> Of(string text, ClaimKind kind, ClaimDetails details, IReadOnlyList<Evidence> evidence)
    {
        var features = new Dictionary<string, double>(StringComparer.Ordinal);
        var sequence = Sequence(text, details, out var inflected);
        foreach (var form in inflected) features[form.StartsWith("class ", StringComparison.Ordinal) ? "c:" + form[6..] : "f:" + form] = 1;
        foreach (var word in sequence.Where(w => w is not (Name or Number or Rare))) features["w:" + word] = 1;
        // How a sentence opens ("thank you", "I think", "the bill") says much of what it is.
        features[$"b:(start) {(sequence.Count > 0 ? sequence[0] : "(end)")}"] = 1;
        for (var i = 1; i < sequence.Count; i++) features[$"b:{sequence[i - 1]} {sequence[i]}"] = 1;

        if (details.Numbers.Count > 0) features["number"] = 1;
        if (details.Numbers.Count > 1) features["numbers"] = 1;
        if (details.Dates.Count > 0) features["date"] = 1;
        if (Percent().IsMatch(text)) features["percent"] = 1;
        if (Money().IsMatch(text)) features["money"] = 1;
        if (Comparison().IsMatch(text)) features["comparison"] = 1;
        if (Superlative().IsMatch(text)) features["superlative"] = 1;
        if (details.Entities.Any(e => e.Type == EntityType.Person)) features["person"] = 1;
        if (details.Entities.Any(e => e.Type == EntityType.Organisation)) features["organisation"] = 1;
        if (details.Entities.Any(e => e.Type == EntityType.Place)) features["place"] = 1;
        if (FirstPersonSingular().IsMatch(text)) features["speaker:i"] = 1;
        if (FirstPersonPlural().IsMatch(text)) features["speaker:we"] = 1;
        if (SecondPerson().IsMatch(text)) features["speaker:you"] = 1;
        if (FutureOrModal().IsMatch(text)) features["future or modal"] = 1;
        if (ReportingVerb().IsMatch(text)) features["reporting verb"] = 1;
        foreach (var cited in evidence.Select(e => e.Class).Distinct()) features["cites:" + cited.ToString().ToLowerInvariant()] = 1;
        if (kind != ClaimKind.Factual) features["kind:" + kind.ToString().ToLowerInvariant()] = 1;

        var words = Tokens.Words(text).Count();
        features[words switch { < 6 => "length:short", < 15 => "length:medium", < 30 => "length:long", _ => "length:very long" }] = 1;
        return features;
    }

    /// <summary>
    /// The sentence as a sequence of lemmas of everyday English, with every name read as
    /// "(name)" and every number as "(number)": names (capitalised words, found entities) and
    /// rare words never become features of their own.
    /// </summary>
    private static List<string> Sequence(string text, ClaimDetails details, out List<string> inflected)
    {
        inflected = [];
        var named = new HashSet<string>(details.Entities.SelectMany(e => Tokens.Words(e.Text)), StringComparer.Ordinal);
        var sequence = new List<string>();
        foreach (Match m in WordPattern().Matches(text))
        {
            var word = m.Value;
            if (char.IsAsciiDigit(word[0]))
            {
                if (sequence.Count == 0 || sequence[^1] != Number) sequence.Add(Number);
                continue;
            }

            var lower = word.ToLowerInvariant();
            var info = InfoOf(lower);
            // "Obama said": a capitalised word that is rare in everyday English is a name even at the start.
            var isName = named.Contains(lower) || (char.IsUpper(word[0]) && (sequence.Count > 0 || info.Frequency < 3));
            var token = isName ? Name : info.Frequency < CommonEnough ? Rare : info.Lemma;
            // "voted" says more than "vote": what was done, not what might be.
            if (!isName && token != Rare && token != lower) inflected.Add(lower);
            if (!isName && token != Rare) inflected.AddRange(info.Classes);
            if (sequence.Count == 0 || token is not (Name or Number) || sequence[^1] != token) sequence.Add(token);
        }

        return sequence;
    }

    /// <summary>What English knows of a word, read once: an archive repeats the same few thousand words millions of times.</summary>
    private sealed record WordInfo(double Frequency, string Lemma, string[] Classes);

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, WordInfo> Words = new(StringComparer.Ordinal);

    /// <summary>Enough for any language's working vocabulary; a file of random tokens cannot grow the cache past it.</summary>
    private const int MaxCachedWords = 200_000;

    private static int _cachedWords;

    // ConcurrentDictionary.Count takes every lock of the table: the cache keeps its own count.
    private static WordInfo InfoOf(string lower)
    {
        if (Words.TryGetValue(lower, out var known)) return known;
        var info = Read(lower);
        if (Volatile.Read(ref _cachedWords) < MaxCachedWords && Words.TryAdd(lower, info)) Interlocked.Increment(ref _cachedWords);
        return info;
    }

    private static WordInfo Read(string lower) =>
        new(English.Frequency(lower), English.LemmaOf(lower), English.Classes(lower).Select(c => "class " + c).ToArray());

    private const string Name = "(name)";
    private const string Number = "(number)";
    private const string Rare = "(rare word)";

    [GeneratedRegex(@"\d[\d,.]*|\p{L}+(?:['’]\p{L}+)?")]
    private static partial Regex WordPattern();

    /// <summary>A feature in words a reader understands, for the reasons shown beside a score.</summary>
    public static string Describe(string feature) => feature switch
    {
        _ when feature.StartsWith("w:", StringComparison.Ordinal) => $"the word \"{feature[2..]}\"",
        _ when feature.StartsWith("c:", StringComparison.Ordinal) => $"a word of the class {feature[2..]}",
        _ when feature.StartsWith("f:", StringComparison.Ordinal) => $"the word \"{feature[2..]}\"",
        _ when feature.StartsWith("b:", StringComparison.Ordinal) => $"the words \"{feature[2..]}\"",
        _ when feature.StartsWith("cites:", StringComparison.Ordinal) => $"cites {feature[6..]} evidence",
        _ when feature.StartsWith("kind:", StringComparison.Ordinal) => $"a {feature[5..]}, not a factual statement",
        _ when feature.StartsWith("length:", StringComparison.Ordinal) => $"{feature[7..]} sentence",
        "number" => "a specific number",
        "numbers" => "several numbers",
        "date" => "a date",
        "percent" => "a percentage",
        "money" => "an amount of money",
        "comparison" => "a comparison or a change",
        "superlative" => "a superlative or a first",
        "person" => "names a person",
        "organisation" => "names an organisation",
        "place" => "names a place",
        "speaker:i" => "the speaker's own view (I)",
        "speaker:we" => "speaks for a group (we)",
        "speaker:you" => "addresses the reader (you)",
        "future or modal" => "a prediction or a should",
        "reporting verb" => "reports what someone said or found",
        "bias" => "base rate",
        _ => feature,
    };
}
