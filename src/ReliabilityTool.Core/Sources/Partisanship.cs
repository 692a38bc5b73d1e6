using ReliabilityTool.Core.Documents;

namespace ReliabilityTool.Core.Sources;

/// <summary>How unknown provenance counts when deciding whether a source is partisan.</summary>
public enum UnknownProvenance
{
    /// <summary>Nobody can be identified behind it, so nothing shows it has no stake: treat as partisan.</summary>
    Partisan,
    NotPartisan,
}

/// <summary>Which source metadata make a source partisan for this story (a rubric section).</summary>
/// <param name="StoryParties">
/// The parties to the story, when an editor overrides the corpus's own (<c>story_parties</c> in its
/// <c>sources.yaml</c>); a statement tied to another party does not count. Empty here and in the
/// corpus: any party counts. Who the parties are is a fact about a corpus, never a default.
/// </param>
public sealed record PartisanshipRules(
    IReadOnlyList<string> StoryParties,
    bool StateOwnership,
    bool StateAlignment,
    bool Advocacy,
    bool InterestedFunding,
    bool UndisclosedFunding,
    UnknownProvenance UnknownProvenance)
{
    public static PartisanshipRules Default { get; } = new(
        [], true, true, true, true, false, UnknownProvenance.Partisan);

    /// <summary>An outlet that rests its story on one party's claims carries that party's case (<c>relies_on_party</c>).</summary>
    public bool ReliesOnParty { get; init; } = true;
}

/// <summary>What a partisan reason rests on, so reports and scoring read it as a value, not from its wording.</summary>
public enum PartisanKind
{
    StateOwnership,
    StateAlignment,
    Advocacy,
    InterestedFunding,
    UndisclosedFunding,
    ReliesOnParty,
    UnknownProvenance,

    /// <summary>Not partisan: nothing recorded gives the source a stake.</summary>
    None,
}

/// <summary>The verdict on one source, always with the reasons it rests on.</summary>
public sealed record Partisanship(bool IsPartisan, IReadOnlyList<PartisanReason> Reasons)
{
    public IReadOnlyList<string> Basis => Reasons.Select(r => r.ToString()).ToList();
}

/// <summary>One reason, short enough for a table, with the basis a reader can check.</summary>
public sealed record PartisanReason(string Summary, string? Basis, PartisanKind Kind)
{
    /// <summary>The name report.json gives the kind: the rubric's own switch name.</summary>
    public string KindName => Kind switch
    {
        PartisanKind.StateOwnership => "state_ownership",
        PartisanKind.StateAlignment => "state_alignment",
        PartisanKind.Advocacy => "advocacy",
        PartisanKind.InterestedFunding => "interested_funding",
        PartisanKind.UndisclosedFunding => "undisclosed_funding",
        PartisanKind.ReliesOnParty => "relies_on_party",
        PartisanKind.UnknownProvenance => "unknown_provenance",
        _ => "none",
    };

    public override string ToString() => Basis is null ? Summary : $"{Summary} [basis: {Basis}]";
}

public static class PartisanshipAssessor
{
    public static Partisanship Assess(Document document, PartisanshipRules rules) => Assess(document.Source, rules, document.FromText);

    /// <param name="text">What the document's own text says about its source, for the unknown-provenance reason to count.</param>
    public static Partisanship Assess(SourceProfile source, PartisanshipRules rules, TextMetadata? text = null)
    {
        var reasons = new List<PartisanReason>();

        var parties = rules.StoryParties.Count > 0 ? rules.StoryParties : source.StoryParties;
        bool Counts(Fact fact) => fact.Party is null || parties.Count == 0 || parties.Contains(fact.Party, StringComparer.OrdinalIgnoreCase);

        void Check(bool enabled, PartisanKind kind, string who, string what, IEnumerable<Fact> facts)
        {
            if (!enabled) return;
            foreach (var fact in facts.Where(Counts))
                reasons.Add(new PartisanReason($"{what} ({who}): {fact.Value}{PartyNote(fact)}", fact.Basis, kind));
        }

        if (source.Owner is { } owner)
        {
            Check(rules.StateOwnership, PartisanKind.StateOwnership, $"owner {owner.Name}", "state ownership", owner.StateOwnership);
            Check(rules.StateAlignment, PartisanKind.StateAlignment, $"owner {owner.Name}", "state alignment", owner.StateAlignment);
        }

        if (source.Publisher is { } publisher)
        {
            Check(rules.StateAlignment, PartisanKind.StateAlignment, $"publisher {publisher.Name}", "state alignment", publisher.StateAlignment);
            Check(rules.Advocacy, PartisanKind.Advocacy, $"publisher {publisher.Name}", "declared advocacy", publisher.Advocacy);
            Check(rules.InterestedFunding, PartisanKind.InterestedFunding, $"publisher {publisher.Name}", "funding by an interested party",
                publisher.Funding.Where(f => f.Party is not null));
            Check(rules.UndisclosedFunding, PartisanKind.UndisclosedFunding, $"publisher {publisher.Name}", "undisclosed funding",
                publisher.Funding.Where(f => f.Party is null && f.Value.Contains("undisclosed", StringComparison.OrdinalIgnoreCase)));
            Check(rules.ReliesOnParty, PartisanKind.ReliesOnParty, $"publisher {publisher.Name}", "relies on a party's claims", publisher.ReliesOn.Where(f => f.Party is not null));
        }

        foreach (var author in source.Authors)
        {
            Check(rules.Advocacy, PartisanKind.Advocacy, $"author {author.Name}", "declared advocacy", author.Advocacy);
            Check(rules.ReliesOnParty, PartisanKind.ReliesOnParty, $"author {author.Name}", "relies on a party's claims", author.ReliesOn.Where(f => f.Party is not null));
        }

        if (source.ProvenanceUnknown)
        {
            var given = TextGives(text);
            if (rules.UnknownProvenance == UnknownProvenance.Partisan)
                reasons.Add(new PartisanReason($"unknown provenance: {given}; nothing is recorded about who publishes, owns or funds it, and the rubric counts unknown provenance as partisan", null, PartisanKind.UnknownProvenance));
            else
                return new Partisanship(false, [new PartisanReason($"unknown provenance: {given}; nothing is recorded about who publishes, owns or funds it, and the rubric does not count that as partisan", null, PartisanKind.UnknownProvenance)]);
        }

        return reasons.Count > 0
            ? new Partisanship(true, reasons)
            : new Partisanship(false, [new PartisanReason("no state ownership or alignment, declared advocacy, interested funding or reliance on a party's claims is recorded for this source", null, PartisanKind.None)]);
    }

    /// <summary>What the text itself identifies (a byline, a copyright line, a publisher's footer): unknown provenance says exactly that much.</summary>
    private static string TextGives(TextMetadata? text)
    {
        var given = new List<string>();
        if (text is not null)
        {
            if (text.Authors.Count > 0) given.Add($"a byline ({string.Join("; ", text.Authors)})");
            if (text.CopyrightHolder is { } holder) given.Add($"a copyright line ({holder})");
            if (text.PublisherNamed is { } named && named != text.CopyrightHolder) given.Add($"a publisher's footer ({named})");
        }

        return given.Count == 0
            ? "the text gives no byline, copyright line or publisher's footer"
            : $"the text gives {string.Join(" and ", given)}, but no sources.yaml entry says who stands behind it";
    }

    private static string PartyNote(Fact fact) => fact.Party is null ? "" : $" (party: {fact.Party})";
}
