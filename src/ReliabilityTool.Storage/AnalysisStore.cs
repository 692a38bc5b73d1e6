using System.Data;
using System.Globalization;
using Dapper;
using Microsoft.Data.Sqlite;
using ReliabilityTool.Core.Matching;
using ReliabilityTool.Core.Scoring;

namespace ReliabilityTool.Storage;

/// <summary>What the stored analysis was made with, and over how many matched claims.</summary>
public sealed record AnalysisState(string RubricSha256, string Lexicon, int Claims);

/// <summary>A stored assertion with its score card.</summary>
public sealed record StoredAssertion(Assertion Assertion, ScoreCard Card);

/// <summary>
/// The last assessment and the indexes behind it: every matched claim's feature vector and
/// assertion, how often each feature occurs, the postings of the rare ones, each document's
/// shingle fingerprints, the assertions with their score cards, and the reuse found. With these
/// an added article is analysed by looking up what it touches, not by redoing the archive.
/// </summary>
public sealed class AnalysisStore(Database database)
{
    private SqliteConnection Connection => database.Connection;

    /// <summary>Replaces the stored analysis with this assessment's, inside the caller's transaction.</summary>
    public void Save(Assessment assessment, IDbTransaction transaction)
    {
        var index = assessment.Analysis.Index ?? throw new ArgumentException("The assessment carries no analysis index to store.", nameof(assessment));
        foreach (var table in new[] { "analysis_state", "match_claims", "match_features", "match_postings", "reuse_fingerprints", "reuse_common", "assessed_assertions", "assessed_reuse" })
            Connection.Execute($"DELETE FROM {table}", transaction: transaction);

        var assertionOf = new Dictionary<string, string>();
        foreach (var a in assessment.Analysis.Assertions)
        {
            foreach (var c in a.ClaimIds) assertionOf[c] = a.Id;
        }

        Bulk("INSERT INTO match_claims (claim_id, document_id, assertion_id, vector) VALUES ($1, $2, $3, $4)", transaction,
            index.Matched.Select((c, i) => new object[] { c.Id, c.DocumentId, assertionOf[c.Id], index.Vectors[i].ToBytes() }));
        Bulk("INSERT INTO match_features (hash, frequency) VALUES ($1, $2)", transaction,
            index.Matching.Features.Select(f => new object[] { (long)f.Hash, f.Frequency }));
        Bulk("INSERT INTO match_postings (hash, claim_id) VALUES ($1, $2)", transaction,
            index.Matching.Postings.Select(p => new object[] { (long)p.Hash, index.Matched[p.Claim].Id }));
        Bulk("INSERT OR IGNORE INTO reuse_fingerprints (hash, document_id) VALUES ($1, $2)", transaction,
            index.Reuse.Fingerprints.SelectMany(d => d.Fingerprints.Select(f => new object[] { (long)f, d.DocumentId })));
        Bulk("INSERT INTO reuse_common (hash) VALUES ($1)", transaction, index.Reuse.Common.Select(h => new object[] { (long)h }));
        SaveAssertions(assessment.Analysis.Assertions.Select(a => new StoredAssertion(a, assessment.CardOf(a))), transaction);
        SaveReuse(assessment.Analysis.Reuse, transaction);
        SaveState(new AnalysisState(assessment.Rubric.Sha256, assessment.Rubric.Lexicon.Fingerprint, index.Matched.Count), transaction);
    }

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
        Connection.Query<(string ClaimId, string DocumentId, string AssertionId, byte[] Vector)>(
                "SELECT claim_id, document_id, assertion_id, vector FROM match_claims WHERE assertion_id IN @Ids", new { Ids = assertionIds })
            .Select(r => (r.ClaimId, r.DocumentId, r.AssertionId, FeatureVector.FromBytes(r.Vector)))
            .ToList();

    /// <summary>The documents holding each of these fingerprints.</summary>
    public IReadOnlyList<(ulong Hash, string DocumentId)> Fingerprints(IEnumerable<ulong> hashes) =>
        ByHash<(long Hash, string DocumentId)>("SELECT hash, document_id FROM reuse_fingerprints WHERE hash IN ({0})", hashes)
            .Select(r => ((ulong)r.Hash, r.DocumentId)).ToList();

    /// <summary>Which of these shingles are boilerplate.</summary>
    public IReadOnlySet<ulong> Common(IEnumerable<ulong> hashes) =>
        ByHash<long>("SELECT hash FROM reuse_common WHERE hash IN ({0})", hashes).Select(h => (ulong)h).ToHashSet();

    public IReadOnlyList<StoredAssertion> Assertions(IReadOnlyCollection<string>? ids = null) =>
        (ids is null
            ? Connection.Query<(string A, string C)>("SELECT assertion_json, card_json FROM assessed_assertions ORDER BY id")
            : Connection.Query<(string A, string C)>("SELECT assertion_json, card_json FROM assessed_assertions WHERE id IN @Ids ORDER BY id", new { Ids = ids }))
        .Select(r => new StoredAssertion(StoredJson.Read<Assertion>(r.A), StoredJson.Read<ScoreCard>(r.C)))
        .ToList();

    public IReadOnlyList<Reuse> Reuse() =>
        Connection.Query<(string From, string To, int FromStart, int FromEnd, int ToStart, int ToEnd, int Words, double Similarity, string Basis)>(
                "SELECT from_id, to_id, from_start, from_end, to_start, to_end, words, similarity, basis FROM assessed_reuse ORDER BY rowid")
            .Select(r => new Reuse(r.From, r.To, (r.FromStart, r.FromEnd), (r.ToStart, r.ToEnd), r.Words, r.Similarity, r.Basis))
            .ToList();

    /// <summary>Records what adding documents changed: assertions replaced, claims (re)assigned, features counted, fingerprints and reuse added.</summary>
    public void Apply(AnalysisUpdate update, IDbTransaction transaction)
    {
        Connection.Execute("DELETE FROM assessed_assertions WHERE id IN @Ids", new { Ids = update.Replaced }, transaction);
        SaveAssertions(update.Assertions, transaction);
        foreach (var a in update.Assertions)
            Connection.Execute("UPDATE match_claims SET assertion_id = @Id WHERE claim_id IN @Ids", new { a.Assertion.Id, Ids = a.Assertion.ClaimIds }, transaction);
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
        SaveState(update.State, transaction);
    }

    private void SaveAssertions(IEnumerable<StoredAssertion> assertions, IDbTransaction transaction) =>
        Bulk("INSERT INTO assessed_assertions (id, assertion_json, card_json) VALUES ($1, $2, $3)", transaction,
            assertions.Select(a => new object[] { a.Assertion.Id, StoredJson.Write(a.Assertion), StoredJson.Write(a.Card) }));

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
/// <param name="Replaced">Ids of the stored assertions that no longer exist as they were.</param>
/// <param name="Assertions">The assertions that replace them, and any new ones, with their cards.</param>
/// <param name="Claims">The added claims, each with its assertion and feature vector.</param>
/// <param name="FeatureCounts">How many added claims hold each feature.</param>
/// <param name="Postings">Rare features of the added claims.</param>
public sealed record AnalysisUpdate(
    IReadOnlyList<string> Replaced,
    IReadOnlyList<StoredAssertion> Assertions,
    IReadOnlyList<(string ClaimId, string DocumentId, string AssertionId, FeatureVector Vector)> Claims,
    IReadOnlyDictionary<ulong, int> FeatureCounts,
    IReadOnlyList<(ulong Hash, string ClaimId)> Postings,
    IReadOnlyList<(string DocumentId, ulong[] Fingerprints)> Fingerprints,
    IReadOnlyList<Reuse> Reuse,
    AnalysisState State);
