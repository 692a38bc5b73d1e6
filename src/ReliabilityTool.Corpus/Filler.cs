using System.Globalization;

namespace ReliabilityTool.Corpus;

/// <summary>
/// The body of an article around its planted facts: background statements, opinions, quotations,
/// hedged claims, recommendations, questions and citations of primary and secondary sources.
/// Sentences are put together from interchangeable parts, so that, as in real reporting, two
/// unrelated sentences share few words beyond the common ones.
/// </summary>
internal sealed class Filler(Random random, IReadOnlyList<PersonName> people)
{
    private static readonly string[] Attributions =
    [
        "Officials said", "Local reports say", "Residents told reporters", "A regional diplomat said", "Court papers show", "Satellite images suggest",
        "According to a court ruling,", "A leaked cable says", "Customs records indicate", "An official who asked not to be named said", "Police sources said",
        "A parliamentary report found", "Shipping data show", "According to the ministry,", "Aid workers said", "Two former employees said",
    ];

    private static readonly string[] Hedges = ["Analysts believe", "It is alleged", "Some observers suspect", "Critics claim", "It appears"];

    private static readonly string[] Times = ["in {0}", "since {0}", "before {0}", "during {0}", "until {0}", "in early {0}", "by late {0}"];

    private static readonly string[] Links = ["after", "despite", "because of", "ahead of", "following", "amid", "without"];

    private string N => Vocabulary.Nouns[random.Next(Vocabulary.Nouns.Length)];
    private string A => Vocabulary.Adjectives[random.Next(Vocabulary.Adjectives.Length)];
    private string V => Vocabulary.Verbs[random.Next(Vocabulary.Verbs.Length)];
    private string C => Vocabulary.Cities[random.Next(Vocabulary.Cities.Length)];
    private string T => string.Format(CultureInfo.InvariantCulture, Times[random.Next(Times.Length)], 1990 + random.Next(34));
    private string L => Links[random.Next(Links.Length)];
    private string P => people[random.Next(people.Count)].Spelled(random);
    private string Thing => random.Next(3) switch { 0 => $"the {A} {N}", 1 => $"the {N} of {C}", _ => $"a {A} {N} near {C}" };

    public string Sentence() => random.Next(24) switch
    {
        < 8 => $"{Capital(Thing)} was {V} {T} {L} {Thing}.",
        < 13 => $"{Attributions[random.Next(Attributions.Length)]} {Thing} was {V} {T}.",
        < 15 => $"{P} {V} {Thing} {T}, {Attributions[random.Next(Attributions.Length)].TrimEnd(',').ToLowerInvariant()}.",
        15 => $"{P} argued that {Thing} was {Vocabulary.OpinionWords[random.Next(Vocabulary.OpinionWords.Length)]}.",
        16 => $"“{Capital(Thing)} will be {V} {L} {Thing},” said {P}.",
        17 or 18 => $"{Hedges[random.Next(Hedges.Length)]} {Thing} may have {V} {Thing} {T}.",
        19 => $"Should {Thing} be {V} again?",
        20 => $"{Capital(Thing)} should be {V} and {Thing} must be {V}.",
        _ => $"{Capital(Thing)} {V} {Thing} {T} {L} {Thing}.",
    };

    private static string Capital(string text) => char.ToUpperInvariant(text[0]) + text[1..];
}
