using ReliabilityTool.Core.Text;

namespace ReliabilityTool.Core.Claims;

/// <summary>
/// One sentence or list item of a document. <see cref="Text"/> is exactly the original text
/// between <see cref="Start"/> and <see cref="End"/>, so a reader can find it in the article.
/// </summary>
public sealed record Claim(
    string Id,
    string DocumentId,
    int Start,
    int End,
    string Text,
    ClaimKind Kind,
    double CheckWorthy,
    IReadOnlyList<string> CheckWorthyReasons,
    IReadOnlyList<string> Hedges,
    IReadOnlyList<Evidence> Evidence,
    ClaimDetails Details)
{
    public bool IsHedged => Hedges.Count > 0;

    /// <summary>
    /// The document this sentence is quoted from, when it stands inside a document quoted at
    /// length (a letter, a report): its words are the document's, so it cites nothing itself.
    /// </summary>
    public string? QuotedFrom { get; init; }

    /// <summary>
    /// Factual assertions, quoted statements and notes are what the rest of the pipeline weighs: a
    /// footnote states something too, as the author's aside, and its kind lets a reader (and the
    /// report's lead, issue 16) tell it apart.
    /// </summary>
    public bool IsAssertion => Kind is ClaimKind.Factual or ClaimKind.Quote or ClaimKind.Note;

    public EvidenceClass? StrongestEvidence => Evidence.Count == 0 ? null : Evidence.Min(e => e.Class);
}

public enum ClaimKind
{
    Factual,
    Quote,
    Opinion,
    Recommendation,
    Question,

    /// <summary>A footnote: what the author adds beside the text. It is matched and scored like an assertion, so nothing is hidden, but it is not the article's factual claim.</summary>
    Note,
}

/// <summary>What a claim cites, as written ("Judge John D. Bates"), its class and its kind.</summary>
/// <param name="CarriedFrom">Set when the attribution comes from an earlier sentence ("The report also stated …").</param>
public sealed record Evidence(string Cited, EvidenceClass Class, string Kind, string? CarriedFrom = null);

/// <summary>Ordered from strongest to weakest.</summary>
public enum EvidenceClass
{
    Primary,
    Secondary,
    Anonymous,
}

/// <summary>The details later stages match and compare: who, what, where, when, how many.</summary>
public sealed record ClaimDetails(IReadOnlyList<Entity> Entities, IReadOnlyList<DateMention> Dates, IReadOnlyList<NumberMention> Numbers)
{
    public static ClaimDetails Empty { get; } = new([], [], []);
}

/// <summary>A named person, organisation or place; <see cref="Key"/> is the same for spelling variants.</summary>
public sealed record Entity(string Text, string Key, EntityType Type);

public enum EntityType
{
    Person,
    Organisation,
    Place,
}

/// <summary>A number as written and its value ("eight" → 8, "$7 million" → 7000000).</summary>
public sealed record NumberMention(string Written, double Value);
