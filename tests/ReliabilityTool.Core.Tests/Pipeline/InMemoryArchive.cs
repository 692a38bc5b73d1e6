using ReliabilityTool.Core.Claims;
using ReliabilityTool.Core.Documents;
using ReliabilityTool.Core.Matching;
using ReliabilityTool.Core.Pipeline;
using ReliabilityTool.Core.Scoring;

namespace ReliabilityTool.Core.Tests.Pipeline;

/// <summary>An assessed archive held in memory, as Storage would hold it after <c>assess</c>: what the pipeline's <c>Add</c> needs, without SQLite.</summary>
internal sealed class InMemoryArchive : IArchiveReader
{
    private readonly Dictionary<string, Document> _documents;
    private readonly Dictionary<string, Claim> _claims;
    private readonly Dictionary<string, MatchedMember> _matched;
    private readonly Dictionary<ulong, int> _features;
    private readonly ILookup<ulong, string> _postings;
    private readonly ILookup<ulong, string> _fingerprints;
    private readonly HashSet<ulong> _common;
    private readonly IReadOnlyList<Reuse> _reuse;
    private readonly IReadOnlyList<CopyCluster> _clusters;
    private readonly AnalysisState? _state;

    private InMemoryArchive(Assessment assessment, AnalysisState? state)
    {
        var index = assessment.Analysis.Index ?? throw new ArgumentException("an assessment made by Assess carries its index", nameof(assessment));
        var assertionOf = assessment.Analysis.Assertions.SelectMany(a => a.ClaimIds.Select(c => (c, a.Id))).ToDictionary(x => x.c, x => x.Id);
        _documents = assessment.Documents.ToDictionary(d => d.Id);
        _claims = assessment.Claims.ToDictionary(c => c.Id);
        _matched = index.Matched.Select((c, i) => new MatchedMember(c.Id, c.DocumentId, assertionOf[c.Id], index.Vectors[i])).ToDictionary(m => m.ClaimId);
        _features = index.Matching.Features.ToDictionary(f => f.Hash, f => f.Frequency);
        _postings = index.Matching.Postings.ToLookup(p => p.Hash, p => index.Matched[p.Claim].Id);
        _fingerprints = index.Reuse.Fingerprints.SelectMany(d => d.Fingerprints.Select(f => (f, d.DocumentId))).ToLookup(x => x.f, x => x.DocumentId);
        _common = index.Reuse.Common.ToHashSet();
        _reuse = assessment.Analysis.Reuse;
        _clusters = assessment.Analysis.Clusters;
        _state = state;
    }

    public static InMemoryArchive Of(Assessment assessment) =>
        new(assessment, new AnalysisState(assessment.Rubric.Sha256, assessment.Rubric.Lexicon.Fingerprint, assessment.Analysis.Index!.Matched.Count));

    /// <summary>An archive whose stored analysis is missing (never assessed, or forgotten after an ingest).</summary>
    public static InMemoryArchive Unassessed(Assessment assessment) => new(assessment, null);

    public AnalysisState? State() => _state;

    public IReadOnlyDictionary<string, int> CurrentVersions() => _documents.Keys.ToDictionary(id => id, _ => 1);

    public Document Document(string id) => _documents[id];

    public IReadOnlyList<Claim> Claims(IEnumerable<(string DocumentId, string ClaimId)> wanted) => wanted.Select(w => _claims[w.ClaimId]).ToList();

    public IReadOnlyDictionary<ulong, int> Frequencies(IEnumerable<ulong> hashes) =>
        hashes.Distinct().Where(_features.ContainsKey).ToDictionary(h => h, h => _features[h]);

    public IReadOnlyList<string> Posted(IEnumerable<ulong> keys) => keys.SelectMany(k => _postings[k]).Distinct().ToList();

    public IReadOnlyList<MatchedMember> Matched(IEnumerable<string> claimIds) => claimIds.Distinct().Where(_matched.ContainsKey).Select(id => _matched[id]).ToList();

    public IReadOnlyList<MatchedMember> Members(IReadOnlyCollection<string> assertionIds) => _matched.Values.Where(m => assertionIds.Contains(m.AssertionId)).ToList();

    public IReadOnlyList<(ulong Hash, string DocumentId)> Fingerprints(IEnumerable<ulong> hashes) =>
        hashes.Distinct().SelectMany(h => _fingerprints[h].Select(d => (h, d))).ToList();

    public IReadOnlySet<ulong> Common(IEnumerable<ulong> hashes) => hashes.Where(_common.Contains).ToHashSet();

    public IReadOnlyList<Reuse> Reuse() => _reuse;

    public IReadOnlyList<CopyCluster> ClustersOf(IEnumerable<string> documentIds)
    {
        var ids = documentIds.ToHashSet(StringComparer.Ordinal);
        return _clusters.Where(c => c.DocumentIds.Any(ids.Contains)).ToList();
    }

    public IReadOnlyList<UpstreamKey> DocumentsUnder(IEnumerable<string> keys)
    {
        var wanted = keys.ToHashSet(StringComparer.Ordinal);
        return _documents.Values.SelectMany(UpstreamKey.Of).Where(u => wanted.Contains(u.Key)).ToList();
    }
}
