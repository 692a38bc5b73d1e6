using System.Data;
using ReliabilityTool.Core.Claims;
using ReliabilityTool.Core.Documents;
using ReliabilityTool.Core.Matching;
using ReliabilityTool.Core.Pipeline;

namespace ReliabilityTool.Storage;

/// <summary>
/// An assessed archive as the pipeline reads it: documents, claims and the stored analysis, each
/// read inside one transaction when given, so what <c>add</c> reads and then writes cannot change
/// under it.
/// </summary>
public sealed class Archive(Database database, IDbTransaction? transaction = null) : IArchiveReader
{
    private readonly DocumentStore _documents = new(database);
    private readonly ClaimStore _claims = new(database);
    private readonly AnalysisStore _analysis = new(database, transaction);
    private IReadOnlyDictionary<string, int>? _versions;

    /// <summary>Everything <see cref="AssessmentPipeline.Rescore"/> needs; a clear error when nothing has been assessed.</summary>
    public StoredAnalysis Load() => TryLoad() ?? throw AssessmentPipeline.NotAssessed();

    /// <summary>The same, or null when the archive holds no current assessment (never assessed, or documents ingested since).</summary>
    /// <remarks>
    /// The queries run one after another on the one connection, but documents are parsed on the
    /// thread pool once read, and claims decoded a batch at a time as their rows arrive, so the
    /// reading of what follows overlaps their parsing.
    /// </remarks>
    public StoredAnalysis? TryLoad()
    {
        if (State() is not { } state) return null;
        var documents = _documents.Parsing(transaction);
        Task<IReadOnlyList<Claim>>? claims = null;
        try
        {
            claims = _claims.Decoding(transaction: transaction);
            var membership = _analysis.Membership();
            var reuse = _analysis.Reuse();
            var clusters = _analysis.Clusters();
            return new StoredAnalysis(state, documents.GetAwaiter().GetResult(), claims.GetAwaiter().GetResult(), membership, reuse, clusters);
        }
        finally
        {
            BackgroundWork.Settle([documents, claims]);
        }
    }

    /// <summary>Writes what <see cref="AssessmentPipeline.Add"/> found: the new documents, their claims and the analysis update, in the caller's transaction.</summary>
    public void Write(AnalysisUpdate update, DateTimeOffset now, IDbTransaction writing)
    {
        _documents.Ingest(update.Added, now, writing);
        _claims.SaveAll(update.ClaimSets.Select(s => ClaimStore.Rows(s.DocumentId, 1, s.Claims)), update.State.Lexicon, writing);
        _analysis.Apply(update, writing);
    }

    public AnalysisState? State() => _analysis.State();

    public IReadOnlyDictionary<string, int> CurrentVersions() => _versions ??= _documents.CurrentVersions(transaction);

    public Document Document(string id) =>
        _documents.Version(id, CurrentVersions()[id], transaction) ?? throw new InvalidOperationException($"{id} is listed as stored but has no current version.");

    public IReadOnlyList<Claim> Claims(IEnumerable<(string DocumentId, string ClaimId)> wanted) => _claims.Find(wanted, transaction);

    public IReadOnlyDictionary<ulong, int> Frequencies(IEnumerable<ulong> hashes) => _analysis.Frequencies(hashes);

    public IReadOnlyList<string> Posted(IEnumerable<ulong> keys) => _analysis.Posted(keys);

    public IReadOnlyList<MatchedMember> Matched(IEnumerable<string> claimIds) => _analysis.Matched(claimIds);

    public IReadOnlyList<MatchedMember> Members(IReadOnlyCollection<string> assertionIds) => _analysis.Members(assertionIds);

    public IReadOnlyList<(ulong Hash, string DocumentId)> Fingerprints(IEnumerable<ulong> hashes) => _analysis.Fingerprints(hashes);

    public IReadOnlySet<ulong> Common(IEnumerable<ulong> hashes) => _analysis.Common(hashes);

    public IReadOnlyList<Reuse> Reuse() => _analysis.Reuse();

    public IReadOnlyList<CopyCluster> ClustersOf(IEnumerable<string> documentIds) => _analysis.ClustersOf(documentIds);

    public IReadOnlyList<UpstreamKey> DocumentsUnder(IEnumerable<string> keys) => _analysis.DocumentsUnder(keys);
}
