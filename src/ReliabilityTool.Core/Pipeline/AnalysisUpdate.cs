using ReliabilityTool.Core.Claims;
using ReliabilityTool.Core.Documents;
using ReliabilityTool.Core.Matching;

namespace ReliabilityTool.Core.Pipeline;

/// <summary>What adding documents changes in a stored archive, for Storage to write in one transaction.</summary>
/// <param name="Added">The new documents, to be stored as their first version.</param>
/// <param name="ClaimSets">Each new document's claims, all of them (not only the assertable ones).</param>
/// <param name="Assertions">The assertions the added claims created or changed.</param>
/// <param name="Matched">The added assertable claims, each with its assertion and feature vector.</param>
/// <param name="FeatureCounts">How many added claims hold each feature.</param>
/// <param name="Postings">The keys each added claim is posted under (<see cref="MatchIndex.PostingKeys"/>).</param>
/// <param name="Clusters">The copy clusters the added documents joined or formed, whole.</param>
public sealed record AnalysisUpdate(
    IReadOnlyList<Document> Added,
    IReadOnlyList<(string DocumentId, IReadOnlyList<Claim> Claims)> ClaimSets,
    IReadOnlyList<Assertion> Assertions,
    IReadOnlyList<MatchedMember> Matched,
    IReadOnlyDictionary<ulong, int> FeatureCounts,
    IReadOnlyList<(ulong Hash, string ClaimId)> Postings,
    IReadOnlyList<(string DocumentId, ulong[] Fingerprints)> Fingerprints,
    IReadOnlyList<Reuse> Reuse,
    IReadOnlyList<CopyCluster> Clusters,
    AnalysisState State);
