namespace ReliabilityTool.Core.Text;

/// <summary>
/// The words that carry a sentence's meaning, reduced so that paraphrases meet: stop words
/// dropped, suffixes stripped, event words mapped to one form ("slain", "assassinated" → kill),
/// a day used as an event's name read as one token (<see cref="NamedDays"/>).
/// </summary>
public static class Features
{
    private static readonly HashSet<string> StopWords =
    [
        "a", "an", "the", "and", "or", "but", "of", "in", "on", "at", "to", "for", "from", "by", "with", "as", "is", "are", "was", "were",
        "be", "been", "being", "has", "have", "had", "it", "its", "this", "that", "these", "those", "which", "who", "whom", "whose",
        "their", "they", "them", "he", "his", "she", "her", "we", "our", "i", "not", "no", "also", "than", "then", "there", "such",
        "into", "out", "up", "about", "after", "before", "during", "while", "when", "where", "all", "any", "some", "other", "more",
        "most", "very", "can", "could", "would", "should", "will", "may", "might", "must", "do", "does", "did", "so", "if", "between",
        "through", "over", "under", "again", "further", "once", "both", "each", "few", "own", "same", "only", "just", "said", "says",
        "according", "however", "well", "known", "one", "two", "us", "him", "what", "how", "why", "even", "since", "still", "already",
        "al", "el", "bin", "ben", "ibn", "abu",
    ];

    private static readonly Dictionary<string, string> Synonyms = new()
    {
        ["slain"] = "kill", ["slay"] = "kill", ["kill"] = "kill", ["assassin"] = "kill", ["assassinat"] = "kill", ["murder"] = "kill", ["death"] = "kill", ["dead"] = "kill",
        ["transit"] = "transit", ["pass"] = "transit", ["travel"] = "transit", ["travell"] = "transit", ["cross"] = "transit", ["movement"] = "transit", ["mov"] = "transit",
        ["shelter"] = "haven", ["haven"] = "haven", ["harbor"] = "haven", ["harbour"] = "haven", ["refuge"] = "haven", ["host"] = "haven",
        ["bomb"] = "bomb", ["blew"] = "bomb", ["blast"] = "bomb", ["attack"] = "attack",
        ["embassi"] = "embassy", ["embassy"] = "embassy",
        ["train"] = "train", ["training"] = "train",
        ["designat"] = "designate", ["blacklist"] = "designate", ["sanction"] = "designate",
        ["rul"] = "rule", ["ruling"] = "rule", ["judg"] = "rule", ["court"] = "court",
        ["fund"] = "money", ["money"] = "money", ["financ"] = "money",
        ["weapon"] = "arms", ["arm"] = "arms",
        ["deputy"] = "second", ["second"] = "second", ["no.2"] = "second",
        ["met"] = "meet", ["meet"] = "meet", ["meeting"] = "meet",
        ["releas"] = "release", ["freed"] = "release",
        ["memb"] = "member", ["member"] = "member", ["activist"] = "member", ["operativ"] = "member", ["operative"] = "member", ["fighter"] = "member", ["militant"] = "member",
    };

    /// <summary>The event words whose pairing with a name or another event marks what a sentence is about.</summary>
    public static readonly HashSet<string> EventClasses = ["kill", "transit", "hijack", "haven", "bomb", "attack", "train", "designate", "rule", "money", "arms", "meet", "release"];

    /// <summary>Whether a feature says what happened: an event word, or a day that names an event.</summary>
    public static bool IsEvent(string feature) => EventClasses.Contains(feature) || NamedDays.IsToken(feature);

    /// <summary>Events known by a name (a day: "7/7") rather than described: a later sentence may refer back to them.</summary>
    public static bool IsNamedEvent(string feature) => NamedDays.IsToken(feature);

    public static bool IsStopWord(string word) => StopWords.Contains(word);

    public static IReadOnlyList<string> Of(string text)
    {
        var prepared = NamedDays.Replace(text);
        var result = new List<string>();
        foreach (var word in Tokens.Words(prepared))
        {
            if (StopWords.Contains(word) || word.Length < 2) continue;
            if (AllDigits(word)) continue; // numbers and years are compared as details, not as wording
            result.Add(Normalise(word));
        }

        return result;
    }

    public static string Normalise(string word)
    {
        var stem = Stem(word);
        return Synonyms.GetValueOrDefault(stem) ?? Synonyms.GetValueOrDefault(word) ?? stem;
    }

    private static bool AllDigits(string word)
    {
        foreach (var c in word)
        {
            if (!char.IsDigit(c)) return false;
        }

        return true;
    }

    private static readonly string[] Suffixes = ["ations", "ation", "ings", "ing", "ions", "ion", "ers", "er", "ies", "ied", "es", "ed", "s"];

    /// <summary>A light suffix stripper: enough for "killed/killing/kills" to meet, no more.</summary>
    private static string Stem(string word)
    {
        foreach (var suffix in Suffixes)
        {
            if (word.Length - suffix.Length >= 4 && word.EndsWith(suffix, StringComparison.Ordinal))
                return suffix is "ies" or "ied" ? word[..^suffix.Length] + "y" : word[..^suffix.Length];
        }

        return word;
    }
}
