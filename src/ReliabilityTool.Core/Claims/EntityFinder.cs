using System.Text.RegularExpressions;
using ReliabilityTool.Core.Text;

namespace ReliabilityTool.Core.Claims;

/// <summary>Finds names (runs of capitalised words) and sorts them into people, organisations and places.</summary>
internal static partial class EntityFinder
{
    // A capitalised word, or a connector inside a name ("bin", "al-", "of the").
    [GeneratedRegex(@"(?:(?:Al|al|El|el|Abu|Umm)[-\s])?\p{Lu}[\p{L}'’]*(?:-\p{L}[\p{L}'’]*)*(?:\s+(?:(?:bin|ben|ibn|Ben|Bin|al|Al|el|de|of the|of|for|and|&)\s+)?(?:(?:Al|al|El|el)[-\s])?\p{Lu}[\p{L}'’]*(?:-\p{L}[\p{L}'’]*)*)*|\b(?:CIA|FBI|UN|IRGC|MOIS|ISIS|NBC|AQI|ECCI|US|U\.S\.)\b")]
    private static partial Regex NameRun();

    private static readonly HashSet<string> LeadingNoise = new(StringComparer.Ordinal)
    {
        "The", "A", "An", "In", "On", "At", "After", "Before", "According", "This", "That", "These", "Those", "Since", "However",
        "But", "And", "Although", "When", "While", "As", "Its", "It", "He", "She", "They", "We", "I", "Some", "Many", "Several",
        "Meanwhile", "Also", "Yet", "Thus", "So", "Despite", "Moreover", "From", "During", "Between", "By", "With", "For", "Further",
        "Another", "Each", "Based", "Other", "Both", "Soon", "Later", "Robust", "Al least", "At first", "Immediately", "Throughout",
        "Without", "Having", "Supposedly", "Following", "Because", "If", "Under", "Until", "Their", "His", "Her", "Our", "There",
        "Secret", "Allegations", "Reviewing", "Looking", "Creating", "Exporting", "Right", "Mid", "Beginning", "Responding", "Instead",
        "Even", "Husbands", "Compensation", "Evidence", "Two", "Three", "Iranians", "Shortly", "One", "Most", "All",
    };

    private static readonly HashSet<string> Places = new(StringComparer.OrdinalIgnoreCase)
    {
        "Iran", "Tehran", "Teheran", "Afghanistan", "Kabul", "Sudan", "Khartoum", "Iraq", "Baghdad", "Syria", "Damascus", "Lebanon",
        "Beirut", "Yemen", "Sanaa", "Aden", "Saudi Arabia", "Riyadh", "Kenya", "Nairobi", "Tanzania", "Dar es Salaam", "Dar Al Salm",
        "Pakistan", "Abbottabad", "Abbotabad", "Abut Abad", "Bosnia", "Bosnia and Herzegovina", "Washington", "New York", "London",
        "Europe", "Gulf", "Middle East", "Israel", "Mauritania", "Uzbekistan", "Baluchistan", "Taftan", "Zahedan", "Zahadan",
        "Isfahan", "Asfahan", "Herat", "Tora Bora", "Tura Bura", "Beqaa Valley", "Bekaa Valley", "Libya", "Turkey", "North Caucasus",
        "Pasdaran", "Niaweran", "Berlin", "Ashraf Camp", "East Africa", "Africa", "United States", "United States of America",
        "USA", "US", "U.S.", "America", "United Kingdom", "Britain", "Egypt", "Palestine", "Morocco", "Mesopotamia", "Colombia State",
    };

    private static readonly string[] OrganisationWords =
    [
        "Qaeda", "Qaida", "Hezbollah", "Hizballah", "Taliban", "ISIS", "Commission", "Committee", "Department", "Ministry", "Court",
        "Force", "Corps", "Guards", "Council", "Office", "Agency", "Front", "Bureau", "Society", "Crescent", "Treasury", "CIA", "FBI",
        "UN", "IRGC", "MOIS", "Times", "News", "Reuters", "Government", "Administration", "administration", "Institute", "Center",
        "Movement", "Nusra", "Pasdaran", "Congress", "Navy", "Marines", "AQI", "Khalk", "Khalq", "NBC", "Monde", "Magazine",
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

    /// <summary>"Al-Qaeda’s Osama bin Laden and Imad Mughniyah" is three names: split at possessives and "and".</summary>
    private static IEnumerable<string> Pieces(string run)
    {
        if (Places.Contains(run)) return [run];
        return run.Split([" and ", " & "], StringSplitOptions.RemoveEmptyEntries)
            .SelectMany(part => part.Split(["’s ", "'s "], StringSplitOptions.RemoveEmptyEntries))
            .Select(part => part.EndsWith("’s", StringComparison.Ordinal) || part.EndsWith("'s", StringComparison.Ordinal) ? part[..^2] : part);
    }

    private static EntityType? TypeOf(string text, int wordCount)
    {
        if (Places.Contains(text)) return EntityType.Place;
        if (OrganisationWords.Any(w => text.Contains(w, StringComparison.Ordinal))) return EntityType.Organisation;
        if (wordCount >= 2) return EntityType.Person;
        // A lone capitalised word that is none of these is usually a sentence opener: an adjective
        // ("Iranian", "Lebanese") or an adverb ("Occasionally", "Reportedly").
        return text.EndsWith("an", StringComparison.Ordinal) || text.EndsWith("ese", StringComparison.Ordinal) || text.EndsWith("ly", StringComparison.Ordinal)
            ? null
            : EntityType.Person;
    }
}
