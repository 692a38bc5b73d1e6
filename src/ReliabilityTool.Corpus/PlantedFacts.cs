using System.Globalization;

namespace ReliabilityTool.Corpus;

/// <summary>
/// A fact to plant, and the several ways outlets write it: the same truth conditions in other
/// words, other spellings of the names and other date formats.
/// </summary>
internal sealed record Fact(string Id, FactKind Kind, PersonName Person, PersonName Other, string City, string Country, DateOnly Date, int Count, string Group, string Funder);

internal enum FactKind { Killing, Meeting, Funding, Arrest, Transit, Designation, Bombing }

internal static class PlantedFacts
{
    private static readonly string[] CountWords = ["", "", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"];

    /// <summary>How many wordings each kind of fact has.</summary>
    public const int Wordings = 4;

    public static string Write(Fact fact, int variant, Random random)
    {
        var p = fact.Person.Spelled(random);
        var q = fact.Other.Spelled(random);
        var d = Date(fact.Date, random);
        var month = fact.Date.ToString("MMMM yyyy", CultureInfo.InvariantCulture);
        var n = fact.Count.ToString(CultureInfo.InvariantCulture);
        var nWord = fact.Count < CountWords.Length && random.Next(2) == 0 ? CountWords[fact.Count] : n;
        return (fact.Kind, variant % Wordings) switch
        {
            (FactKind.Killing, 0) => $"{p} was killed in {fact.City} on {d}.",
            (FactKind.Killing, 1) => $"{p} was assassinated in {fact.City} on {d}, according to officials.",
            (FactKind.Killing, 2) => $"On {d}, gunmen murdered {p} in {fact.City}.",
            (FactKind.Killing, _) => $"{p} was reportedly slain in {fact.City} on {d}.",
            (FactKind.Meeting, 0) => $"{p} met {q} in {fact.City} on {d}.",
            (FactKind.Meeting, 1) => $"{q} held a meeting with {p} in {fact.City} on {d}.",
            (FactKind.Meeting, 2) => $"On {d}, {p} and {q} met in {fact.City}, a source said.",
            (FactKind.Meeting, _) => $"{p} is believed to have met {q} in {fact.City} on {d}.",
            (FactKind.Funding, 0) => $"{fact.Funder} transferred ${n} million to {p} in {month}.",
            (FactKind.Funding, 1) => $"{p} received ${n} million in funding from {fact.Funder} in {month}.",
            (FactKind.Funding, 2) => $"In {month}, {fact.Funder} financed {p} with ${n} million, bank records show.",
            (FactKind.Funding, _) => $"{fact.Funder} allegedly sent ${n} million to {p} in {month}.",
            (FactKind.Arrest, 0) => $"{p} was arrested in {fact.City} on {d}.",
            (FactKind.Arrest, 1) => $"Police detained {p} in {fact.City} on {d}.",
            (FactKind.Arrest, 2) => $"On {d}, security forces captured {p} in {fact.City}, a court filing says.",
            (FactKind.Arrest, _) => $"{p} was reportedly arrested in {fact.City} on {d}.",
            (FactKind.Transit, 0) => $"{nWord} {fact.Group} members travelled through {fact.Country} in {month}.",
            (FactKind.Transit, 1) => $"At least {nWord} {fact.Group} fighters passed through {fact.Country} in {month}.",
            (FactKind.Transit, 2) => $"In {month}, {fact.Country} let {nWord} {fact.Group} militants cross its territory.",
            (FactKind.Transit, _) => $"Some {nWord} {fact.Group} operatives are said to have transited {fact.Country} in {month}.",
            (FactKind.Designation, 0) => $"The US Treasury designated {p} as a terrorist on {d}.",
            (FactKind.Designation, 1) => $"{p} was placed under US sanctions on {d}.",
            (FactKind.Designation, 2) => $"On {d}, Washington blacklisted {p}, a Treasury Department statement said.",
            (FactKind.Designation, _) => $"{p} was sanctioned by the Treasury on {d}.",
            (FactKind.Bombing, 0) => $"A bomb in {fact.City} killed {n} people on {d}.",
            (FactKind.Bombing, 1) => $"{n} people died when a car bomb exploded in {fact.City} on {d}.",
            (FactKind.Bombing, 2) => $"On {d}, a bombing in {fact.City} left {n} people dead, the health ministry said.",
            _ => $"A blast in {fact.City} reportedly killed {n} people on {d}.",
        };
    }

    /// <summary>The formats newsrooms use: "August 7, 2020", "7 August 2020", "Aug. 7, 2020", "the 7th of August 2020".</summary>
    private static string Date(DateOnly date, Random random) => random.Next(4) switch
    {
        0 => date.ToString("MMMM d, yyyy", CultureInfo.InvariantCulture),
        1 => date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture),
        2 => date.ToString("MMM", CultureInfo.InvariantCulture) + ". " + date.ToString("d, yyyy", CultureInfo.InvariantCulture),
        _ => $"the {Ordinal(date.Day)} of {date.ToString("MMMM yyyy", CultureInfo.InvariantCulture)}",
    };

    private static string Ordinal(int day) => day + (day % 10 == 1 && day != 11 ? "st" : day % 10 == 2 && day != 12 ? "nd" : day % 10 == 3 && day != 13 ? "rd" : "th");
}
