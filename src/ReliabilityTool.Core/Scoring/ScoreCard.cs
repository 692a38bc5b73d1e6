using ReliabilityTool.Core.Matching;

namespace ReliabilityTool.Core.Scoring;

/// <summary>
/// What the rubric makes of one assertion: its independence groups under the rubric's switches,
/// score, grade band (and the grade shown, which under Admiralty grading adds a letter), flags,
/// and a reason for each. Reports read these decisions here; they never work them out again.
/// </summary>
public sealed record ScoreCard(
    string AssertionId,
    double Score,
    string Grade,
    GradeBand Band,
    PrimaryBacking PrimaryBacking,
    IReadOnlyList<IndependenceGroup> Groups,
    IReadOnlyList<BreakdownLine> Breakdown,
    IReadOnlyList<FlagReason> Flags)
{
    public IReadOnlyList<string> FlagNames => Flags.Select(f => f.Flag).ToList();

    public bool Has(string flag) => Flags.Any(f => f.Flag == flag);
}

/// <summary>One rubric term's contribution: the points and why.</summary>
public sealed record BreakdownLine(string Term, double Points, string Why);

public sealed record FlagReason(string Flag, string Why);

public enum PrimaryBacking
{
    None,
    Cited,
    Verified,
}

public static class Flags
{
    public const string SinglePartisanSource = "single_partisan_source";
    public const string ConflictingDetails = "conflicting_details";
    public const string Hedged = "hedged";
    public const string Copied = "copied";
    public const string AnonymousOnly = "anonymous_only";
}
