using System.IO.Compression;

namespace ReliabilityTool.Core.Text;

/// <summary>
/// General knowledge of English from maintained resources (<c>Data/english.tsv.gz</c>, made by
/// <c>tools/english/build_table.py</c> from WordNet 3.0 and SUBTLEX-US): the lemma of an
/// inflected word, the senses a predicate word stands for (its own and those above it, so
/// "assassinated" meets "killed"), whether a verb reports rather than happens ("said",
/// "accused"), and how common a word is in everyday English.
/// </summary>
public static class English
{
    private static readonly Lazy<Table> Loaded = new(Load);

    /// <summary>Verb classes that say who reports, thinks or perceives something, not what happened.</summary>
    private static readonly HashSet<string> AttributionClasses = ["communication", "cognition", "perception"];

    // Morphy's detachment rules (WordNet's morphological processor), by part of speech.
    private static readonly (string Suffix, string Ending)[] NounRules = [("s", ""), ("ses", "s"), ("xes", "x"), ("zes", "z"), ("ches", "ch"), ("shes", "sh"), ("men", "man"), ("ies", "y")];
    private static readonly (string Suffix, string Ending)[] VerbRules = [("s", ""), ("ies", "y"), ("es", "e"), ("es", ""), ("ed", "e"), ("ed", ""), ("ing", "e"), ("ing", "")];
    private static readonly (string Suffix, string Ending)[] AdjectiveRules = [("er", ""), ("est", ""), ("er", "e"), ("est", "e")];

    /// <summary>The word's verb lemma, if it is a form of a verb ("killed" → kill, "slain" → slay).</summary>
    public static string? VerbLemma(string word) => Lemma(word, 'v', Loaded.Value.Verbs.ContainsKey, VerbRules);

    /// <summary>The word's noun lemma, if it is a form of a noun ("persons" → person).</summary>
    public static string? NounLemma(string word) => Lemma(word, 'n', Loaded.Value.Nouns.ContainsKey, NounRules);

    /// <summary>A word's dictionary form: its verb, noun or adjective lemma, or the word itself.</summary>
    public static string LemmaOf(string word) =>
        VerbLemma(word) ?? NounLemma(word) ?? Lemma(word, 'a', Loaded.Value.Adjectives.Contains, AdjectiveRules) ?? word;

    /// <summary>
    /// The senses a word names when it says what happened: a verb's first sense and the two
    /// levels above it, or the verb an event noun derives from ("the killing" → kill). Verbs of
    /// saying, thinking and perceiving name none: they attribute a fact, they are not one.
    /// </summary>
    public static IReadOnlyList<int> PredicateSenses(string word)
    {
        var table = Loaded.Value;
        if (VerbLemma(word) is { } verb && table.Verbs.TryGetValue(verb, out var v))
            return AttributionClasses.Contains(v.Class) || v.Class == "stative" ? [] : v.Senses;
        if (NounLemma(word) is { } noun && table.Nouns.TryGetValue(noun, out var n)) return n.Senses;
        return [];
    }

    /// <summary>
    /// WordNet's broad classes for a word ("noun.quantity", "verb.possession"), as a verb and as a
    /// noun where it can be either ("vote"): what kind of thing a sentence talks about.
    /// </summary>
    public static IEnumerable<string> Classes(string word)
    {
        var table = Loaded.Value;
        if (VerbLemma(word) is { } verb && table.Verbs.TryGetValue(verb, out var v)) yield return "verb." + v.Class;
        if (NounLemma(word) is { } noun && table.Nouns.TryGetValue(noun, out var n)) yield return "noun." + n.Class;
    }

    /// <summary>Verbs that attribute what follows to someone ("said", "accused", "believed").</summary>
    public static bool IsAttribution(string word) =>
        VerbLemma(word) is { } verb && Loaded.Value.Verbs.TryGetValue(verb, out var v) && AttributionClasses.Contains(v.Class);

    /// <summary>
    /// The word denies or negates what a sentence states ("not", "never", "denied"), read with the
    /// token after it: "didn't" comes as "didn" and "t", and "haven" is a refuge unless a "t"
    /// follows; "no" before a number is an abbreviation ("No. 2").
    /// </summary>
    public static bool IsNegation(string word, string? next)
    {
        if (Contracted.Contains(word)) return next == "t";
        if (word == "no") return next is null || !char.IsDigit(next[0]);
        return NegationWords.Contains(word) || (VerbLemma(word) is { } verb && DenialVerbs.Contains(verb));
    }

    private static readonly HashSet<string> NegationWords = ["not", "never", "neither", "nor", "nobody", "nothing", "none", "cannot", "without"];

    // The first halves of "n't" contractions; "won't" and "can't" are left out, their halves being also "won" and "can".
    private static readonly HashSet<string> Contracted = ["didn", "doesn", "don", "isn", "wasn", "weren", "aren", "hasn", "haven", "hadn", "couldn", "wouldn", "shouldn"];
    private static readonly HashSet<string> DenialVerbs = ["deny", "refute", "dismiss", "reject", "disprove", "contradict"];

    /// <summary>Adjectives that say where someone or something is from ("Peruvian", "British"): WordNet's adjectives pertaining to a place.</summary>
    public static IReadOnlySet<string> Demonyms => Loaded.Value.Demonyms;

    /// <summary>A place WordNet names (a city, a country, a region), under any of its names.</summary>
    public static bool IsPlace(string name) => Loaded.Value.Places.Contains(NameKey(name));

    /// <summary>An organisation WordNet names (an agency, a movement, an armed group), under any of its names.</summary>
    public static bool IsOrganisation(string name) => Loaded.Value.Organisations.Contains(NameKey(name));

    // "Red-Cross", "red Cross" and "RED CROSS" are one name; so are "the Vatican" and "Vatican".
    private static string NameKey(string name)
    {
        var key = string.Join(' ', name.ToLowerInvariant().Replace('-', ' ').Replace('’', '\'').Split(' ', StringSplitOptions.RemoveEmptyEntries));
        return key.StartsWith("the ", StringComparison.Ordinal) ? key[4..] : key;
    }

    /// <summary>log10 of the word's count in SUBTLEX-US (51 million words of everyday English); 0 for a word it never saw.</summary>
    public static double Frequency(string word) => Loaded.Value.Frequency.GetValueOrDefault(word) / 100.0;

    /// <summary>
    /// How common the words are that a matching feature stands for ("kill" for killed, kills,
    /// killing): the log10 count of the commonest of them in SUBTLEX-US, 0 for none.
    /// </summary>
    public static double StemFrequency(string stem) => Stems.Value.GetValueOrDefault(stem) / 100.0;

    private static readonly Lazy<Dictionary<string, int>> Stems = new(() =>
    {
        var stems = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (word, hundredthsOfLog) in Loaded.Value.Frequency)
        {
            var stem = Features.Normalise(word);
            if (hundredthsOfLog > stems.GetValueOrDefault(stem)) stems[stem] = hundredthsOfLog;
        }

        return stems;
    });

    /// <summary>
    /// How much a shared word says, from how rare it is in English at large (the information in
    /// it, in bits above the commonest words): weighs words sensibly even in a corpus of five
    /// articles, where counting within the corpus cannot.
    /// </summary>
    public static double Rarity(string word) => Math.Max(0.5, 6.4 - Frequency(word));

    private static string? Lemma(string word, char pos, Func<string, bool> known, (string Suffix, string Ending)[] rules)
    {
        var table = Loaded.Value;
        if (table.Exceptions.TryGetValue((pos, word), out var irregular)) return irregular;
        if (known(word)) return word;
        foreach (var (suffix, ending) in rules)
        {
            if (word.Length <= suffix.Length + 1 || !word.EndsWith(suffix, StringComparison.Ordinal)) continue;
            var candidate = word[..^suffix.Length] + ending;
            if (known(candidate)) return candidate;
        }

        return null;
    }

    private sealed record Entry(string Class, int[] Senses);

    private sealed record Table(
        Dictionary<string, Entry> Verbs,
        Dictionary<string, Entry> Nouns,
        HashSet<string> Adjectives,
        Dictionary<(char Pos, string Form), string> Exceptions,
        Dictionary<string, int> Frequency,
        HashSet<string> Demonyms,
        HashSet<string> Places,
        HashSet<string> Organisations);

    private static Table Load()
    {
        using var stream = EmbeddedData.Open("english.tsv.gz");
        using var reader = new StreamReader(new GZipStream(stream, CompressionMode.Decompress));
        var table = new Table(new(StringComparer.Ordinal), new(StringComparer.Ordinal), new(StringComparer.Ordinal), [], new(StringComparer.Ordinal), new(StringComparer.Ordinal), new(StringComparer.Ordinal), new(StringComparer.Ordinal));
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#') continue;
            var f = line.Split('\t');
            switch (f[0])
            {
                case "v":
                    table.Verbs[f[1]] = new Entry(f[2], Senses(f[3]));
                    break;
                case "n":
                    table.Nouns[f[1]] = new Entry(f[2], Senses(f[3]));
                    break;
                case "a":
                    table.Adjectives.Add(f[1]);
                    break;
                case "x":
                    table.Exceptions.TryAdd((f[1][0], f[2]), f[3]);
                    break;
                case "d":
                    table.Demonyms.Add(f[1]);
                    break;
                case "p":
                    table.Places.Add(NameKey(f[1]));
                    break;
                case "o":
                    table.Organisations.Add(NameKey(f[1]));
                    break;
                case "f":
                    table.Frequency.TryAdd(f[1], int.Parse(f[2], System.Globalization.CultureInfo.InvariantCulture));
                    break;
            }
        }

        return table;
    }

    private static int[] Senses(string field) =>
        field.Length == 0 ? [] : field.Split(',').Select(s => int.Parse(s, System.Globalization.CultureInfo.InvariantCulture)).ToArray();
}
