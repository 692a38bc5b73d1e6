using System.Runtime.ExceptionServices;
using Dapper;
using ReliabilityTool.Core.Documents;
using ReliabilityTool.Core.Sources;

namespace ReliabilityTool.Storage;

/// <summary>What ingesting one document did.</summary>
public enum IngestOutcome
{
    Added,
    Unchanged,
    NewVersion,
    SourceUpdated,
}

public sealed record IngestedDocument(string Id, int Version, IngestOutcome Outcome);

public sealed record DocumentVersionInfo(string Id, int Version, string File, string Sha256, string IngestedAt);

/// <summary>Documents and their versions. A changed file becomes a new version; old versions stay readable.</summary>
public sealed class DocumentStore(Database database)
{
    private const string SelectCurrent = """
        SELECT v.document_id AS Id, v.version AS Version, v.file AS File, v.sha256 AS Sha256, v.text AS Text,
               v.metadata_json AS MetadataJson, v.segments_json AS SegmentsJson, d.source_json AS SourceJson
        FROM documents d JOIN document_versions v ON v.document_id = d.id AND v.version = d.current_version
        ORDER BY d.id
        """;

    private const string SelectVersion = """
        SELECT v.document_id AS Id, v.version AS Version, v.file AS File, v.sha256 AS Sha256, v.text AS Text,
               v.metadata_json AS MetadataJson, v.segments_json AS SegmentsJson, d.source_json AS SourceJson
        FROM documents d JOIN document_versions v ON v.document_id = d.id
        WHERE d.id = @Id AND v.version = @Version
        """;

    private const string SelectVersions = """
        SELECT document_id AS Id, version AS Version, file AS File, sha256 AS Sha256, ingested_at AS IngestedAt
        FROM document_versions WHERE document_id = @Id ORDER BY version
        """;

    private const string SelectHead = "SELECT current_version AS Version, source_json AS SourceJson FROM documents WHERE id = @Id";
    private const string SelectHeadSha = "SELECT sha256 FROM document_versions WHERE document_id = @Id AND version = @Version";

    private const string InsertDocument = """
        INSERT INTO documents (id, current_version, source_json, updated_at) VALUES (@Id, @Version, @SourceJson, @Now)
        ON CONFLICT(id) DO UPDATE SET current_version = excluded.current_version, source_json = excluded.source_json, updated_at = excluded.updated_at
        """;

    private const string InsertVersion = """
        INSERT INTO document_versions (document_id, version, file, sha256, text, metadata_json, segments_json, ingested_at)
        VALUES (@Id, @Version, @File, @Sha256, @Text, @MetadataJson, @SegmentsJson, @Now)
        """;

    /// <summary>Stores every document in one transaction: either all of them land, or none does.</summary>
    public IReadOnlyList<IngestedDocument> Ingest(IReadOnlyList<Document> documents, DateTimeOffset now)
    {
        using var transaction = database.Connection.BeginTransaction();
        var results = Ingest(documents, now, transaction);
        transaction.Commit();
        return results;
    }

    /// <summary>Stores the documents inside the caller's transaction, so later stages can join it.</summary>
    public IReadOnlyList<IngestedDocument> Ingest(IReadOnlyList<Document> documents, DateTimeOffset now, System.Data.IDbTransaction transaction)
    {
        var connection = database.Connection;
        var results = new List<IngestedDocument>();
        var stamp = now.ToString("O");
        foreach (var document in documents)
        {
            var sourceJson = StoredJson.Write(document.Source);
            var head = connection.QuerySingleOrDefault<HeadRow>(SelectHead, new { document.Id }, transaction);
            if (head is null)
            {
                connection.Execute(InsertDocument, new { document.Id, Version = 1, SourceJson = sourceJson, Now = stamp }, transaction);
                InsertNewVersion(document, 1, stamp, transaction);
                results.Add(new IngestedDocument(document.Id, 1, IngestOutcome.Added));
                continue;
            }

            var sha = connection.ExecuteScalar<string>(SelectHeadSha, new { document.Id, Version = head.Version }, transaction);
            if (sha == document.Sha256)
            {
                if (head.SourceJson == sourceJson)
                {
                    results.Add(new IngestedDocument(document.Id, (int)head.Version, IngestOutcome.Unchanged));
                    continue;
                }

                connection.Execute(InsertDocument, new { document.Id, Version = head.Version, SourceJson = sourceJson, Now = stamp }, transaction);
                results.Add(new IngestedDocument(document.Id, (int)head.Version, IngestOutcome.SourceUpdated));
                continue;
            }

            var version = (int)head.Version + 1;
            InsertNewVersion(document, version, stamp, transaction);
            connection.Execute(InsertDocument, new { document.Id, Version = version, SourceJson = sourceJson, Now = stamp }, transaction);
            results.Add(new IngestedDocument(document.Id, version, IngestOutcome.NewVersion));
        }

        return results;
    }

    public IReadOnlyList<Document> Current(System.Data.IDbTransaction? transaction = null) => Parsing(transaction).GetAwaiter().GetResult();

    /// <summary>
    /// Reads the current documents, and parses them on the thread pool: each one's JSON parts
    /// (segments, metadata, source) take far longer to parse than to read, so a caller reads on
    /// (the claims, the analysis) while they are parsed. The reading is done when this returns.
    /// </summary>
    /// <returns>The documents in id order, once parsed (on every core: an archive has thousands).</returns>
    public Task<IReadOnlyList<Document>> Parsing(System.Data.IDbTransaction? transaction = null)
    {
        var rows = database.Connection.Query<DocumentRow>(SelectCurrent, transaction: transaction).ToList();
        return Task.Run(() =>
        {
            try
            {
                return (IReadOnlyList<Document>)rows.AsParallel().AsOrdered().Select(ToDocument).ToList();
            }
            catch (AggregateException e) when (e.InnerExceptions.Count == 1)
            {
                // A document that cannot be parsed raises its own error, not the parallel query's wrapping of it.
                ExceptionDispatchInfo.Capture(e.InnerExceptions[0]).Throw();
                throw;
            }
        });
    }

    /// <summary>Each stored document's current version, without reading any text: what staleness checks need.</summary>
    public IReadOnlyDictionary<string, int> CurrentVersions(System.Data.IDbTransaction? transaction = null) =>
        database.Connection.Query<(string Id, long Version)>("SELECT id, current_version FROM documents ORDER BY id", transaction: transaction)
            .ToDictionary(r => r.Id, r => (int)r.Version);

    public Document? Version(string id, int version, System.Data.IDbTransaction? transaction = null) =>
        database.Connection.Query<DocumentRow>(SelectVersion, new { Id = id, Version = version }, transaction).Select(ToDocument).SingleOrDefault();

    public IReadOnlyList<DocumentVersionInfo> Versions(string id) =>
        database.Connection.Query<VersionRow>(SelectVersions, new { Id = id })
            .Select(r => new DocumentVersionInfo(r.Id, (int)r.Version, r.File, r.Sha256, r.IngestedAt)).ToList();

    private void InsertNewVersion(Document document, int version, string stamp, System.Data.IDbTransaction transaction) =>
        database.Connection.Execute(InsertVersion, new
        {
            document.Id,
            Version = version,
            document.File,
            document.Sha256,
            document.Text,
            MetadataJson = StoredJson.Write(document.FromText),
            SegmentsJson = StoredJson.Write(document.Segments),
            Now = stamp,
        }, transaction);

    private static Document ToDocument(DocumentRow row) =>
        new Document(row.Id, row.File, row.Text, row.Sha256,
                StoredJson.Read<TextMetadata>(row.MetadataJson),
                StoredJson.Read<List<Segment>>(row.SegmentsJson))
            { Source = StoredJson.Read<SourceProfile>(row.SourceJson) };

    // Row types mirror SQLite's types exactly (INTEGER is Int64), as Dapper's constructor matching requires.
    private sealed class HeadRow
    {
        public long Version { get; set; }
        public string SourceJson { get; set; } = "";
    }

    private sealed class DocumentRow
    {
        public string Id { get; set; } = "";
        public long Version { get; set; }
        public string File { get; set; } = "";
        public string Sha256 { get; set; } = "";
        public string Text { get; set; } = "";
        public string MetadataJson { get; set; } = "";
        public string SegmentsJson { get; set; } = "";
        public string SourceJson { get; set; } = "";
    }

    private sealed class VersionRow
    {
        public string Id { get; set; } = "";
        public long Version { get; set; }
        public string File { get; set; } = "";
        public string Sha256 { get; set; } = "";
        public string IngestedAt { get; set; } = "";
    }
}
