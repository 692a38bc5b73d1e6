using System.Globalization;
using ReliabilityTool.Core.Claims;
using ReliabilityTool.Core.Matching;
using ReliabilityTool.Core.Sources;
using ReliabilityTool.Core.Text;

namespace ReliabilityTool.Core.Scoring;

/// <summary>
/// Turns an assertion's evidence into a score card. Pure: the same rubric and evidence always
/// give the same card, and every point and flag comes with the reason for it.
/// </summary>
internal static class RubricScorer
{
    /// <param name="memo">
    /// What the cards of one run repeat: reasons many cards give word for word (every assertion of
    /// one partisan document gives the same basis), and the source terms of each document that
    /// carries assertions alone. Without one, each card is worked out and holds its own strings.
    /// </param>
    public static ScoreCard Score(Rubric rubric, AssertionEvidence evidence, ScoringMemo? memo = null)
    {
        var assertion = evidence.Assertion;
        var claims = evidence.Claims;
        var lines = new List<BreakdownLine>();
        var flags = new List<FlagReason>();

        lines.Add(new BreakdownLine("base", rubric.Base, "every assertion starts here"));

        var sources = memo is not null && assertion.DocumentIds.Count == 1 && assertion.Relations.Relations.Count == 0 && assertion.Relations.Carried.Count <= 1
            ? memo.OfOneDocument(assertion.DocumentIds[0], assertion.Relations.Carried.Count == 0 ? null : assertion.Relations.Carried[0],
                static s => SourcesOf(s.rubric, s.evidence, s.memo), (rubric, evidence, memo))
            : SourcesOf(rubric, evidence, memo);
        var groups = sources.Groups;
        lines.Add(sources.Corroboration);

        var (backing, primaryLine) = Primary(rubric, claims);
        if (primaryLine is not null) lines.Add(primaryLine);

        var hedged = claims.All(c => c.IsHedged);
        if (hedged)
        {
            var words = claims.SelectMany(c => c.Hedges).Distinct().ToList();
            flags.Add(new FlagReason(Flags.Hedged, $"every claim of it is hedged ({string.Join(", ", words)})"));
            lines.Add(new BreakdownLine("hedged", rubric.Penalties.Hedged, $"only ever asserted with hedging: {string.Join(", ", words)}"));
        }

        if (OnlyAnonymous(claims))
        {
            flags.Add(new FlagReason(Flags.AnonymousOnly, $"its only sources are anonymous ({string.Join(", ", claims.SelectMany(c => c.Evidence).Select(e => e.Cited).Distinct())})"));
            lines.Add(new BreakdownLine("anonymous sourcing", rubric.Penalties.AnonymousOnly, "rests only on anonymous sources"));
        }

        if (assertion.Conflicts.Count > 0)
        {
            var what = string.Join("; ", assertion.Conflicts.Select(c => $"{c.Detail}: {string.Join(" vs ", c.Values.Select(v => v.Value))}"));
            flags.Add(new FlagReason(Flags.ConflictingDetails, $"its claims disagree on {what}"));
            lines.Add(new BreakdownLine("conflicting details", rubric.Penalties.ConflictingDetails, what));
        }

        if (sources.Partisan is not null)
        {
            flags.Add(sources.Partisan);
            lines.Add(sources.PartisanLine!);
        }

        var copying = groups.Any(g => g.Reasons.Count > 0) ? groups.SelectMany(g => g.Reasons).Where(DocumentRelations.IsCopying).Select(r => r.Text).Distinct().ToList() : [];
        if (copying.Count > 0)
        {
            var reasons = copying;
            flags.Add(new FlagReason(Flags.Copied, $"{string.Join("; ", reasons)}: the copy does not corroborate the original"));
            if (rubric.Penalties.Copied != 0) lines.Add(new BreakdownLine("copied", rubric.Penalties.Copied, "part of it was copied between documents"));
        }

        var raw = lines.Sum(l => l.Points);
        if (rubric.PrimaryDocuments.CapWithoutPrimary is { } cap && backing == PrimaryBacking.None && raw > cap)
        {
            lines.Add(new BreakdownLine("no primary document", cap - raw, $"the rubric caps assertions without a primary document at {Format(cap)}"));
            raw = cap;
        }

        var score = Math.Round(Math.Clamp(raw, 0, 100), 1, MidpointRounding.AwayFromZero);
        var band = rubric.GradeFor(score);
        return new ScoreCard(assertion.Id, score, Grade(rubric, band, groups.Count, evidence), band, backing, groups, lines.ToArray(), Order(flags));
    }

    /// <summary>The terms that depend only on the assertion's documents, the relations among them and their partisanship.</summary>
    private static SourceTerms SourcesOf(Rubric rubric, AssertionEvidence evidence, ScoringMemo? memo)
    {
        string Shared(string text) => memo?.Strings.Of(text) ?? text;
        var assertion = evidence.Assertion;
        var groups = IndependencePolicy.Groups(assertion.DocumentIds, assertion.Relations, rubric.Independence);
        var step = rubric.CorroborationFor(groups.Count);
        var corroboration = new BreakdownLine("corroboration", step.Points, Shared(
            groups.Count == 1
                ? $"carried by 1 independent group ({Join(groups[0].DocumentIds)})"
                : $"carried by {groups.Count} independent groups: {string.Join("; ", groups.Select(g => Join(g.DocumentIds)))}"));
        if (groups.Count != 1) return new SourceTerms(groups, corroboration, null, null);

        var group = groups[0];
        // Documents that only reprint an origin's copy do not decide the group's partisanship: the origin does.
        var counted = group.Origin is null ? group.DocumentIds : group.DocumentIds.Except(group.Carriers).Append(group.Origin).Distinct();
        var partisanMembers = counted.Where(d => evidence.Partisanship.TryGetValue(d, out var p) && p.IsPartisan).ToList();
        if (partisanMembers.Count == 0) return new SourceTerms(groups, corroboration, null, null);

        var why = string.Join("; ", partisanMembers.Select(d => $"{d}: {string.Join("; ", evidence.Partisanship[d].Reasons.Select(r => r.Summary))}"));
        var copiedNote = group.DocumentIds.Count > 1 ? $" ({string.Join("; ", group.Reasons.Select(r => r.Text))})" : "";
        var originRule = group.Carriers.Count > 0
            ? $"; the origin ({group.Origin}) decides the partisanship of the {group.Carriers.Count} documents that carry its copy: a story does not become neutral because other outlets reprint it"
            : "";
        return new SourceTerms(
            groups,
            corroboration,
            new FlagReason(Flags.SinglePartisanSource, Shared($"every document carrying it falls in one independence group{copiedNote}, and that group is partisan: {why}{originRule}")),
            new BreakdownLine("single partisan source", rubric.Penalties.SinglePartisanSource, "no independent source carries it, and its one source has a stake in the story"));
    }

    /// <summary>The line of most cards, one instance for all: an archive's cards are scored by the hundred thousand, and the collector was half their time.</summary>
    private static readonly BreakdownLine NoPrimaryCited = new("primary documents", 0, "no primary document is cited");

    private static (PrimaryBacking, BreakdownLine?) Primary(Rubric rubric, IReadOnlyList<Claim> claims)
    {
        var rules = rubric.PrimaryDocuments;
        if (!Cites(claims, EvidenceClass.Primary))
        {
            if (!Cites(claims, EvidenceClass.Secondary)) return (PrimaryBacking.None, NoPrimaryCited);
            var secondary = claims.SelectMany(c => c.Evidence).Where(e => e.Class == EvidenceClass.Secondary).Select(e => e.Cited).Distinct();
            return (PrimaryBacking.None, new BreakdownLine("secondary sources", rules.SecondaryPoints, $"cites secondary sources only: {string.Join(", ", secondary)}"));
        }

        var cited = claims.SelectMany(c => c.Evidence).Where(e => e.Class == EvidenceClass.Primary).ToList();

        var verified = cited.Where(e => rules.Verified.Any(v => v.Kind == e.Kind && e.Cited.Contains(v.Cited, StringComparison.OrdinalIgnoreCase))).ToList();
        var best = (verified.Count > 0 ? verified : cited).MaxBy(e => rules.Points.GetValueOrDefault(e.Kind))!;
        var points = rules.Points.GetValueOrDefault(best.Kind);
        if (verified.Count > 0)
        {
            var basis = rules.Verified.First(v => v.Kind == best.Kind && best.Cited.Contains(v.Cited, StringComparison.OrdinalIgnoreCase)).Basis;
            return (PrimaryBacking.Verified, new BreakdownLine("primary documents", points, $"{best.Kind.Replace('_', ' ')} cited and verified: {best.Cited} ({basis})"));
        }

        return (PrimaryBacking.Cited, new BreakdownLine("primary documents", Math.Round(points * rules.UnverifiedFactor, 1),
            $"{best.Kind.Replace('_', ' ')} cited ({best.Cited}) but not verified: {Format(points)} points × {Format(rules.UnverifiedFactor)}"));
    }

    private static string Grade(Rubric rubric, GradeBand band, int groups, AssertionEvidence evidence)
    {
        if (rubric.Admiralty is not { } admiralty) return band.Label;

        // Credibility 1 is "confirmed by other independent sources": it needs enough groups.
        var credibility = band.Label;
        if (credibility == "1" && groups < admiralty.ConfirmedNeedsGroups) credibility = "2";

        var partisanship = evidence.Assertion.DocumentIds.Select(d => evidence.Partisanship.GetValueOrDefault(d)).ToList();
        var letter = partisanship.Any(p => p is { IsPartisan: false }) ? admiralty.NotPartisan
            : partisanship.All(p => p is null || p.Reasons.Any(r => r.Kind == PartisanKind.UnknownProvenance)) ? admiralty.Unknown
            : admiralty.Partisan;
        return letter + credibility;
    }

    private static readonly string[] FlagOrder = [Flags.SinglePartisanSource, Flags.ConflictingDetails, Flags.Hedged, Flags.AnonymousOnly, Flags.Copied];

    private static IReadOnlyList<FlagReason> Order(List<FlagReason> flags) => flags.Count switch
    {
        0 => [],
        1 => [flags[0]],
        _ => flags.OrderBy(f => Array.IndexOf(FlagOrder, f.Flag)).ToArray(),
    };

    private static bool Cites(IReadOnlyList<Claim> claims, EvidenceClass kind)
    {
        foreach (var claim in claims)
        {
            foreach (var e in claim.Evidence)
            {
                if (e.Class == kind) return true;
            }
        }

        return false;
    }

    /// <summary>Some source is cited, and every one is anonymous.</summary>
    private static bool OnlyAnonymous(IReadOnlyList<Claim> claims)
    {
        var any = false;
        foreach (var claim in claims)
        {
            foreach (var e in claim.Evidence)
            {
                if (e.Class != EvidenceClass.Anonymous) return false;
                any = true;
            }
        }

        return any;
    }

    private static string Join(IEnumerable<string> ids) => string.Join(", ", ids);

    private static string Format(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
