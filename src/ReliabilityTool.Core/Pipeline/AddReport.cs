using ReliabilityTool.Core.Documents;
using ReliabilityTool.Core.Matching;
using ReliabilityTool.Core.Scoring;

namespace ReliabilityTool.Core.Pipeline;

/// <summary>An assertion with its score card.</summary>
public sealed record ScoredAssertion(Assertion Assertion, ScoreCard Card);

/// <summary>An assertion that adding articles created or changed, and what it replaced.</summary>
public sealed record AssertionChange(ScoredAssertion Now, IReadOnlyList<ScoredAssertion> Before);

/// <summary>What adding articles did, single-partisan-source changes first.</summary>
/// <param name="Update">What to write; null when nothing was new.</param>
public sealed record AddReport(
    IReadOnlyList<Document> Added,
    IReadOnlyList<Document> Unchanged,
    int Claims,
    IReadOnlyList<AssertionChange> Changes,
    IReadOnlyList<Reuse> Reuse,
    AnalysisUpdate? Update);
