using ReliabilityTool.Core.Claims;
using ReliabilityTool.Core.Documents;
using ReliabilityTool.Core.Matching;

namespace ReliabilityTool.Core.Pipeline;

/// <summary>
/// An assessed archive as stored: its documents and claims, which assertion each matched claim
/// belongs to, and the reuse and copy clusters found. These are facts, made under a lexicon but
/// under no rubric, so any rubric with that lexicon rescores them without re-matching.
/// </summary>
/// <param name="Membership">Every matched claim's assertion.</param>
public sealed record StoredAnalysis(
    AnalysisState State,
    IReadOnlyList<Document> Documents,
    IReadOnlyList<Claim> Claims,
    IReadOnlyList<(string ClaimId, string AssertionId)> Membership,
    IReadOnlyList<Reuse> Reuse,
    IReadOnlyList<CopyCluster> Clusters);
