using ReliabilityTool.Core.Claims;

namespace ReliabilityTool.Core.Matching;

/// <summary>
/// One fact as asserted across documents: the claims (from one or more documents) that state the
/// same thing, the relations among the documents carrying it (which of them make the documents
/// one source is the rubric's call), and any details they disagree on.
/// </summary>
/// <param name="CheckWorthiness">Its most check-worthy claim's: the reports' lists are ordered by it (after the score, where they rank by score).</param>
public sealed record Assertion(
    string Id,
    string Summary,
    IReadOnlyList<string> ClaimIds,
    IReadOnlyList<string> DocumentIds,
    DocumentRelations Relations,
    IReadOnlyList<Conflict> Conflicts,
    double CheckWorthiness);

/// <summary>Documents that cannot corroborate each other, and the relations that put them together.</summary>
public sealed record IndependenceGroup(IReadOnlyList<string> DocumentIds, IReadOnlyList<DocumentRelation> Reasons)
{
    /// <summary>
    /// The origin of the copy cluster this group's documents carry, where one is known (it may not
    /// itself state the assertion): its partisanship is the group's, since a story does not become
    /// neutral because other outlets reprint it.
    /// </summary>
    public string? Origin { get; init; }

    /// <summary>The documents that only carry the origin's copy: their own sources do not decide the group's partisanship.</summary>
    public IReadOnlyList<string> Carriers { get; init; } = [];
}

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
public sealed record CrossDocumentAnalysis(IReadOnlyList<Assertion> Assertions, IReadOnlyList<Reuse> Reuse, AnalysisIndex? Index = null)
{
    /// <summary>Documents that carry one story: each cluster is one source however many outlets print it.</summary>
    public IReadOnlyList<CopyCluster> Clusters { get; init; } = [];
}

/// <summary>
/// The matching and reuse indexes of an analysis: the claims matched (in order) with their
/// feature vectors, how often each feature occurs, and each document's shingle fingerprints.
/// </summary>
public sealed record AnalysisIndex(IReadOnlyList<Claim> Matched, IReadOnlyList<FeatureVector> Vectors, MatchIndex Matching, ReuseFindings Reuse);
