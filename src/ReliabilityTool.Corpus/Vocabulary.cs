namespace ReliabilityTool.Corpus;

/// <summary>The words generated articles are made of: enough variety that unrelated sentences rarely look alike.</summary>
internal static class Vocabulary
{
    // Places and sides from around the world, tied to no story the tool is judged on; the names are WordNet's, so the
    // claim stage knows them for places as it would in real news.
    public static readonly string[] Cities =
    [
        "Lagos", "Lima", "Oslo", "Quito", "Accra", "Dakar", "Hanoi", "Manila", "Jakarta", "Dhaka", "Nairobi", "Kampala", "Lusaka",
        "Harare", "Maputo", "Luanda", "Bamako", "Niamey", "Tunis", "Rabat", "Lisbon", "Madrid", "Porto", "Lyon", "Milan", "Naples",
        "Vienna", "Prague", "Krakow", "Riga", "Vilnius", "Tallinn", "Helsinki", "Bergen", "Ghent", "Utrecht", "Bogota", "Caracas",
        "Santiago", "Montevideo", "Asuncion", "La Paz", "Recife", "Havana", "Kingston", "Valparaiso", "Mombasa", "Kumasi", "Cebu", "Da Nang",
    ];

    public static readonly string[] Countries = ["Peru", "Chile", "Ghana", "Kenya", "Norway", "Portugal", "Vietnam", "Bolivia", "Senegal", "Latvia", "Uruguay", "Zambia"];

    public static readonly string[] Parties = ["Peru", "Chile", "Bolivia", "Ecuador"];

    public static readonly string[] Nouns =
    [
        "network", "council", "border", "pipeline", "budget", "province", "harbour", "militia", "convoy", "archive", "treaty", "ceasefire",
        "corridor", "refinery", "garrison", "election", "parliament", "embargo", "shipment", "tribunal", "negotiation", "summit", "charity",
        "ministry", "checkpoint", "prison", "camp", "airport", "warehouse", "mosque", "market", "village", "district", "faction", "coalition",
        "currency", "tanker", "satellite", "drone", "missile", "reactor", "uranium", "passport", "visa", "bank", "account", "ledger", "courier",
        "safehouse", "compound", "tunnel", "highway", "bridge", "port", "strait", "island", "desert", "valley", "mountain", "river", "oasis",
        "school", "hospital", "newspaper", "broadcast", "website", "channel", "archive", "memoir", "diary", "letter", "cable", "transcript",
        "contract", "licence", "auction", "tender", "loan", "grant", "subsidy", "tariff", "quota", "reform", "protest", "strike", "curfew",
        "amnesty", "pardon", "verdict", "appeal", "inquiry", "audit", "census", "survey", "mandate", "charter", "alliance", "rivalry", "feud",
    ];

    public static readonly string[] Adjectives =
    [
        "northern", "southern", "eastern", "western", "coastal", "rural", "urban", "secret", "public", "former", "regional", "provincial",
        "military", "civilian", "financial", "religious", "tribal", "maritime", "diplomatic", "commercial", "clandestine", "official",
        "temporary", "permanent", "disputed", "abandoned", "crowded", "remote", "strategic", "costly", "fragile", "rival", "allied",
    ];

    public static readonly string[] Verbs =
    [
        "expanded", "closed", "reopened", "inspected", "audited", "funded", "blocked", "rebuilt", "surveyed", "monitored", "relocated",
        "renamed", "restructured", "suspended", "approved", "rejected", "delayed", "announced", "documented", "mapped", "guarded", "seized",
        "dismantled", "upgraded", "leased", "sold", "purchased", "doubled", "halved", "reviewed", "challenged", "published", "leaked",
    ];

    public static readonly string[] OpinionWords = ["a grave mistake", "a dangerous gamble", "a shameful betrayal", "a welcome step", "an obvious failure", "a cynical manoeuvre"];

    public static readonly string[] GroupNames = ["the Northern Front", "the River Alliance", "the Coastal Brigades", "the Highland Movement", "the Dawn Party", "the Lakeside Union"];

    public static readonly string[] Titles =
    [
        "What the {0} files reveal", "Inside the {0} network", "The quiet deal behind the {0}", "How the {0} changed the region",
        "Questions over the {0}", "A new reading of the {0}", "The {0} and its critics", "Who paid for the {0}",
    ];
}
