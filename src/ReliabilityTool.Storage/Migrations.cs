using Dapper;
using Microsoft.Data.Sqlite;
using ReliabilityTool.Core.Claims;

namespace ReliabilityTool.Storage;

/// <summary>
/// The schema, as an ordered list of steps. The database records the last step applied in
/// <c>PRAGMA user_version</c>; opening it applies the rest, all in one immediate transaction.
/// Never edit a step that has shipped: add a new one.
/// </summary>
internal static class Migrations
{
    private static readonly (int Version, string Sql, Action<SqliteConnection, SqliteTransaction>? Then)[] Steps =
    [
        (1, """
            CREATE TABLE documents (
                id              TEXT PRIMARY KEY,
                current_version INTEGER NOT NULL,
                source_json     TEXT NOT NULL,
                updated_at      TEXT NOT NULL
            );
            CREATE TABLE document_versions (
                document_id   TEXT NOT NULL REFERENCES documents(id),
                version       INTEGER NOT NULL,
                file          TEXT NOT NULL,
                sha256        TEXT NOT NULL,
                text          TEXT NOT NULL,
                metadata_json TEXT NOT NULL,
                segments_json TEXT NOT NULL,
                ingested_at   TEXT NOT NULL,
                PRIMARY KEY (document_id, version)
            );
            CREATE INDEX document_versions_sha ON document_versions(sha256);
            """, null),
        (2, """
            CREATE TABLE claims (
                document_id    TEXT NOT NULL,
                version        INTEGER NOT NULL,
                id             TEXT NOT NULL,
                start          INTEGER NOT NULL,
                "end"          INTEGER NOT NULL,
                kind           TEXT NOT NULL,
                check_worthy   REAL NOT NULL,
                hedged         INTEGER NOT NULL,
                evidence_class TEXT NOT NULL,
                claim_json     TEXT NOT NULL,
                PRIMARY KEY (document_id, version, id),
                FOREIGN KEY (document_id, version) REFERENCES document_versions(document_id, version)
            );
            CREATE INDEX claims_kind ON claims(kind);
            CREATE TABLE claim_runs (
                document_id TEXT NOT NULL,
                version     INTEGER NOT NULL,
                lexicon     TEXT NOT NULL,
                PRIMARY KEY (document_id, version)
            );
            """, null),
        (3, """
            CREATE TABLE analysis_state (key TEXT PRIMARY KEY, value TEXT NOT NULL);
            CREATE TABLE match_claims (
                claim_id     TEXT PRIMARY KEY,
                document_id  TEXT NOT NULL,
                assertion_id TEXT NOT NULL,
                vector       BLOB NOT NULL
            );
            CREATE INDEX match_claims_assertion ON match_claims(assertion_id);
            CREATE TABLE match_features (hash INTEGER PRIMARY KEY, frequency INTEGER NOT NULL);
            CREATE TABLE match_postings (hash INTEGER NOT NULL, claim_id TEXT NOT NULL, PRIMARY KEY (hash, claim_id)) WITHOUT ROWID;
            CREATE TABLE reuse_fingerprints (hash INTEGER NOT NULL, document_id TEXT NOT NULL, PRIMARY KEY (hash, document_id)) WITHOUT ROWID;
            CREATE TABLE reuse_common (hash INTEGER PRIMARY KEY);
            CREATE TABLE assessed_reuse (
                from_id    TEXT NOT NULL,
                to_id      TEXT NOT NULL,
                from_start INTEGER NOT NULL,
                from_end   INTEGER NOT NULL,
                to_start   INTEGER NOT NULL,
                to_end     INTEGER NOT NULL,
                words      INTEGER NOT NULL,
                similarity REAL NOT NULL,
                basis      TEXT NOT NULL
            );
            CREATE INDEX assessed_reuse_pair ON assessed_reuse(from_id, to_id);
            """, null),
        (4, """
            CREATE TABLE copy_clusters (id TEXT PRIMARY KEY, cluster_json TEXT NOT NULL);
            CREATE TABLE copy_members (document_id TEXT PRIMARY KEY, cluster_id TEXT NOT NULL);
            CREATE INDEX copy_members_cluster ON copy_members(cluster_id);
            CREATE TABLE upstream_keys (key TEXT NOT NULL, document_id TEXT NOT NULL, credited INTEGER NOT NULL, PRIMARY KEY (key, document_id, credited)) WITHOUT ROWID;
            -- An assessment stored before copy clusters has none, and boilerplate counted by documents: add and report need a fresh assess.
            DELETE FROM analysis_state;
            """, null),
        (5, """
            -- Stored feature vectors before this version do not mark words common in everyday English, which matching now reads: add and report need a fresh assess.
            DELETE FROM analysis_state;
            """, null),
        (6, """
            -- Claims are stored in a compact binary form (ClaimCodec) rather than JSON: reading them back is a large part of a rescore.
            -- The claims are converted, not dropped (ConvertClaims), so the stored analysis resting on them stays good.
            CREATE TABLE claims_coded (
                document_id    TEXT NOT NULL,
                version        INTEGER NOT NULL,
                id             TEXT NOT NULL,
                start          INTEGER NOT NULL,
                "end"          INTEGER NOT NULL,
                kind           TEXT NOT NULL,
                check_worthy   REAL NOT NULL,
                hedged         INTEGER NOT NULL,
                evidence_class TEXT NOT NULL,
                claim          BLOB NOT NULL,
                PRIMARY KEY (document_id, version, id),
                FOREIGN KEY (document_id, version) REFERENCES document_versions(document_id, version)
            );
            """, ConvertClaims),
    ];

    private static readonly string[] CodedClaimParameters = ["@DocumentId", "@Version", "@Id", "@Start", "@End", "@Kind", "@CheckWorthy", "@Hedged", "@EvidenceClass", "@Claim"];

    /// <summary>
    /// Each claim stored as JSON rewritten in <see cref="ClaimCodec"/>'s form, every value kept, then
    /// the coded table takes the old one's place. A later change of the codec's form needs a step
    /// like this one: rows it cannot read are an error, not something <c>assess</c> can mend.
    /// </summary>
    private static void ConvertClaims(SqliteConnection connection, SqliteTransaction transaction)
    {
        using var insert = connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = """
            INSERT INTO claims_coded (document_id, version, id, start, "end", kind, check_worthy, hedged, evidence_class, claim)
            VALUES (@DocumentId, @Version, @Id, @Start, @End, @Kind, @CheckWorthy, @Hedged, @EvidenceClass, @Claim)
            """;
        var parameters = CodedClaimParameters
            .Select(name => insert.Parameters.Add(new SqliteParameter { ParameterName = name }))
            .ToArray();
        var rows = connection.Query("""SELECT document_id, version, id, start, "end", kind, check_worthy, hedged, evidence_class, claim_json FROM claims""", transaction: transaction, buffered: false);
        foreach (var row in rows)
        {
            object[] values =
            [
                row.document_id, row.version, row.id, row.start, row.end, row.kind, row.check_worthy, row.hedged, row.evidence_class,
                ClaimCodec.Write(StoredJson.Read<Claim>((string)row.claim_json)),
            ];
            for (var p = 0; p < values.Length; p++) parameters[p].Value = values[p];
            insert.ExecuteNonQuery();
        }

        connection.Execute("""
            DROP TABLE claims;
            ALTER TABLE claims_coded RENAME TO claims;
            CREATE INDEX claims_kind ON claims(kind);
            """, transaction: transaction);
    }

    public static int Latest => Steps[^1].Version;

    /// <param name="upTo">The last step to apply: tests make a database as an older version left it.</param>
    public static void Apply(SqliteConnection connection, string path, int? upTo = null)
    {
        var latest = upTo ?? Latest;
        var current = connection.ExecuteScalar<int>("PRAGMA user_version;");
        if (current > Latest) throw new NewerDatabaseException(path, current, Latest);
        if (current >= latest) return;

        // One immediate transaction for every step: a second process opening the same new file waits
        // for the lock, then reads the version again and finds nothing left to do.
        using var transaction = connection.BeginTransaction(deferred: false);
        current = connection.ExecuteScalar<int>("PRAGMA user_version;", transaction: transaction);
        if (current > Latest) throw new NewerDatabaseException(path, current, Latest);
        foreach (var (_, sql, then) in Steps.Where(s => s.Version > current && s.Version <= latest))
        {
            connection.Execute(sql, transaction: transaction);
            then?.Invoke(connection, transaction);
        }

        connection.Execute($"PRAGMA user_version = {latest};", transaction: transaction);
        transaction.Commit();
    }
}
