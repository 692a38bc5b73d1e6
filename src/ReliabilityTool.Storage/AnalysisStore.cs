using System.Data;
using System.Globalization;
using Dapper;
using Microsoft.Data.Sqlite;
using ReliabilityTool.Core.Documents;
using ReliabilityTool.Core.Matching;
using ReliabilityTool.Core.Pipeline;
using ReliabilityTool.Core.Scoring;

namespace ReliabilityTool.Storage;

/// <summary>
/// The last assessment's facts and the indexes behind it: every matched claim's feature vector and
/// assertion, how often each feature occurs, the postings of the rare ones, each document's
/// shingle fingerprints, the reuse and copy clusters found. Nothing here depends on the rubric
/// beyond its lexicon: assertions and cards are rebuilt from these under any rubric.
/// </summary>
/// <param name="transaction">The transaction every read and write runs in, when there is one: SQLite requires it of each command.</param>
public sealed class AnalysisStore(Database database, IDbTransaction? transaction = null)
{
    private static readonly string[] Tables =
        ["analysis_state", "match_claims", "match_features", "match_postings", "reuse_fingerprints", "reuse_common", "assessed_reuse", "copy_clusters", "copy_members", "upstream_keys"];

    private const string SelectState = "SELECT key, value FROM analysis_state";
    private const string DeleteState = "DELETE FROM analysis_state";
    private const string UpsertState = "INSERT INTO analysis_state (key, value) VALUES (@Key, @Value) ON CONFLICT(key) DO UPDATE SET value = excluded.value";
    private const string InsertMatched = "INSERT INTO match_claims (claim_id, document_id, assertion_id, vector) VALUES ($1, $2, $3, $4)";
    private const string UpsertMatched = "INSERT OR REPLACE INTO match_claims (claim_id, document_id, assertion_id, vector) VALUES ($1, $2, $3, $4)";
    private const string Reassign = "UPDATE match_claims SET assertion_id = @Id WHERE claim_id IN @Ids";
    private const string InsertFeature = "INSERT INTO match_features (hash, frequency) VALUES ($1, $2)";
    private const string AddFeature = "INSERT INTO match_features (hash, frequency) VALUES ($1, $2) ON CONFLICT(hash) DO UPDATE SET frequency = frequency + excluded.frequency";
    // A fresh index has no duplicate rows (one would be a bug, and fails the insert); an add may post a key or fingerprint the index holds.
    private const string InsertPosting = "INSERT INTO match_postings (hash, claim_id) VALUES ($1, $2)";
    private const string InsertFingerprint = "INSERT INTO reuse_fingerprints (hash, document_id) VALUES ($1, $2)";
    private const string AddPosting = "INSERT OR IGNORE INTO match_postings (hash, claim_id) VALUES ($1, $2)";
    private const string AddFingerprint = "INSERT OR IGNORE INTO reuse_fingerprints (hash, document_id) VALUES ($1, $2)";
    private const string InsertCommon = "INSERT INTO reuse_common (hash) VALUES ($1)";
    private const string InsertReuse =
        "INSERT INTO assessed_reuse (from_id, to_id, from_start, from_end, to_start, to_end, words, similarity, basis) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)";
    private const string InsertUpstream = "INSERT OR IGNORE INTO upstream_keys (key, document_id, credited) VALUES ($1, $2, $3)";
    private const string InsertCluster = "INSERT INTO copy_clusters (id, cluster_json) VALUES (@Id, @Json)";
    private const string InsertMember = "INSERT INTO copy_members (document_id, cluster_id) VALUES ($1, $2)";
    private const string SelectClusterIdsOf = "SELECT DISTINCT cluster_id FROM copy_members WHERE document_id IN @Ids";
    private const string DeleteMembers = "DELETE FROM copy_members WHERE cluster_id IN @Ids";
    private const string DeleteClusters = "DELETE FROM copy_clusters WHERE id IN @Ids";
    private const string SelectFrequencies = "SELECT hash AS Hash, frequency AS Frequency FROM match_features WHERE hash IN @Hashes";
    private const string SelectPosted = "SELECT DISTINCT claim_id FROM match_postings WHERE hash IN @Hashes";
    private const string SelectFingerprints = "SELECT hash, document_id FROM reuse_fingerprints WHERE hash IN @Hashes";
    private const string SelectCommon = "SELECT hash FROM reuse_common WHERE hash IN @Hashes";
    private const string SelectMembers = "SELECT claim_id, document_id, assertion_id, vector FROM match_claims WHERE assertion_id IN @Ids";
    private const string SelectMatched = "SELECT claim_id, document_id, assertion_id, vector FROM match_claims WHERE claim_id IN @Ids";
    private const string SelectMembership = "SELECT claim_id, assertion_id FROM match_claims";
    private const string SelectReuse = "SELECT from_id, to_id, from_start, from_end, to_start, to_end, words, similarity, basis FROM assessed_reuse ORDER BY rowid";
    private const string SelectClusters = "SELECT cluster_json FROM copy_clusters ORDER BY id";
    private const string SelectClustersOf = "SELECT DISTINCT c.cluster_json FROM copy_members m JOIN copy_clusters c ON c.id = m.cluster_id WHERE m.document_id IN @Ids";
    private const string SelectUnder = "SELECT key, document_id, credited FROM upstream_keys WHERE key IN @Keys";

    /// <summary>SQLite takes at most 32,766 variables in one statement, and a wire's cluster can hold more documents than that.</summary>
    private const int Chunk = 500;

    private SqliteConnection Connection => database.Connection;

    /// <summary>Replaces the stored analysis with this assessment's, inside the caller's transaction.</summary>
    public void Save(Assessment assessment, IDbTransaction transaction)
    {
        var index = assessment.Analysis.Index ?? throw new ArgumentException("The assessment carries no analysis index to store.", nameof(assessment));
        foreach (var table in Tables) Connection.Execute($"DELETE FROM {table}", transaction: transaction);

        var assertionOf = new Dictionary<string, string>();
        foreach (var a in assessment.Analysis.Assertions)
        {
            foreach (var c in a.ClaimIds) assertionOf[c] = a.Id;
        }

        Bulk(InsertMatched, transaction, index.Matched.Select((c, i) => new object[] { c.Id, c.DocumentId, assertionOf[c.Id], index.Vectors[i].ToBytes() }));
        // Rows go in key order: appending to a B-tree is several times faster than inserting at random places.
        Bulk(InsertFeature, transaction, index.Matching.Features.OrderBy(f => (long)f.Hash).Select(f => new object[] { (long)f.Hash, f.Frequency }));
        Bulk(InsertPosting, transaction,
            index.Matching.Postings.Select(p => (Hash: (long)p.Hash, Claim: index.Matched[p.Claim].Id)).OrderBy(p => p.Hash).ThenBy(p => p.Claim, StringComparer.Ordinal)
                .Select(p => new object[] { p.Hash, p.Claim }));
        Bulk(InsertFingerprint, transaction,
            index.Reuse.Fingerprints.SelectMany(d => d.Fingerprints.Select(f => (Hash: (long)f, d.DocumentId))).OrderBy(f => f.Hash).ThenBy(f => f.DocumentId, StringComparer.Ordinal)
                .Select(f => new object[] { f.Hash, f.DocumentId }));
        Bulk(InsertCommon, transaction, index.Reuse.Common.Select(h => (long)h).Order().Select(h => new object[] { h }));
        SaveReuse(assessment.Analysis.Reuse, transaction);
        SaveClusters(assessment.Analysis.Clusters, transaction, replace: false);
        SaveUpstreams(assessment.Documents, transaction);
        SaveState(new AnalysisState(assessment.Rubric.Sha256, assessment.Rubric.Lexicon.Fingerprint, index.Matched.Count), transaction);
    }

    /// <summary>
    /// Marks the stored analysis as out of date (documents arrived or changed outside it), so
    /// <c>add</c> and <c>report</c> refuse to build on it until the next assess.
    /// </summary>
    public void Forget(IDbTransaction transaction) => Connection.Execute(DeleteState, transaction: transaction);

    public AnalysisState? State()
    {
        var values = Connection.Query<(string Key, string Value)>(SelectState, transaction: transaction).ToDictionary(r => r.Key, r => r.Value);
        return values.Count == 0 ? null : new AnalysisState(values["rubric_sha256"], values["lexicon"], int.Parse(values["claims"], CultureInfo.InvariantCulture));
    }

    private void SaveState(AnalysisState state, IDbTransaction transaction) =>
        Connection.Execute(UpsertState, new[]
        {
            new { Key = "rubric_sha256", Value = state.RubricSha256 },
            new { Key = "lexicon", Value = state.Lexicon },
            new { Key = "claims", Value = state.Claims.ToString(CultureInfo.InvariantCulture) },
        }, transaction);

    public IReadOnlyDictionary<ulong, int> Frequencies(IEnumerable<ulong> hashes) =>
        ByHash<(long Hash, int Frequency)>(SelectFrequencies, hashes).ToDictionary(r => (ulong)r.Hash, r => r.Frequency);

    public IReadOnlyList<string> Posted(IEnumerable<ulong> keys) => ByHash<string>(SelectPosted, keys).Distinct().ToList();

    public IReadOnlyList<MatchedMember> Members(IReadOnlyCollection<string> assertionIds) => MatchedBy(SelectMembers, assertionIds);

    public IReadOnlyList<MatchedMember> Matched(IEnumerable<string> claimIds) => MatchedBy(SelectMatched, claimIds.Distinct());

    public IReadOnlyList<(ulong Hash, string DocumentId)> Fingerprints(IEnumerable<ulong> hashes) =>
        ByHash<(long Hash, string DocumentId)>(SelectFingerprints, hashes).Select(r => ((ulong)r.Hash, r.DocumentId)).ToList();

    public IReadOnlySet<ulong> Common(IEnumerable<ulong> hashes) => ByHash<long>(SelectCommon, hashes).Select(h => (ulong)h).ToHashSet();

    /// <summary>Every matched claim's assertion.</summary>
    public IReadOnlyList<(string ClaimId, string AssertionId)> Membership() =>
        Connection.Query<(string ClaimId, string AssertionId)>(SelectMembership, transaction: transaction).ToList();

    public IReadOnlyList<Reuse> Reuse() =>
        Connection.Query<(string From, string To, int FromStart, int FromEnd, int ToStart, int ToEnd, int Words, double Similarity, string Basis)>(SelectReuse, transaction: transaction)
            .Select(r => new Reuse(r.From, r.To, (r.FromStart, r.FromEnd), (r.ToStart, r.ToEnd), r.Words, r.Similarity, r.Basis))
            .ToList();

    /// <summary>Records what adding documents changed: assertions replaced, claims (re)assigned, features counted, fingerprints and reuse added.</summary>
    public void Apply(AnalysisUpdate update, IDbTransaction transaction)
    {
        foreach (var a in update.Assertions)
        {
            foreach (var chunk in a.ClaimIds.Chunk(Chunk)) Connection.Execute(Reassign, new { a.Id, Ids = chunk }, transaction);
        }

        // New claims arrive with the id of the assertion they now belong to.
        Bulk(UpsertMatched, transaction, update.Matched.Select(c => new object[] { c.ClaimId, c.DocumentId, c.AssertionId, c.Vector.ToBytes() }));
        Bulk(AddFeature, transaction, update.FeatureCounts.Select(f => new object[] { (long)f.Key, f.Value }));
        Bulk(AddPosting, transaction, update.Postings.Select(p => new object[] { (long)p.Hash, p.ClaimId }));
        Bulk(AddFingerprint, transaction, update.Fingerprints.SelectMany(d => d.Fingerprints.Select(f => new object[] { (long)f, d.DocumentId })));
        SaveReuse(update.Reuse, transaction);
        SaveClusters(update.Clusters, transaction, replace: true);
        SaveUpstreams(update.Added, transaction);
        SaveState(update.State, transaction);
    }

    /// <summary>Every copy cluster.</summary>
    public IReadOnlyList<CopyCluster> Clusters() =>
        Connection.Query<string>(SelectClusters, transaction: transaction).Select(StoredJson.Read<CopyCluster>).ToList();

    public IReadOnlyList<CopyCluster> ClustersOf(IEnumerable<string> documentIds) =>
        documentIds.Distinct().Chunk(Chunk).SelectMany(chunk => Connection.Query<string>(SelectClustersOf, new { Ids = chunk }, transaction))
            .Distinct().Select(StoredJson.Read<CopyCluster>).ToList();

    public IReadOnlyList<UpstreamKey> DocumentsUnder(IEnumerable<string> keys) =>
        keys.Distinct().Chunk(Chunk).SelectMany(chunk => Connection.Query<(string Key, string DocumentId, bool Credited)>(SelectUnder, new { Keys = chunk }, transaction))
            .Select(r => new UpstreamKey(r.Key, r.DocumentId, r.Credited)).ToList();

    /// <summary>Writes these clusters whole; with <paramref name="replace"/>, first removes any stored cluster that shares a member with one of them.</summary>
    private void SaveClusters(IReadOnlyList<CopyCluster> clusters, IDbTransaction transaction, bool replace)
    {
        foreach (var cluster in clusters)
        {
            var ids = cluster.Members.Select(m => m.DocumentId).ToList();
            if (replace)
            {
                var replaced = ids.Chunk(Chunk).SelectMany(chunk => Connection.Query<string>(SelectClusterIdsOf, new { Ids = chunk }, transaction)).Append(cluster.Id).Distinct().ToList();
                foreach (var chunk in replaced.Chunk(Chunk))
                {
                    Connection.Execute(DeleteMembers, new { Ids = chunk }, transaction);
                    Connection.Execute(DeleteClusters, new { Ids = chunk }, transaction);
                }
            }

            Connection.Execute(InsertCluster, new { cluster.Id, Json = StoredJson.Write(cluster) }, transaction);
            Bulk(InsertMember, transaction, ids.Select(id => new object[] { id, cluster.Id }));
        }
    }

    private void SaveUpstreams(IEnumerable<Document> documents, IDbTransaction transaction) =>
        Bulk(InsertUpstream, transaction, documents.SelectMany(UpstreamKey.Of).Select(k => new object[] { k.Key, k.DocumentId, k.Credited ? 1 : 0 }));

    private void SaveReuse(IEnumerable<Reuse> reuse, IDbTransaction transaction) =>
        Bulk(InsertReuse, transaction,
            reuse.Select(r => new object[] { r.From, r.To, r.FromSpan.Start, r.FromSpan.End, r.ToSpan.Start, r.ToSpan.End, r.Words, r.Similarity, r.DirectionBasis }));

    private IReadOnlyList<MatchedMember> MatchedBy(string sql, IEnumerable<string> ids) =>
        ids.Chunk(Chunk).SelectMany(chunk => Connection.Query<(string ClaimId, string DocumentId, string AssertionId, byte[] Vector)>(sql, new { Ids = chunk }, transaction))
            .Select(r => new MatchedMember(r.ClaimId, r.DocumentId, r.AssertionId, FeatureVector.FromBytes(r.Vector)))
            .ToList();

    /// <summary>Hashes are stored as the signed integers SQLite holds; each chunk goes in as parameters.</summary>
    private List<T> ByHash<T>(string sql, IEnumerable<ulong> hashes) =>
        hashes.Distinct().Select(h => (long)h).Chunk(Chunk).SelectMany(chunk => Connection.Query<T>(sql, new { Hashes = chunk }, transaction)).ToList();

    /// <summary>One prepared statement for many rows: an archive's index has hundreds of thousands.</summary>
    private void Bulk(string sql, IDbTransaction transaction, IEnumerable<object[]> rows)
    {
        using var command = Connection.CreateCommand();
        command.Transaction = (SqliteTransaction)transaction;
        command.CommandText = sql;
        SqliteParameter[]? parameters = null;
        foreach (var row in rows)
        {
            if (parameters is null)
            {
                parameters = Enumerable.Range(1, row.Length).Select(i => command.Parameters.Add(new SqliteParameter { ParameterName = "$" + i })).ToArray();
                command.Prepare();
            }

            for (var i = 0; i < row.Length; i++) parameters[i].Value = row[i];
            command.ExecuteNonQuery();
        }
    }
}
