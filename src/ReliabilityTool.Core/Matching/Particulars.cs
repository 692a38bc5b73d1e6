using ReliabilityTool.Core.Claims;
using ReliabilityTool.Core.Text;

namespace ReliabilityTool.Core.Matching;

/// <summary>
/// The particulars of a claim that pin down one event: when (to the month or day), how many,
/// where, and who (the people it names, by surname). Reports of one event may disagree on one of
/// them (that is a conflict to show), but claims that disagree on two (another month and another
/// toll; another person and another sum) are about different events, however alike their wording.
/// </summary>
/// <param name="People">Surnames of the people a claim names.</param>
/// <param name="Names">Every word of every name in it, whatever the name was taken for.</param>
internal sealed record Particulars(IReadOnlyList<string> When, IReadOnlySet<double> Counts, IReadOnlySet<string> Places, IReadOnlySet<string> People, IReadOnlySet<string> Names)
{
    /// <summary>What the claim says happened: each predicate word's own WordNet sense (<see cref="English.PredicateSenses"/>).</summary>
    public IReadOnlySet<int> Happenings => _happenings.Value;

    /// <summary>The claim denies or negates what it states ("did not", "never", "denied").</summary>
    public bool Negated => _negated.Value;

    // Looked up in WordNet only for the few pairs that need it (a shared specific count, two
    // sentences of one article): matching scores millions of pairs.
    private Lazy<IReadOnlySet<int>> _happenings = null!;
    private Lazy<bool> _negated = null!;

    /// <summary>
    /// One happening with one specific count, and nothing in conflict: "the attacks killed 223
    /// persons" restates "bombs … killing 223 people" however differently the rest is worded. A
    /// count under ten ("three members", "two schools") is too common to tell one fact from another.
    /// </summary>
    public static bool SameHappeningSameCount(Particulars a, Particulars b) =>
        a.Counts.Any(c => c >= 10 && b.Counts.Contains(c)) && Disagreements(a, b) == 0 && a.Happenings.Overlaps(b.Happenings);

    public static Particulars Of(Claim claim) => new Particulars(
        claim.Details.Dates.Select(d => d.Value).Where(v => v.Length >= 7 && !v.Contains('/')).Distinct().ToList(),
        claim.Details.Numbers.Where(n => n.Value >= 3).Select(n => n.Value).ToHashSet(),
        claim.Details.Entities.Where(e => e.Type == EntityType.Place).Select(e => e.Key).ToHashSet(),
        // A person by the last word of their name: "Rashid al-Riqiquni" and "Rasheed Al Daghaqani" share a first name, not an identity.
        claim.Details.Entities.Where(e => e.Type == EntityType.Person).Select(e => AssertionMatcher.NameWords(e).LastOrDefault()).OfType<string>().ToHashSet(),
        claim.Details.Entities.SelectMany(AssertionMatcher.NameWords).ToHashSet())
    {
        _happenings = new Lazy<IReadOnlySet<int>>(() => OwnSenses(claim.Text)),
        _negated = new Lazy<bool>(() => IsNegated(claim.Text)),
    };

    /// <summary>
    /// Two sentences of one article restate one fact: they say the same thing happened, agree on
    /// when, how many, where and who, and neither denies what the other states. A headline and
    /// its lede ("Gunman kills one at office party" and "A man opened fire at his former
    /// employer's party on Friday, killing one") share few words, but an article does not report
    /// one shooting twice.
    /// </summary>
    public static bool Restate(Particulars a, Particulars b) =>
        a.Negated == b.Negated && Disagreements(a, b) == 0 && a.Happenings.Overlaps(b.Happenings);

    private static bool IsNegated(string text)
    {
        var words = Tokens.Words(text).ToList();
        for (var i = 0; i < words.Count; i++)
        {
            if (English.IsNegation(words[i], i + 1 < words.Count ? words[i + 1] : null)) return true;
        }

        return false;
    }

    private static HashSet<int> OwnSenses(string text)
    {
        var senses = new HashSet<int>();
        var before = "";
        foreach (var word in Tokens.Words(text))
        {
            // "at the party", "of an attack": a word after an article, a possessive or a
            // preposition names a thing or the setting, not what the sentence says happened.
            var setting = NounMarkers.Contains(before);
            before = word;
            if (setting || word.Length < 3 || Features.IsStopWord(word)) continue;
            if (English.PredicateSenses(word) is { Count: > 0 } mine) senses.Add(mine[0]);
        }

        return senses;
    }

    private static readonly HashSet<string> NounMarkers =
        ["the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their", "our", "my", "your", "of", "at", "in", "on", "for", "with", "by", "from", "into", "during"];

    public static int Disagreements(Particulars a, Particulars b) =>
        DifferWhen(a.When, b.When) + Differ(a.Counts, b.Counts) + Differ(a.Places, b.Places) + DifferWho(a, b);

    /// <summary>
    /// Each names people, and neither names the other's anywhere: names are found imperfectly
    /// ("Border Force Commander General John Doe" reads as an organisation), so a surname
    /// met in any name of the other claim counts as the same person.
    /// </summary>
    private static int DifferWho(Particulars a, Particulars b) =>
        a.People.Count > 0 && b.People.Count > 0 && !a.People.Overlaps(b.Names) && !b.People.Overlaps(a.Names) ? 1 : 0;

    private static int Differ<T>(IReadOnlySet<T> a, IReadOnlySet<T> b) => a.Count > 0 && b.Count > 0 && !a.Overlaps(b) ? 1 : 0;

    private static int DifferWhen(IReadOnlyList<string> a, IReadOnlyList<string> b) =>
        a.Count > 0 && b.Count > 0 && !a.Any(x => b.Any(y => DateText.Compatible(x, y))) ? 1 : 0;
}
