namespace ReliabilityTool.Corpus;

/// <summary>
/// Makes people's names and the ways different outlets spell them: "Abu Muhammad al-Karbani",
/// "Abu Mohammed Al Qarbany", "al-Karbani". Every spelling keeps the consonants, as real
/// transliterations do, so a reader (and the matcher) can tell it is one person.
/// </summary>
internal sealed class NameForge(Random random)
{
    private static readonly string[][] Given =
    [
        ["Muhammad", "Mohammed", "Mohamed", "Mohammad"], ["Abdullah", "Abdallah"], ["Hussein", "Hussain", "Husayn"], ["Yusuf", "Youssef", "Yousef"],
        ["Ahmed", "Ahmad"], ["Khalid", "Khaled"], ["Omar", "Umar"], ["Hassan", "Hasan"], ["Saeed", "Said"], ["Mustafa", "Moustafa"],
        ["Ibrahim", "Ebrahim"], ["Karim", "Kareem"], ["Jamal", "Gamal"], ["Nasser", "Nasir"], ["Tariq", "Tarek"], ["Walid", "Waleed"],
        ["Faisal", "Feisal"], ["Hassan", "Hasan"], ["Salim", "Saleem"], ["Rashid", "Rasheed"],
    ];

    private static readonly string[] Onsets = ["k", "q", "b", "d", "f", "h", "j", "l", "m", "n", "r", "s", "sh", "t", "z", "gh", "kh"];
    private static readonly string[] Vowels = ["a", "i", "u"];

    private readonly HashSet<string> _used = [];

    public PersonName Next()
    {
        while (true)
        {
            var given = Given[random.Next(Given.Length)];
            var syllables = 2 + random.Next(2);
            var family = string.Concat(Enumerable.Range(0, syllables).Select(_ => Onsets[random.Next(Onsets.Length)] + Vowels[random.Next(Vowels.Length)])) + "ni";
            family = char.ToUpperInvariant(family[0]) + family[1..];
            if (!_used.Add(family)) continue;
            return new PersonName(given, family, random.Next(3) == 0);
        }
    }
}

/// <summary>A person as different outlets write them.</summary>
internal sealed record PersonName(string[] Given, string Family, bool HasKunya)
{
    public string Canonical => (HasKunya ? "Abu " : "") + Given[0] + " al-" + Family;

    /// <summary>One outlet's spelling: another transliteration of the given name, "Al " or "al-", q for k, a final y for i.</summary>
    public string Spelled(Random random)
    {
        var given = Given[random.Next(Given.Length)];
        var family = Family;
        if (random.Next(3) == 0) family = family.Replace('k', 'q').Replace('K', 'Q');
        if (random.Next(3) == 0) family = family[..^1] + "y";
        var article = random.Next(2) == 0 ? "al-" : "Al ";
        return random.Next(4) == 0 ? "Al-" + family : (HasKunya ? "Abu " : "") + given + " " + article + family;
    }
}
