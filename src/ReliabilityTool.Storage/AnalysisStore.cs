using System.Data;
using System.Globalization;
using Dapper;
using Microsoft.Data.Sqlite;
using ReliabilityTool.Core.Documents;
using ReliabilityTool.Core.Matching;
using ReliabilityTool.Core.Scoring;

namespace ReliabilityTool.Storage;

/// <summary>What the stored analysis was made with, and over how many matched claims.</summary>
public sealed record AnalysisState(string RubricSha256, string Lexicon, int Claims);

/// <summary>
/// The last assessment and the indexes behind it: every matched claim's feature vector and
/// assertion, how often each feature occurs, the postings of the rare ones, each document's
/// shingle fingerprints, and the reuse found. Assertions are not stored whole: their members are,
/// and an assertion and its card are rebuilt from them in microseconds. With these an added
/// article is analysed by looking up what it touches, not by redoing the archive.
/// </summary>
public sealed class AnalysisStore(Database database)
{
    private SqliteConnection Connection => database.Connection;

    /// <summary>Replaces the stored analysis with this assessment's, inside the caller's transaction.</summary>
    public void Save(Assessment assessment, IDbTransaction transaction)
    {
        var index = assessment.Analysis.Index ?? throw new ArgumentException("The assessment carries no analysis index to store.", nameof(assessment));
        foreach (var table in new[] { "analysis_state", "match_claims", "match_features", "match_postings", "reuse_fingerprints", "reuse_common", "assessed_reuse", "copy_clusters", "copy_members", "upstream_keys" })
            Connection.Execute($"DELETE FROM {table}", transaction: transaction);

        var assertionOf = new Dictionary<string, string>();
        foreach (var a in assessment.Analysis.Assertions)
        {
            foreach (var c in a.ClaimIds) assertionOf[c] = a.Id;
        }

        Bulk("INSERT INTO match_claims (claim_id, document_id, assertion_id, vector) VALUES ($1, $2, $3, $4)", transaction,
            index.Matched.Select((c, i) => new object[] { c.Id, c.DocumentId, assertionOf[c.Id], index.Vectors[i].ToBytes() }));
        // Rows go in key order: appending to a B-tree is several times faster than inserting at random places.
        Bulk("INSERT INTO match_features (hash, frequency) VALUES ($1, $2)", transaction,
            index.Matching.Features.OrderBy(f => (long)f.Hash).Select(f => new object[] { (long)f.Hash, f.Frequency }));
        Bulk("INSERT INTO match_postings (hash, claim_id) VALUES ($1, $2)", transaction,
            index.Matching.Postings.Select(p => (Hash: (long)p.Hash, Claim: index.Matched[p.Claim].Id)).OrderBy(p => p.Hash).ThenBy(p => p.Claim, StringComparer.Ordinal)
                .Select(p => new object[] { p.Hash, p.Claim }));
        Bulk("INSERT INTO reuse_fingerprints (hash, document_id) VALUES ($1, $2)", transaction,
            index.Reuse.Fingerprints.SelectMany(d => d.Fingerprints.Select(f => (Hash: (long)f, d.DocumentId))).OrderBy(f => f.Hash).ThenBy(f => f.DocumentId, StringComparer.Ordinal)
                .Select(f => new object[] { f.Hash, f.DocumentId }));
        Bulk("INSERT INTO reuse_common (hash) VALUES ($1)", transaction, index.Reuse.Common.Select(h => (long)h).Order().Select(h => new object[] { h }));
        SaveReuse(assessment.Analysis.Reuse, transaction);
        SaveClusters(assessment.Analysis.Clusters, transaction, replace: false);
        SaveUpstreams(assessment.Documents, transaction);
        SaveState(new AnalysisState(assessment.Rubric.Sha256, assessment.Rubric.Lexicon.Fingerprint, index.Matched.Count), transaction);
    }

    /// <summary>
    /// Marks the stored analysis as out of date (documents arrived or changed outside it), so
    /// <c>add</c> refuses to build on it until the next assess.
    /// </summary>
    public void Forget(IDbTransaction transaction) => Connection.Execute("DELETE FROM analysis_state", transaction: transaction);

    public AnalysisState? State()
    {
        var values = Connection.Query<(string Key, string Value)>("SELECT key, value FROM analysis_state").ToDictionary(r => r.Key, r => r.Value);
        return values.Count == 0 ? null : new AnalysisState(values["rubric_sha256"], values["lexicon"], int.Parse(values["claims"], CultureInfo.InvariantCulture));
    }

    public void SaveState(AnalysisState state, IDbTransaction transaction)
    {
        const string upsert = "INSERT INTO analysis_state (key, value) VALUES (@Key, @Value) ON CONFLICT(key) DO UPDATE SET value = excluded.value";
        Connection.Execute(upsert, new[]
        {
            new { Key = "rubric_sha256", Value = state.RubricSha256 },
            new { Key = "lexicon", Value = state.Lexicon },
            new { Key = "claims", Value = state.Claims.ToString(CultureInfo.InvariantCulture) },
        }, transaction);
    }

    /// <summary>How many matched claims hold each of these features (absent: none).</summary>
    public IReadOnlyDictionary<ulong, int> Frequencies(IEnumerable<ulong> hashes) =>
        ByHash<(long Hash, int Frequency)>("SELECT hash AS Hash, frequency AS Frequency FROM match_features WHERE hash IN ({0})", hashes)
            .ToDictionary(r => (ulong)r.Hash, r => r.Frequency);

    /// <summary>The claims posted under any of these (rare) features.</summary>
    public IReadOnlyList<string> Posted(IEnumerable<ulong> hashes) =>
        ByHash<string>("SELECT DISTINCT claim_id FROM match_postings WHERE hash IN ({0})", hashes).ToList();

    /// <summary>The assertions these claims belong to.</summary>
    public IReadOnlyList<string> AssertionsOf(IReadOnlyCollection<string> claimIds) =>
        Connection.Query<string>("SELECT DISTINCT assertion_id FROM match_claims WHERE claim_id IN @Ids", new { Ids = claimIds }).ToList();

    /// <summary>Every member of these assertions: claim, document, assertion and feature vector.</summary>
    public IReadOnlyList<(string ClaimId, string DocumentId, string AssertionId, FeatureVector Vector)> Members(IReadOnlyCollection<string> assertionIds) =>
        assertionIds.Chunk(500).SelectMany(chunk => Connection.Query<(string ClaimId, string DocumentId, string AssertionId, byte[] Vector)>(
                "SELECT claim_id, document_id, assertion_id, vector FROM match_claims WHERE assertion_id IN @Ids", new { Ids = chunk }))
            .Select(r => (r.ClaimId, r.DocumentId, r.AssertionId, FeatureVector.FromBytes(r.Vector)))
            .ToList();

    /// <summary>The documents holding each of these fingerprints.</summary>
    public IReadOnlyList<(ulong Hash, string DocumentId)> Fingerprints(IEnumerable<ulong> hashes) =>
        ByHash<(long Hash, string DocumentId)>("SELECT hash, document_id FROM reuse_fingerprints WHERE hash IN ({0})", hashes)
            .Select(r => ((ulong)r.Hash, r.DocumentId)).ToList();

    /// <summary>Which of these shingles are boilerplate.</summary>
    public IReadOnlySet<ulong> Common(IEnumerable<ulong> hashes) =>
        ByHash<long>("SELECT hash FROM reuse_common WHERE hash IN ({0})", hashes).Select(h => (ulong)h).ToHashSet();

    /// <summary>Every matched claim's assertion.</summary>
    public IReadOnlyList<(string ClaimId, string AssertionId)> Membership() =>
        Connection.Query<(string ClaimId, string AssertionId)>("SELECT claim_id, assertion_id FROM match_claims ORDER BY assertion_id, claim_id").ToList();

    /// <summary>These claims' documents, assertions and feature vectors.</summary>
    public IReadOnlyList<(string ClaimId, string DocumentId, string AssertionId, FeatureVector Vector)> Claims(IEnumerable<string> claimIds) =>
        claimIds.Distinct().Chunk(500).SelectMany(chunk => Connection.Query<(string ClaimId, string DocumentId, string AssertionId, byte[] Vector)>(
                "SELECT claim_id, document_id, assertion_id, vector FROM match_claims WHERE claim_id IN @Ids", new { Ids = chunk }))
            .Select(r => (r.ClaimId, r.DocumentId, r.AssertionId, FeatureVector.FromBytes(r.Vector)))
            .ToList();

    public IReadOnlyList<Reuse> Reuse() =>
        Connection.Query<(string From, string To, int FromStart, int FromEnd, int ToStart, int ToEnd, int Words, double Similarity, string Basis)>(
                "SELECT from_id, to_id, from_start, from_end, to_start, to_end, words, similarity, basis FROM assessed_reuse ORDER BY rowid")
            .Select(r => new Reuse(r.From, r.To, (r.FromStart, r.FromEnd), (r.ToStart, r.ToEnd), r.Words, r.Similarity, r.Basis))
            .ToList();

    /// <summary>Records what adding documents changed: assertions replaced, claims (re)assigned, features counted, fingerprints and reuse added.</summary>
    public void Apply(AnalysisUpdate update, IDbTransaction transaction)
    {
        foreach (var a in update.Assertions)
            Connection.Execute("UPDATE match_claims SET assertion_id = @Id WHERE claim_id IN @Ids", new { a.Id, Ids = a.ClaimIds }, transaction);
        // New claims arrive with the id of the assertion they now belong to.
        Bulk("INSERT OR REPLACE INTO match_claims (claim_id, document_id, assertion_id, vector) VALUES ($1, $2, $3, $4)", transaction,
            update.Claims.Select(c => new object[] { c.ClaimId, c.DocumentId, c.AssertionId, c.Vector.ToBytes() }));
        Bulk("INSERT INTO match_features (hash, frequency) VALUES ($1, $2) ON CONFLICT(hash) DO UPDATE SET frequency = frequency + excluded.frequency", transaction,
            update.FeatureCounts.Select(f => new object[] { (long)f.Key, f.Value }));
        Bulk("INSERT OR IGNORE INTO match_postings (hash, claim_id) VALUES ($1, $2)", transaction,
            update.Postings.Select(p => new object[] { (long)p.Hash, p.ClaimId }));
        Bulk("INSERT OR IGNORE INTO reuse_fingerprints (hash, document_id) VALUES ($1, $2)", transaction,
            update.Fingerprints.SelectMany(d => d.Fingerprints.Select(f => new object[] { (long)f, d.DocumentId })));
        SaveReuse(update.Reuse, transaction);
        SaveClusters(update.Clusters, transaction, replace: true);
        SaveUpstreams(update.Documents, transaction);
        SaveState(update.State, transaction);
    }

    /// <summary>Every copy cluster.</summary>
    public IReadOnlyList<CopyCluster> Clusters() =>
        Connection.Query<string>("SELECT cluster_json FROM copy_clusters ORDER BY id").Select(StoredJson.Read<CopyCluster>).ToList();

    /// <summary>The copy clusters these documents are in.</summary>
    public IReadOnlyList<CopyCluster> ClustersOf(IEnumerable<string> documentIds) =>
        documentIds.Distinct().Chunk(500).SelectMany(chunk => Connection.Query<string>(
                "SELECT DISTINCT c.cluster_json FROM copy_members m JOIN copy_clusters c ON c.id = m.cluster_id WHERE m.document_id IN @Ids", new { Ids = chunk }))
            .Distinct().Select(StoredJson.Read<CopyCluster>).ToList();

    /// <summary>The stored documents that credit one of these upstream keys (<c>Credited</c>), or are published by it.</summary>
    public IReadOnlyList<(string Key, string DocumentId, bool Credited)> DocumentsUnder(IEnumerable<string> keys) =>
        keys.Distinct().Chunk(500).SelectMany(chunk => Connection.Query<(string Key, string DocumentId, bool Credited)>(
            "SELECT key, document_id, credited FROM upstream_keys WHERE key IN @Keys", new { Keys = chunk })).ToList();

    /// <summary>Writes these clusters whole; with <paramref name="replace"/>, first removes any stored cluster that shares a member with one of them.</summary>
    private void SaveClusters(IReadOnlyList<CopyCluster> clusters, IDbTransaction transaction, bool replace)
    {
        foreach (var cluster in clusters)
        {
            var ids = cluster.Members.Select(m => m.DocumentId).ToList();
            if (replace)
            {
                // Chunked: SQLite takes at most 32,766 variables in one statement, and a wire's cluster can be larger.
                var replaced = ids.Chunk(500).SelectMany(chunk => Connection.Query<string>(
                    "SELECT DISTINCT cluster_id FROM copy_members WHERE document_id IN @Ids", new { Ids = chunk }, transaction)).Append(cluster.Id).Distinct().ToList();
                foreach (var chunk in replaced.Chunk(500))
                {
                    Connection.Execute("DELETE FROM copy_members WHERE cluster_id IN @Ids", new { Ids = chunk }, transaction);
                    Connection.Execute("DELETE FROM copy_clusters WHERE id IN @Ids", new { Ids = chunk }, transaction);
                }
            }

            Connection.Execute("INSERT INTO copy_clusters (id, cluster_json) VALUES (@Id, @Json)", new { cluster.Id, Json = StoredJson.Write(cluster) }, transaction);
            Bulk("INSERT INTO copy_members (document_id, cluster_id) VALUES ($1, $2)", transaction, ids.Select(id => new object[] { id, cluster.Id }));
        }
    }

    /// <summary>Each document's credited upstream keys, and its publisher's, so a later copy finds the others of its wire.</summary>
    private void SaveUpstreams(IEnumerable<Document> documents, IDbTransaction transaction) =>
        Bulk("INSERT OR IGNORE INTO upstream_keys (key, document_id, credited) VALUES ($1, $2, $3)", transaction,
            documents.SelectMany(d => d.Credits.Select(c => (c.Key, Credited: 1)).Concat(d.Source.Publisher is { } p ? [(Credits.KeyOf(p.Name), 0)] : []).Distinct()
                .Select(k => new object[] { k.Item1, d.Id, k.Item2 })));

    private void SaveReuse(IEnumerable<Reuse> reuse, IDbTransaction transaction) =>
        Bulk("INSERT INTO assessed_reuse (from_id, to_id, from_start, from_end, to_start, to_end, words, similarity, basis) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)", transaction,
            reuse.Select(r => new object[] { r.From, r.To, r.FromSpan.Start, r.FromSpan.End, r.ToSpan.Start, r.ToSpan.End, r.Words, r.Similarity, r.DirectionBasis }));

    /// <summary>Hashes are few (one article's), so they go into the statement as integer literals: no parameter limit, nothing to escape.</summary>
    private IEnumerable<T> ByHash<T>(string sql, IEnumerable<ulong> hashes)
    {
        var all = hashes.Distinct().Select(h => ((long)h).ToString(CultureInfo.InvariantCulture)).ToList();
        return all.Chunk(500).SelectMany(chunk => Connection.Query<T>(string.Format(CultureInfo.InvariantCulture, sql, string.Join(",", chunk)))).ToList();
    }

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

/// <summary>What adding documents changes in the stored analysis.</summary>
/// <param name="Assertions">The assertions the added claims created or changed.</param>
/// <param name="Claims">The added claims, each with its assertion and feature vector.</param>
/// <param name="FeatureCounts">How many added claims hold each feature.</param>
/// <param name="Postings">The keys each added claim is posted under (<see cref="ReliabilityTool.Core.Matching.MatchIndex.PostingKeys"/>).</param>
public sealed record AnalysisUpdate(
    IReadOnlyList<Assertion> Assertions,
    IReadOnlyList<(string ClaimId, string DocumentId, string AssertionId, FeatureVector Vector)> Claims,
    IReadOnlyDictionary<ulong, int> FeatureCounts,
    IReadOnlyList<(ulong Hash, string ClaimId)> Postings,
    IReadOnlyList<(string DocumentId, ulong[] Fingerprints)> Fingerprints,
    IReadOnlyList<Reuse> Reuse,
    AnalysisState State)
{
    /// <summary>The copy clusters the added documents joined or formed, whole.</summary>
    public IReadOnlyList<CopyCluster> Clusters { get; init; } = [];

    /// <summary>The added documents, for their credited upstreams.</summary>
    public IReadOnlyList<Document> Documents { get; init; } = [];
}
