namespace ReliabilityTool.Core.Scoring;

/// <summary>What the rubric makes of one assertion: score, grade, flags, and a reason for each.</summary>
public sealed record ScoreCard(
    string AssertionId,
    double Score,
    string Grade,
    PrimaryBacking PrimaryBacking,
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
