using System.Text.RegularExpressions;
using ReliabilityTool.Core.Text;

namespace ReliabilityTool.Core.Claims;

/// <summary>Finds names (runs of capitalised words) and sorts them into people, organisations and places.</summary>
internal static partial class EntityFinder
{
    // A capitalised word, or a connector inside a name ("bin", "al-", "of the").
    [GeneratedRegex(@"(?:(?:Al|al|El|el|Abu|Umm)[-\s])?\p{Lu}[\p{L}'’]*(?:-\p{L}[\p{L}'’]*)*(?:\s+(?:(?:bin|ben|ibn|Ben|Bin|al|Al|el|de|of the|of|for|and|&)\s+)?(?:(?:Al|al|El|el)[-\s])?\p{Lu}[\p{L}'’]*(?:-\p{L}[\p{L}'’]*)*)*|\b(?:US|U\.S\.)\b")]
    private static partial Regex NameRun();

    private static readonly HashSet<string> LeadingNoise = new(StringComparer.Ordinal)
    {
        "The", "A", "An", "In", "On", "At", "After", "Before", "According", "This", "That", "These", "Those", "Since", "However",
        "But", "And", "Although", "When", "While", "As", "Its", "It", "He", "She", "They", "We", "I", "Some", "Many", "Several",
        "Meanwhile", "Also", "Yet", "Thus", "So", "Despite", "Moreover", "From", "During", "Between", "By", "With", "For", "Further",
        "Another", "Each", "Based", "Other", "Both", "Soon", "Later", "Robust", "Al least", "At first", "Immediately", "Throughout",
        "Without", "Having", "Supposedly", "Following", "Because", "If", "Under", "Until", "Their", "His", "Her", "Our", "There",
        "Secret", "Allegations", "Reviewing", "Looking", "Creating", "Exporting", "Right", "Mid", "Beginning", "Responding", "Instead",
        "Even", "Husbands", "Compensation", "Evidence", "Two", "Three", "Shortly", "One", "Most", "All",
    };

    // Words that make a name an organisation's, whatever organisation it is. Named organisations and places
    // themselves come from WordNet (English.IsOrganisation, English.IsPlace), not from any one story.
    private static readonly string[] OrganisationWords =
    [
        "Commission", "Committee", "Department", "Ministry", "Court", "Force", "Forces", "Corps", "Guards", "Council", "Office", "Agency",
        "Front", "Bureau", "Society", "Crescent", "Cross", "Treasury", "Times", "News", "Post", "Herald", "Journal", "Gazette", "Press",
        "Government", "Administration", "administration", "Institute", "Center", "Centre", "Movement", "Congress", "Parliament", "Navy",
        "Army", "Marines", "Police", "Party", "Union", "Association", "Foundation", "University", "Bank", "Group", "Company", "Corporation",
        "Magazine", "Organisation", "Organization", "Brigade", "Brigades", "Network", "State", "Alliance", "League", "Coalition",
    ];

    public static IReadOnlyList<Entity> Find(string sentence)
    {
        var found = new List<Entity>();
        foreach (var run in NameRun().Matches(sentence).SelectMany(m => Pieces(m.Value)))
        {
            var words = run.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
            while (words.Count > 0 && LeadingNoise.Contains(words[0])) words.RemoveAt(0);
            while (words.Count > 0 && words[^1] is "and" or "of" or "&" or "for" or "of the" or "bin" or "al") words.RemoveAt(words.Count - 1);
            if (words.Count == 0) continue;
            var text = string.Join(' ', words);
            if (text.Length < 2) continue;
            var type = TypeOf(text, words.Count);
            if (type is null) continue;
            found.Add(new Entity(text, NameKey.Of(text), type.Value));
        }

        return found.DistinctBy(e => e.Key).ToList();
    }

    /// <summary>"Nestlé’s Mark Schneider and Ana Lima" is three names: split at possessives and "and".</summary>
    private static IEnumerable<string> Pieces(string run)
    {
        if (English.IsPlace(run) || English.IsOrganisation(run)) return [run];
        return run.Split([" and ", " & "], StringSplitOptions.RemoveEmptyEntries)
            .SelectMany(part => part.Split(["’s ", "'s "], StringSplitOptions.RemoveEmptyEntries))
            .Select(part => part.EndsWith("’s", StringComparison.Ordinal) || part.EndsWith("'s", StringComparison.Ordinal) ? part[..^2] : part);
    }

    private static EntityType? TypeOf(string text, int wordCount)
    {
        if (English.IsPlace(text)) return EntityType.Place;
        if (English.IsOrganisation(text) || OrganisationWords.Any(w => text.Contains(w, StringComparison.Ordinal))) return EntityType.Organisation;
        // Where someone is from ("Peruvian", "Peruvians") is not a name.
        var lower = text.ToLowerInvariant();
        if (English.Demonyms.Contains(lower) || (lower.EndsWith('s') && English.Demonyms.Contains(lower[..^1]))) return null;
        if (wordCount >= 2) return EntityType.Person;
        // A lone capitalised word that is none of these is usually a sentence opener: an adjective
        // ("Lebanese") or an adverb ("Occasionally", "Reportedly").
        return text.EndsWith("an", StringComparison.Ordinal) || text.EndsWith("ese", StringComparison.Ordinal) || text.EndsWith("ly", StringComparison.Ordinal)
            ? null
            : EntityType.Person;
    }
}
