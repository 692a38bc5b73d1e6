using ReliabilityTool.Core.Claims;

namespace ReliabilityTool.Core.Matching;

/// <summary>
/// One fact as asserted across documents: the claims (from one or more documents) that state the
/// same thing, the independence groups of the documents carrying it, and any details they disagree on.
/// </summary>
public sealed record Assertion(
    string Id,
    string Summary,
    IReadOnlyList<string> ClaimIds,
    IReadOnlyList<string> DocumentIds,
    IReadOnlyList<IndependenceGroup> IndependentGroups,
    IReadOnlyList<Conflict> Conflicts)
{
    /// <summary>Some claim of this assertion sits in a passage one document copied from another.</summary>
    public bool Copied => IndependentGroups.Any(g => g.Reasons.Any(r => r.StartsWith("copied", StringComparison.Ordinal)));
}

/// <summary>Documents that cannot corroborate each other, and why they were put together.</summary>
public sealed record IndependenceGroup(IReadOnlyList<string> DocumentIds, IReadOnlyList<string> Reasons);

/// <summary>A detail (date, number, place) on which the claims of one assertion disagree.</summary>
public sealed record Conflict(string Detail, IReadOnlyList<ConflictValue> Values);

public sealed record ConflictValue(string Value, string ClaimId);

/// <summary>
/// A passage of one document that reproduces a passage of another, verbatim or lightly edited.
/// <see cref="From"/> is the likely original, <see cref="To"/> the copy; <see cref="DirectionBasis"/> says why.
/// </summary>
public sealed record Reuse(
    string From,
    string To,
    (int Start, int End) FromSpan,
    (int Start, int End) ToSpan,
    int Words,
    double Similarity,
    string DirectionBasis);

/// <summary>Everything the cross-document stage finds.</summary>
/// <param name="Index">What it worked from, kept so one more article can be analysed later without redoing the rest.</param>
public sealed record CrossDocumentAnalysis(IReadOnlyList<Assertion> Assertions, IReadOnlyList<Reuse> Reuse, AnalysisIndex? Index = null);

/// <summary>
/// The matching and reuse indexes of an analysis: the claims matched (in order) with their
/// feature vectors, how often each feature occurs, and each document's shingle fingerprints.
/// </summary>
public sealed record AnalysisIndex(IReadOnlyList<Claim> Matched, IReadOnlyList<FeatureVector> Vectors, MatchIndex Matching, ReuseFindings Reuse);
