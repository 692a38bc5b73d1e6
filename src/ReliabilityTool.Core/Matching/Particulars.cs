using ReliabilityTool.Core.Claims;

namespace ReliabilityTool.Core.Matching;

/// <summary>
/// The particulars of a claim that pin down one event: the days, counts and places it names.
/// Reports of one event may disagree on one of them (that is a conflict to show), but claims
/// that disagree on two (another day and another place; another place and another toll) are
/// about different events, however alike their wording.
/// </summary>
internal sealed record Particulars(IReadOnlySet<string> Days, IReadOnlySet<double> Counts, IReadOnlySet<string> Places)
{
    public static Particulars Of(Claim claim) => new(
        claim.Details.Dates.Where(d => d.Value.Length == 10).Select(d => d.Value).ToHashSet(),
        claim.Details.Numbers.Where(n => n.Value >= 3).Select(n => n.Value).ToHashSet(),
        claim.Details.Entities.Where(e => e.Type == EntityType.Place).Select(e => e.Key).ToHashSet());

    public static int Disagreements(Particulars a, Particulars b) =>
        Differ(a.Days, b.Days) + Differ(a.Counts, b.Counts) + Differ(a.Places, b.Places);

    private static int Differ<T>(IReadOnlySet<T> a, IReadOnlySet<T> b) => a.Count > 0 && b.Count > 0 && !a.Overlaps(b) ? 1 : 0;
}
