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
}

/// <summary>The verdict on one source, always with the reasons it rests on.</summary>
public sealed record Partisanship(bool IsPartisan, IReadOnlyList<PartisanReason> Reasons)
{
    public IReadOnlyList<string> Basis => Reasons.Select(r => r.ToString()).ToList();
}

/// <summary>One reason, short enough for a table, with the basis a reader can check.</summary>
public sealed record PartisanReason(string Summary, string? Basis)
{
    public override string ToString() => Basis is null ? Summary : $"{Summary} [basis: {Basis}]";
}

public static class PartisanshipAssessor
{
    public static Partisanship Assess(SourceProfile source, PartisanshipRules rules)
    {
        var reasons = new List<PartisanReason>();

        var parties = rules.StoryParties.Count > 0 ? rules.StoryParties : source.StoryParties;
        bool Counts(Fact fact) => fact.Party is null || parties.Count == 0 || parties.Contains(fact.Party, StringComparer.OrdinalIgnoreCase);

        void Check(bool enabled, string who, string what, IEnumerable<Fact> facts)
        {
            if (!enabled) return;
            foreach (var fact in facts.Where(Counts))
                reasons.Add(new PartisanReason($"{what} ({who}): {fact.Value}{PartyNote(fact)}", fact.Basis));
        }

        if (source.Owner is { } owner)
        {
            Check(rules.StateOwnership, $"owner {owner.Name}", "state ownership", owner.StateOwnership);
            Check(rules.StateAlignment, $"owner {owner.Name}", "state alignment", owner.StateAlignment);
        }

        if (source.Publisher is { } publisher)
        {
            Check(rules.StateAlignment, $"publisher {publisher.Name}", "state alignment", publisher.StateAlignment);
            Check(rules.Advocacy, $"publisher {publisher.Name}", "declared advocacy", publisher.Advocacy);
            Check(rules.InterestedFunding, $"publisher {publisher.Name}", "funding by an interested party",
                publisher.Funding.Where(f => f.Party is not null));
            Check(rules.UndisclosedFunding, $"publisher {publisher.Name}", "undisclosed funding",
                publisher.Funding.Where(f => f.Party is null && f.Value.Contains("undisclosed", StringComparison.OrdinalIgnoreCase)));
        }

        foreach (var author in source.Authors)
            Check(rules.Advocacy, $"author {author.Name}", "declared advocacy", author.Advocacy);

        if (source.ProvenanceUnknown)
        {
            if (rules.UnknownProvenance == UnknownProvenance.Partisan)
                reasons.Add(new PartisanReason("unknown provenance: no publisher or author can be identified, and the rubric counts unknown provenance as partisan", null));
            else
                return new Partisanship(false, [new PartisanReason("unknown provenance: no publisher or author can be identified; the rubric does not count it as partisan", null)]);
        }

        return reasons.Count > 0
            ? new Partisanship(true, reasons)
            : new Partisanship(false, [new PartisanReason("no state ownership or alignment, declared advocacy or interested funding is recorded for this source", null)]);
    }

    private static string PartyNote(Fact fact) => fact.Party is null ? "" : $" (party: {fact.Party})";
}
