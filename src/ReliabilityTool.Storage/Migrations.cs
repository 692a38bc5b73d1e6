using Dapper;
using Microsoft.Data.Sqlite;

namespace ReliabilityTool.Storage;

/// <summary>
/// The schema, as an ordered list of steps. The database records the last step applied in
/// <c>PRAGMA user_version</c>; opening it applies the rest, all in one immediate transaction.
/// Never edit a step that has shipped: add a new one.
/// </summary>
internal static class Migrations
{
    private static readonly (int Version, string Sql)[] Steps =
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
            """),
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
            """),
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
            """),
        (4, """
            CREATE TABLE copy_clusters (id TEXT PRIMARY KEY, cluster_json TEXT NOT NULL);
            CREATE TABLE copy_members (document_id TEXT PRIMARY KEY, cluster_id TEXT NOT NULL);
            CREATE INDEX copy_members_cluster ON copy_members(cluster_id);
            CREATE TABLE upstream_keys (key TEXT NOT NULL, document_id TEXT NOT NULL, credited INTEGER NOT NULL, PRIMARY KEY (key, document_id, credited)) WITHOUT ROWID;
            -- An assessment stored before copy clusters has none, and boilerplate counted by documents: add and report need a fresh assess.
            DELETE FROM analysis_state;
            """),
        (5, """
            -- Stored feature vectors before this version do not mark words common in everyday English, which matching now reads: add and report need a fresh assess.
            DELETE FROM analysis_state;
            """),
        (6, """
            -- Claims are stored in a compact binary form (ClaimCodec) rather than JSON: reading them back is most of a rescore.
            -- They are made from the documents, which are kept: assess extracts them again, and add and report need that first.
            DROP TABLE claims;
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
                claim          BLOB NOT NULL,
                PRIMARY KEY (document_id, version, id),
                FOREIGN KEY (document_id, version) REFERENCES document_versions(document_id, version)
            );
            CREATE INDEX claims_kind ON claims(kind);
            DELETE FROM claim_runs;
            DELETE FROM analysis_state;
            """),
    ];

    public static int Latest => Steps[^1].Version;

    public static void Apply(SqliteConnection connection, string path)
    {
        var current = connection.ExecuteScalar<int>("PRAGMA user_version;");
        if (current > Latest) throw new NewerDatabaseException(path, current, Latest);
        if (current == Latest) return;

        // One immediate transaction for every step: a second process opening the same new file waits
        // for the lock, then reads the version again and finds nothing left to do.
        using var transaction = connection.BeginTransaction(deferred: false);
        current = connection.ExecuteScalar<int>("PRAGMA user_version;", transaction: transaction);
        if (current > Latest) throw new NewerDatabaseException(path, current, Latest);
        foreach (var (_, sql) in Steps.Where(s => s.Version > current)) connection.Execute(sql, transaction: transaction);
        connection.Execute($"PRAGMA user_version = {Latest};", transaction: transaction);
        transaction.Commit();
    }
}
