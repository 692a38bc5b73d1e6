using System.Security.Cryptography;
using System.Text;

namespace ReliabilityTool.Core.Claims;

/// <summary>
/// An evidence cue: a pattern that, found in a sentence, means the sentence cites evidence of
/// <see cref="Kind"/>. A named group <c>cited</c> captures what is cited. A cue marked
/// <see cref="RefersBack"/> ("the report also stated") takes its source from an earlier sentence.
/// </summary>
public sealed record EvidenceCue(string Pattern, string Kind, bool RefersBack = false);

/// <summary>
/// The word lists the claim stage uses. The defaults live here; a rubric's <c>lexicons</c>
/// section extends them without recompiling.
/// </summary>
public sealed record Lexicon(
    IReadOnlyList<string> Hedges,
    IReadOnlyList<EvidenceCue> EvidenceCues,
    IReadOnlyList<string> OpinionCues,
    IReadOnlyList<string> RecommendationCues)
{
    public Lexicon Extend(IEnumerable<string> hedges, IEnumerable<EvidenceCue> cues, IEnumerable<string> opinionCues, IEnumerable<string> recommendationCues) =>
        new(Hedges.Concat(hedges).Distinct().ToList(), cues.Concat(EvidenceCues).ToList(),
            OpinionCues.Concat(opinionCues).Distinct().ToList(), RecommendationCues.Concat(recommendationCues).Distinct().ToList());

    /// <summary>Identifies the lexicon's content: claims made with another fingerprint are stale.</summary>
    public string Fingerprint => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join("\u0001",
        Hedges.Concat(["|"]).Concat(EvidenceCues.Select(c => $"{c.Kind}:{c.RefersBack}:{c.Pattern}")).Concat(["|"]).Concat(OpinionCues).Concat(["|"]).Concat(RecommendationCues)))))[..16];

    public static Lexicon Default { get; } = new(
        Hedges:
        [
            "reportedly", "allegedly", "alleged", "allegations", "said to", "supposedly", "purportedly", "ostensibly",
            "may well have", "may have", "might have", "might be", "could have", "most likely", "likely", "probably", "possibly",
            "apparently", "presumably", "some reports indicate", "reports indicate", "experts believe", "is believed to",
            "who is believed", "it is believed", "are believed", "agencies believe", "suggested", "suggesting", "appears to", "appear to",
            "it seems", "seems", "is thought to", "rumoured", "rumored", "unconfirmed", "it is claimed", "claimed",
            "perhaps", "could be", "may be", "may come", "must be in", "reason to think",
        ],
        EvidenceCues:
        [
            // Back-references: the attribution is carried by an earlier sentence.
            new(@"\b(?<cited>[Tt]he report)\s+(?:also\s+)?(?:stated|said|says|found|notes|noted|added)\b|\b(?:said|says)\s+the report\b|[”""]\s*[Tt]he report said", "official_report", RefersBack: true),
            new(@"^(?<cited>(?:He|She|They)) (?:said|stated|statedthat|added|confirmed|explained|wrote|reported|identified)\b", "previous", RefersBack: true),
            new(@"\b(?<cited>[Tt]he statement) (?:verified|said|added|confirmed)\b", "official_statement", RefersBack: true),
            new(@"\b[Aa]ccording to (?<cited>the (?:documents|files))\b|\b(?<cited>[Tt]hat same letter)\b|\b(?<cited>[Tt]he (?:documents|document) say)", "declassified_document", RefersBack: true),

            new(@"\b(?<cited>Judge\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*){1,3})", "court_ruling"),
            new(@"\b(?<cited>(?:(?:a|the|A|The)\s+)?(?:U\.S\.|US|American|British|local|federal|Federal)?\s*(?:[Dd]istrict|[Ff]ederal)?\s*[Cc]ourts?(?:\s+(?:in|of)\s+[A-Z][a-z]+(?:\s+(?:[A-Z][a-z]+|State))?)?)(?!\s+ruling)", "court_ruling"),
            new(@"\b(?<cited>(?:a |the )?(?:federal |US |U\.S\. )?court ruling|judicial decision|federal judge|US federal judge|(?:subsequent )?US trial)\b|\bruled that\b|\bconvicted of\b", "court_ruling"),
            new(@"\b(?<cited>(?:[Tt]he )?(?:first )?(?:federal )?indictments?(?: of [A-Z][\w-]+)?)", "indictment"),
            new(@"\b(?<cited>(?:the )?(?:US )?Treasury(?: Department)?)\b[^.]{0,40}\b(?:designated|blacklisted|sanctioned)\b|\b(?:designated|blacklisted)\b", "government_designation"),
            new(@"\b(?<cited>(?:[Tt]he )?9/11 Commission(?: Report)?)|\b(?<cited>(?:[Tt]he )?(?:Report of the )?Joint Committee on 11 September(?: 2001| attacks)?)|\b(?<cited>(?:formal|official) report)\b|\b(?<cited>(?:a |the )?\d+-page report)", "official_report"),
            new(@"\b(?<cited>(?:publicly available )?(?:US )?intelligence assessments)|\b(?<cited>German Federal Office for Criminal Investigation)", "official_report"),
            new(@"\b(?<cited>UN (?:panel of experts|report)|United Nations report)", "un_report"),
            new(@"\b(?<cited>declassified[\w\s-]{0,30}?(?:documents|material|intelligence(?: material)?|files))|\b(?<cited>(?:[Tt]he )?Abbott?abad (?:documents|files|Compound))|\b(?<cited>(?:a trove of [\d,]+ )?documents?)\b[^.]{0,60}\b(?:found|seized|released|captured|abducted|published)\b|\b(?:found|seized|released|captured|abducted)\b[^.]{0,40}\b(?<cited>documents|files|materials)\b|\b(?<cited>[Bb]in Laden[’']s files)|\b(?<cited>(?:A |a )?document (?:presumably )?authored by [A-Z][\w ]+?)(?= in| refers|,)|\b(?<cited>(?:hand-written )?diary)\b|\b(?<cited>(?:a |the )?letter sent by [A-Z][\w ]+)|\b[Ii]n (?<cited>(?:that|another|this) letter)\b|\b(?<cited>CIA released (?:video|documents|files))|\b(?<cited>(?:video|documents|files), released by the CIA)", "declassified_document"),
            new(@"\b(?<cited>(?:US )?Secretary of State(?: [A-Z]\w+ [A-Z]\w+)?)|\b(?<cited>Pompeo)\b|\b(?<cited>(?:the )?(?:2012 statement by the )?State Department)\b|\b(?<cited>(?:the )?(?:US )?Treasury)(?: Department)?\s+(?:said|reported|stated)\b|\b[Aa]ccording to (?<cited>Treasury)\b|\b(?<cited>(?:the )?Iranian Foreign Ministry)\b|\b(?<cited>Iranian police data)\b|\b(?<cited>(?:The|the) US formally accused)|\b(?<cited>(?:the )?U\.S\. government)\b|\b(?<cited>(?:the )?FBI)\b|\b(?<cited>(?:[Tt]he )?(?:US )?Office of the Director of National Intelligence)|\b(?<cited>(?:American )?National Intelligence Bureau)", "official_statement"),
            new(@"\b(?<cited>(?:former )?(?:IRGC|Revolutionary Guards?)\s+(?:general|spokesman|commander)\s+[A-Z]\w+\s+[A-Z]\w+)|\b(?<cited>(?:A |a )?former spokesman for the IRGC,\s+[A-Z]\w+\s+[A-Z]\w+)|\b(?<cited>(?:Another )?Iranian official,\s+[A-Z]\w+\s+[A-Z]\w+)|\b(?<cited>Muhammed Jawad Larejani)\s+said|\b(?<cited>Jawad Mansouri)\b", "official_statement"),
            new(@"\b(?<cited>testimony(?: of [\w\s-]+?defector [A-Z]\w+ [\w-]+)?)|\b(?<cited>[Cc]onfessions?)\b|\b(?<cited>detainees?)\b[^.]{0,20}\bspoke\b|\b(?<cited>Tawfeek Ben Atash)", "testimony"),
            new(@"\b(?<cited>(?:[Tt]he |American )?New York Times|Reuters|Sky News|NBC|National Broadcasting Company|Le Monde(?: Journal)?|Atlantic Magazine|The Atlantic|Associated Press|CNN|BBC|Washington Post|Iranian Satellite Channel II|(?:American )?media outlets|(?:Iranian )?state media)\b|\b(?<cited>article published by [A-Z][\w ]+?)(?= on|,)", "news_report"),
            new(@"\b(?<cited>(?:one of his |a |the )?books?)\b", "book"),
            new(@"\b(?<cited>think tank|[A-Z][\w ]+ Institute(?: for [A-Z][\w ]+)?)\b", "think_tank"),
            new(@"\b(?<cited>(?:Iranian )?(?:Resistance Movement|Opposition represented by Mujahedi Khalk|Mujahedi(?:n)?(?:-e)? Kh?alk|Mujahedin-e Khalq|MEK|NCRI))\b", "advocacy_group"),
            new(@"\b(?<cited>(?:the )?intelligence sources|(?:some |Some )?intelligence agencies|intelligence officials|intelligence reports|(?:US|American) officials|(?:a )?high (?:rank )?official|High Rank Official|[Ss]ome reports|reports (?:indicate|suggest)|security experts and analysts|(?:most )?observers|[Ee]xperts|analysts|sources close to)\b|\b[Aa]ccording to (?<cited>the intelligence)\b|\b(?<cited>the Intelligence) indicated|\b(?<cited>[Ww]ithout mentioning his name)", "anonymous"),
        ],
        OpinionCues:
        [
            "I think", "We think", "we think", "I believe", "we believe", "in my view", "in our view", "unfortunately", "no doubt",
            "it seems probable", "is best described", "godfather", "the danger lies", "false narrative", "irrefutable",
            "marriage of convenience", "perilous", "rather unrealistic", "implausible", "is not a controversy",
            "is neither new nor old", "imminent threat", "spiritual godfather", "highly contentious", "potent weapon",
            "This reality", "This is why", "This means", "In other words", "increases the likelihood", "gives a reason to think",
            "So, ",
        ],
        RecommendationCues:
        [
            "should", "ought to", "must be confronted", "must not", "it is incumbent", "is incumbent on", "need to be", "needs to be", "has to be",
        ]);
}
