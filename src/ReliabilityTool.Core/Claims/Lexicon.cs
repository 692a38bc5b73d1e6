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

    /// <summary>
    /// How the claim stage reads text apart from the lexicon's words. Raise it whenever a change to
    /// the extractor would make different claims from the same text: stored claims then count as stale.
    /// </summary>
    public const string ClaimStageVersion = "2026-11-21.15j";

    /// <summary>Identifies the lexicon's content, the claim stage and its check-worthiness model: claims made with another fingerprint are stale.</summary>
    public string Fingerprint => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join("\u0001",
        new[] { ClaimStageVersion, CheckWorthiness.Default.Fingerprint }.Concat(Hedges).Concat(["|"]).Concat(EvidenceCues.Select(c => $"{c.Kind}:{c.RefersBack}:{c.Pattern}")).Concat(["|"]).Concat(OpinionCues).Concat(["|"]).Concat(RecommendationCues)))))[..16];

    public static Lexicon Default { get; } = new(
        Hedges:
        [
            "reportedly", "allegedly", "alleged", "said to", "supposedly", "purportedly", "ostensibly", "suspected",
            "is expected to", "are expected to", "'s expected to", "’s expected to", "presumed", "appeared to", "apparent", "believed to be", "reported to be", "is reported to", "are reported to", "it appears", "seemed", "seem to",
            "may well have", "may have", "might", "could have", "we think", "we believe", "most likely", "likely", "probably", "possibly",
            "apparently", "presumably", "some reports indicate", "reports indicate", "experts believe", "is believed to",
            "who is believed", "it is believed", "are believed", "agencies believe", "suggested", "suggesting", "appears to", "appear to",
            "it seems", "seems", "is thought to", "unconfirmed", "it is claimed", "claimed",
            "perhaps", "could be", "may be", "may come", "must be in", "reason to think",
        ],
        EvidenceCues:
        [
            // Back-references: the attribution is carried by an earlier sentence.
            new(@"\b(?<cited>[Tt]he report)\s+(?:also\s+)?(?:stated|said|says|found|notes|noted|added)\b|\b(?:said|says)\s+the report\b|[”""]\s*[Tt]he report said", "official_report", RefersBack: true),
            new(@"^(?<cited>(?:He|She|They)) (?:said|stated|added|confirmed|explained|wrote|reported|identified)\b", "previous", RefersBack: true),
            new(@"\b(?<cited>[Tt]he statement) (?:verified|said|added|confirmed)\b", "official_statement", RefersBack: true),
            new(@"\b[Aa]ccording to (?<cited>the (?:documents|files))\b|\b(?<cited>[Tt]hat same letter)\b|\b(?<cited>[Tt]he (?:documents|document) say)", "declassified_document", RefersBack: true),

            // A court cited for what it decided, not named for what it is or will do: "Judge Doe ruled", "a federal court
            // found", "the jury convicted", "was sentenced", "a court ruling" — not "American courts" or "the court will hear".
            new(@"\b(?<cited>(?:(?:[Ff]ormer |[Ff]ederal |[Dd]istrict |U\.S\. |US )?[Jj]udge|[Jj]ustice)\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,3})(?=,?\s+(?:has\s+|had\s+)?(?:ruled|found|decided|held|ordered|sentenced|wrote|dismissed|rejected|granted|denied|concluded|determined|said)\b)|\b(?<cited>(?:(?:a|the|A|The)\s+)?(?:U\.S\.|US|[A-Z][a-z]+|local|federal|Federal|[Dd]istrict|[Ff]ederal|[Aa]ppeals?|[Ss]upreme|[Hh]igh|[Cc]riminal|[Ss]tate|\s)*(?:[Cc]ourts?|[Jj]ury|[Jj]udges?|[Jj]ustices|[Tt]ribunal)(?:\s+(?:in|of|for)\s+[A-Z][a-z]+(?:\s+(?:[A-Z][a-z]+|State))?)?)\s+(?:has\s+|have\s+|had\s+|also\s+)?(?:ruled|found|decided|held|ordered|sentenced|convicted|acquitted|dismissed|rejected|upheld|overturned|struck down|awarded|granted|denied|concluded|determined)\b|\b(?<cited>(?:a |the |A |The )?(?:federal |US |U\.S\. |district |appeals |appellate |supreme |high |lower )?court(?:['’]s)? (?:ruling|decision|judgment|judgement|verdict|order|opinion)s?|judicial decision)\b|\b(?<cited>(?:a |the |A |The )?(?:U\.S\. |US |[A-Z][a-z]+ )?(?:federal |[Dd]istrict |appeals |supreme |high )?[Cc]ourt)\s+(?:has\s+|had\s+)?issued\s+(?:a |an |its )?(?:[\w-]+\s+){0,2}(?:ruling|order|decision|verdict|judgment|judgement|opinion)\b|\b(?:was|were|been|is|are|being)\s+(?:\w+\s+)?(?<cited>convicted|sentenced|acquitted|found guilty)\b", "court_ruling"),
            new(@"\b(?<cited>court (?:records|documents|filings?|papers|transcripts?))\b", "official_report"),
            new(@"\b(?<cited>(?:[Tt]he )?(?:first )?(?:federal )?indictments?(?: of [A-Z][\w-]+)?)|\b(?:was|were|is|are|been|be|being)\s+(?:\w+\s+)?(?<cited>(?:charged|indicted))\s+(?:with|for|on|in)\b", "indictment"),
            new(@"\b(?<cited>(?:the )?(?:US )?Treasury(?: Department)?)\b[^.]{0,40}\b(?:designated|blacklisted|sanctioned)\b|\b(?:designated|blacklisted)\b", "government_designation"),
            // A named inquiry that reports: "the Warren Commission found", "as per the 7/7 Inquiry Report", "Report of the Joint Committee on …".
            new(@"\b(?<cited>(?:[Tt]he )?(?:[A-Z0-9][\w/.'’-]*\s+){1,4}(?:Commission|Committee|Inquiry|Panel)(?:\s+(?:on|of|for)\s+(?:[A-Z0-9][\w/'’-]*\s*){1,4})?(?:\s+[Rr]eport)?)(?=\s+(?:said|says|found|finds|reports?|reported|concluded|stated|states|issued|noted|notes|determined)\b)|\b(?:per|to|in) (?<cited>the (?:[A-Z0-9][\w/.'’-]*\s+){1,4}(?:Commission|Committee|Inquiry|Panel)(?:'s)? [Rr]eport)|\b(?<cited>Report of the (?:[A-Z0-9][\w/'’-]*\s+){1,4}(?:Commission|Committee|Inquiry|Panel)\b(?:\s+on(?:\s+[A-Z0-9][\w/'’-]*){1,4})?)|\b(?<cited>(?:formal|official) report)\b|\b(?<cited>(?:a |the )?\d+-page report)", "official_report"),
            new(@"\b(?<cited>(?:publicly available )?(?:US )?intelligence assessments)|\b(?<cited>(?:[A-Z]\w+ )?Federal (?:Office|Bureau|Agency) (?:for|of) [A-Z]\w+(?: [A-Z]\w+)?)", "official_report"),
            new(@"\b(?<cited>UN (?:panel of experts|report)|United Nations report)", "un_report"),
            new(@"\b(?<cited>declassified[\w\s-]{0,30}?(?:documents|material|intelligence(?: material)?|files))|\b(?<cited>(?:a trove of [\d,]+ )?documents?)\b[^.]{0,60}\b(?:found|seized|released|captured|abducted|published)\b|\b(?:found|seized|released|captured|abducted)\b[^.]{0,40}\b(?<cited>documents|files|materials)\b|\b(?<cited>(?:[Tt]he )?(?:[A-Z][\w'’-]+ )?(?:documents|files|papers|cables|letters) (?:reveal|show|say|indicate|describe|detail)\w*)|\b(?<cited>[A-Z][\w-]+[’']s (?:files|papers|letters|documents|diary|diaries))|\b(?<cited>(?:A |a )?document (?:presumably )?authored by [A-Z][\w ]+?)(?= in| refers|,)|\b(?<cited>(?:hand-written )?diary)\b|\b(?<cited>(?:a |the )?letter sent by [A-Z][\w ]+)|\b[Ii]n (?<cited>(?:that|another|this) letter)\b|\b(?<cited>CIA released (?:video|documents|files))|\b(?<cited>(?:video|documents|files), released by the CIA)", "declassified_document"),
            // An official named by title who speaks: "Secretary of State Jane Doe said", "former army general John Roe, who revealed", "a spokesman for the ministry, John Roe,", "Jane Doe, the deputy minister, said".
            new(@"\b(?<cited>(?:[Ff]ormer |[Tt]hen-)?(?:(?:[A-Z][\w.]*|army|navy|police|military|senior|top|deputy)\s+){0,3}(?:Secretary(?: of [A-Z]\w+)?|[Mm]inister|[Gg]eneral|[Ss]pokes(?:man|woman|person)|[Cc]ommander|[Aa]mbassador|[Dd]irector|[Cc]hief|[Oo]fficial|[Ss]enator|[Gg]overnor|[Mm]ayor|[Pp]rosecutor|[Ss]heriff|[Cc]olonel|[Dd]eputy)\s+[A-Z][\w'’-]+\s+[A-Z][\w'’-]+)(?=[^.]{0,80}\b(?:said|says|stated|states|told|added|revealed|revelation|confirmed|announced|wrote|explained|testified|disclosed|declared)\b)|\b(?<cited>(?:[Aa] |[Tt]he )?(?:former )?spokes(?:man|woman|person) for (?:the )?[A-Z][\w ]+?,\s+[A-Z][\w'’-]+\s+[A-Z][\w'’-]+)|\b(?<cited>(?:[A-Z]\w+ )?(?:official|minister|diplomat),\s+[A-Z][\w'’-]+\s+[A-Z][\w'’-]+)(?=,|\s+(?:said|says|stated|told|added))|\b(?<cited>[A-Z][\w'’-]+\s+[A-Z][\w'’-]+),\s+(?:the\s+|a\s+)?(?:former\s+|first\s+)?(?:leader|spokes(?:man|woman|person)|commander|deputy|minister|secretary|director|chief|official|ambassador|general)\b[^.]{0,120}?\b(?:said|says|stated|told|added)\b", "official_statement"),
            new(@"\b(?<cited>(?:[Tt]he )?(?:[A-Z]\w+ )?(?:Foreign|Interior|Defen[cs]e|Justice|Finance|Health|State) Ministry|(?:the )?Ministry of [A-Z]\w+(?: [A-Z]\w+)?)(?=[^.]{0,60}\b(?:said|says|stated|announced|reported|confirmed|denied|told|statement)\b)|\b[Aa]ccording to (?<cited>(?:the )?(?:[A-Z]\w+ )?(?:Foreign|Interior|Defen[cs]e|Justice|Finance|Health|State) Ministry|(?:the )?Ministry of [A-Z]\w+)", "official_statement"),
            new(@"\b(?<cited>(?:the )?(?:2012 statement by the )?State Department)\b(?=[^.]{0,60}\b(?:said|says|stated|announced|reported|confirmed|statement)\b)|\b(?<cited>(?:the )?(?:US )?Treasury)(?: Department)?\s+(?:said|reported|stated)\b|\b[Aa]ccording to (?<cited>Treasury)\b|\b(?<cited>(?:[A-Z]\w+ )?police (?:data|records|figures|statistics))\b|\b(?<cited>(?:The|the) US formally accused)|\b(?<cited>(?:the )?(?:U\.S\. government|FBI|(?:US )?Office of the Director of National Intelligence|(?:American )?National Intelligence Bureau))\b(?=\s+(?:has\s+|had\s+|also\s+)?(?:said|says|stated|announced|reported|confirmed|accused|found)\b)", "official_statement"),
            // A person's own account: testimony, a confession, an interview given.
            new(@"\b(?<cited>testimony(?: of [\w\s-]+?defector [A-Z]\w+ [\w-]+)?)|\b(?<cited>[Cc]onfessions?)\b|\b(?<cited>detainees?)\b[^.]{0,20}\bspoke\b|\b[Ii]n an? (?:exclusive |recent |televised )?interview(?: with [^,]{1,60})?,\s+(?<cited>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3})|\b(?<cited>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3})\s+(?:said|told [^.]{1,40}?|stated)\s+in an? (?:exclusive |recent |televised )?interview", "testimony"),
            new(@"\b(?<cited>(?:[Tt]he |American )?New York Times|Reuters|NBC|National Broadcasting Company|Atlantic Magazine|The Atlantic|Associated Press|CNN|BBC|Washington Post|(?:American )?media outlets|(?:[A-Z]\w+ )?state (?:media|television|TV|news agency))\b(?=\s+(?:also\s+)?(?:said|says|reported|reports|wrote|writes|published|revealed|quoted|aired|broadcast|found)\b)|\b(?:[Aa]ccording to|reported by|told|[Ii]n an interview with|quoted by|cited by|[Aa]s reported in|[Ii]n a report by) (?<cited>(?:[Tt]he |American )?New York Times|Reuters|NBC|National Broadcasting Company|Atlantic Magazine|The Atlantic|Associated Press|CNN|BBC|Washington Post|(?:American )?media outlets|(?:[A-Z]\w+ )?state (?:media|television|TV|news agency))\b|\b(?<cited>(?:[A-Z][\w'’-]+\s+){1,3}(?:News|Times|Post|Journal|Magazine|Channel(?: [IVX]+)?|Television|TV|Radio|Herald|Tribune|Gazette|Telegraph|Guardian))\s+(?:said|says|reported|reports|wrote|writes|published|revealed|quoted|aired|broadcast)\b|\b(?<cited>article published by [A-Z][\w ]+?)(?= on|,)", "news_report"),
            new(@"\b(?<cited>(?:one of his |a |the )?books?)\b", "book"),
            new(@"\b(?<cited>think tank|[A-Z][\w ]+ Institute(?: for [A-Z][\w ]+)?)\b", "think_tank"),
            // A group that campaigns for a side: an opposition or resistance movement, a lobby, a group in exile.
            new(@"\b(?<cited>(?:[A-Z]\w+ )?(?:[Oo]pposition|[Rr]esistance|[Ee]xile|[Aa]dvocacy|[Ll]obby(?:ing)?) (?:[Gg]roups?|[Mm]ovements?|[Cc]ouncil|[Oo]rgani[sz]ations?|[Cc]oalition))\b|\b(?:received by|according to|reported by|claims? (?:by|of)|said by) (?:the )?(?<cited>(?:[A-Z]\w+ )?(?:[Oo]pposition|[Rr]esistance)(?: (?:[Gg]roup|[Mm]ovement|[Cc]ouncil))?)\b", "advocacy_group"),
            new(@"\b(?<cited>(?:the )?intelligence sources|(?:some |Some )?intelligence agencies|intelligence officials|intelligence reports|(?:US|American) officials|(?:a )?high (?:rank )?official|High Rank Official|[Ss]ome reports|reports (?:indicate|suggest)|sources close to)\b|\b(?<cited>security experts and analysts|(?:most )?observers|[Ee]xperts|analysts)\b(?=\s+(?:say|said|says|believe|believed|warn|warned|think|estimate|estimated|note|noted|agree|suggest|suggested)\b)|\b[Aa]ccording to (?<cited>the intelligence)\b|\b(?<cited>the Intelligence) indicated|\b(?<cited>[Ww]ithout mentioning his name)", "anonymous"),
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
