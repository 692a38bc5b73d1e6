using Dapper;
using Microsoft.Data.Sqlite;

namespace ReliabilityTool.Storage;

/// <summary>
/// The schema, as an ordered list of steps. The database records the last step applied in
/// <c>PRAGMA user_version</c>; opening it applies the rest, each in its own transaction.
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
    ];

    public static int Latest => Steps[^1].Version;

    public static void Apply(SqliteConnection connection)
    {
        var current = connection.ExecuteScalar<int>("PRAGMA user_version;");
        if (current > Latest)
            throw new InvalidOperationException(
                $"The database was written by a newer ReliabilityTool (schema {current}; this one knows up to {Latest}). Upgrade the tool or point --db at another file.");

        foreach (var (version, sql) in Steps.Where(s => s.Version > current))
        {
            using var transaction = connection.BeginTransaction();
            connection.Execute(sql, transaction: transaction);
            connection.Execute($"PRAGMA user_version = {version};", transaction: transaction);
            transaction.Commit();
        }
    }
}
