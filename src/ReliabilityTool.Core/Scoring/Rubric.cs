using ReliabilityTool.Core.Claims;
using ReliabilityTool.Core.Matching;
using ReliabilityTool.Core.Sources;

namespace ReliabilityTool.Core.Scoring;

/// <summary>
/// An editor's judgement, as data: what makes a source partisan, what makes documents
/// independent, and how evidence turns into points, a grade and flags.
/// </summary>
public sealed record Rubric(
    string Name,
    string File,
    string Sha256,
    string Description,
    PartisanshipRules Partisanship,
    IndependenceRules Independence,
    double Base,
    IReadOnlyList<CorroborationStep> Corroboration,
    PrimaryDocumentRules PrimaryDocuments,
    Penalties Penalties,
    IReadOnlyList<GradeBand> Grades,
    AdmiraltyRules? Admiralty,
    Lexicon Lexicon,
    ReportRules Report)
{
    /// <summary>Points for the number of independent groups: the step with the largest <see cref="CorroborationStep.Groups"/> not above the count.</summary>
    public CorroborationStep CorroborationFor(int groups) =>
        Corroboration.Where(s => s.Groups <= groups).MaxBy(s => s.Groups) ?? new CorroborationStep(groups, 0);

    public GradeBand GradeFor(double score) =>
        Grades.FirstOrDefault(g => score >= g.Min && (score < g.Max || (g.Max >= 100 && score <= g.Max))) ?? Grades[^1];
}

public sealed record CorroborationStep(int Groups, double Points);

/// <summary>Points for the strongest primary document cited, and how much an unverified citation counts.</summary>
/// <param name="CapWithoutPrimary">If set, an assertion with no primary backing scores at most this.</param>
public sealed record PrimaryDocumentRules(
    IReadOnlyDictionary<string, double> Points,
    double UnverifiedFactor,
    double SecondaryPoints,
    double? CapWithoutPrimary,
    IReadOnlyList<VerifiedCitation> Verified);

/// <summary>A citation an editor has checked against the document itself.</summary>
public sealed record VerifiedCitation(string Cited, string Kind, string Basis);

public sealed record Penalties(double Hedged, double AnonymousOnly, double ConflictingDetails, double SinglePartisanSource, double Copied);

/// <summary>A grade for scores from <see cref="Min"/> (inclusive) to <see cref="Max"/> (exclusive; 100 inclusive).</summary>
public sealed record GradeBand(double Min, double Max, string Label, int Line);

/// <summary>Admiralty (NATO) grading: a source-reliability letter A–F and an information-credibility digit 1–6.</summary>
/// <param name="ConfirmedNeedsGroups">Credibility 1 means confirmed by other independent sources: fewer groups than this cannot reach it.</param>
public sealed record AdmiraltyRules(string Partisan, string NotPartisan, string Unknown, int ConfirmedNeedsGroups);

/// <summary>How the reports meant for people open (the rubric's <c>report</c> section).</summary>
/// <param name="Headline">How many single-partisan-source assertions the lead section lists before "and N more".</param>
public sealed record ReportRules(int Headline)
{
    public static ReportRules Default { get; } = new(15);
}
