using ReliabilityTool.Core.Claims;
using ReliabilityTool.Core.Documents;
using ReliabilityTool.Core.Matching;

namespace ReliabilityTool.Core.Pipeline;

/// <summary>
/// What the incremental <see cref="AssessmentPipeline.Add"/> reads of an assessed archive: only the
/// parts an added article can touch, each looked up by key. Storage implements it over SQLite;
/// tests implement it in memory.
/// </summary>
public interface IArchiveReader
{
    /// <summary>What the stored analysis was made with; null when there is none (never assessed, or out of date).</summary>
    AnalysisState? State();

    /// <summary>Each stored document's current version.</summary>
    IReadOnlyDictionary<string, int> CurrentVersions();

    /// <summary>A stored document as its current version.</summary>
    Document Document(string id);

    /// <summary>These claims of current versions, by document and id.</summary>
    IReadOnlyList<Claim> Claims(IEnumerable<(string DocumentId, string ClaimId)> wanted);

    /// <summary>How many matched claims hold each of these features (absent: none).</summary>
    IReadOnlyDictionary<ulong, int> Frequencies(IEnumerable<ulong> hashes);

    /// <summary>The claims posted under any of these keys.</summary>
    IReadOnlyList<string> Posted(IEnumerable<ulong> keys);

    /// <summary>These matched claims, with their documents, assertions and feature vectors.</summary>
    IReadOnlyList<MatchedMember> Matched(IEnumerable<string> claimIds);

    /// <summary>Every matched claim of these assertions.</summary>
    IReadOnlyList<MatchedMember> Members(IReadOnlyCollection<string> assertionIds);

    /// <summary>The documents holding each of these shingle fingerprints.</summary>
    IReadOnlyList<(ulong Hash, string DocumentId)> Fingerprints(IEnumerable<ulong> hashes);

    /// <summary>Which of these shingles are boilerplate.</summary>
    IReadOnlySet<ulong> Common(IEnumerable<ulong> hashes);

    /// <summary>Every reused passage of the stored analysis.</summary>
    IReadOnlyList<Reuse> Reuse();

    /// <summary>The copy clusters these documents are in.</summary>
    IReadOnlyList<CopyCluster> ClustersOf(IEnumerable<string> documentIds);

    /// <summary>The stored documents that credit one of these upstream keys, or are published by it.</summary>
    IReadOnlyList<UpstreamKey> DocumentsUnder(IEnumerable<string> keys);
}

/// <summary>A matched claim as the analysis index holds it.</summary>
public sealed record MatchedMember(string ClaimId, string DocumentId, string AssertionId, FeatureVector Vector);

/// <summary>A document under an upstream key: one that credits it (<see cref="Credited"/>), or is published by it.</summary>
public sealed record UpstreamKey(string Key, string DocumentId, bool Credited)
{
    /// <summary>A document's keys: each upstream it credits, and its own publisher's, so that a later copy finds the others of its wire.</summary>
    public static IEnumerable<UpstreamKey> Of(Document document) =>
        document.Credits.Select(c => new UpstreamKey(c.Key, document.Id, true))
            .Concat(document.Source.Publisher is { } p ? [new UpstreamKey(Credits.KeyOf(p.Name), document.Id, false)] : [])
            .Distinct();
}
