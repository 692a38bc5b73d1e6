using System.Data;
using Dapper;
using Microsoft.Data.Sqlite;
using ReliabilityTool.Core.Claims;
using ReliabilityTool.Core.Text;

namespace ReliabilityTool.Storage;

/// <summary>Filters for listing claims; null means any.</summary>
public sealed record ClaimFilter(string? DocumentId = null, ClaimKind? Kind = null, bool? Hedged = null, string? EvidenceClass = null);

/// <summary>One document version's claims and the bytes each is stored as.</summary>
public sealed record ClaimRows(string DocumentId, int Version, IReadOnlyList<Claim> Claims, IReadOnlyList<byte[]> Stored);

/// <summary>
/// Claims of each document version, with the lexicon that produced them: a claim set made with
/// another lexicon is stale and is made again.
/// </summary>
public sealed class ClaimStore(Database database)
{
    private const string SelectRun = "SELECT lexicon FROM claim_runs WHERE document_id = @DocumentId AND version = @Version";
    private const string DeleteClaims = "DELETE FROM claims WHERE document_id = @DocumentId AND version = @Version";
    private const string UpsertRun = """
        INSERT INTO claim_runs (document_id, version, lexicon) VALUES (@DocumentId, @Version, @Lexicon)
        ON CONFLICT(document_id, version) DO UPDATE SET lexicon = excluded.lexicon
        """;

    private const string InsertClaim = """
        INSERT INTO claims (document_id, version, id, start, "end", kind, check_worthy, hedged, evidence_class, claim)
        VALUES (@DocumentId, @Version, @Id, @Start, @End, @Kind, @CheckWorthy, @Hedged, @EvidenceClass, @Claim)
        """;

    private static readonly string[] InsertClaimParameters = ["@DocumentId", "@Version", "@Id", "@Start", "@End", "@Kind", "@CheckWorthy", "@Hedged", "@EvidenceClass", "@Claim"];

    private const string SelectCurrent = """
        SELECT c.claim FROM claims c JOIN documents d ON d.id = c.document_id AND d.current_version = c.version
        WHERE (@DocumentId IS NULL OR c.document_id = @DocumentId)
          AND (@Kind IS NULL OR c.kind = @Kind)
          AND (@Hedged IS NULL OR c.hedged = @Hedged)
          AND (@EvidenceClass IS NULL OR c.evidence_class = @EvidenceClass)
        ORDER BY c.document_id, c.start
        """;

    public bool IsCurrent(string documentId, int version, string lexicon, IDbTransaction? transaction = null) =>
        database.Connection.ExecuteScalar<string?>(SelectRun, new { DocumentId = documentId, Version = version }, transaction) == lexicon;

    public void Save(string documentId, int version, string lexicon, IReadOnlyList<Claim> claims, IDbTransaction transaction) =>
        SaveAll([Rows(documentId, version, claims)], lexicon, transaction);

    /// <summary>A document version's claims with their stored form made: pure, so callers can make many at once on every core.</summary>
    public static ClaimRows Rows(string documentId, int version, IReadOnlyList<Claim> claims) =>
        new(documentId, version, claims, claims.Select(ClaimCodec.Write).ToList());

    /// <summary>
    /// Replaces the claims of each version. One prepared statement serves every row: an archive
    /// has hundreds of thousands of claims, and preparing a statement per row would cost more
    /// than writing it.
    /// </summary>
    public void SaveAll(IEnumerable<ClaimRows> sets, string lexicon, IDbTransaction transaction)
    {
        var connection = database.Connection;
        using var insert = connection.CreateCommand();
        insert.Transaction = (SqliteTransaction)transaction;
        insert.CommandText = InsertClaim;
        var parameters = InsertClaimParameters
            .Select(name => insert.Parameters.Add(new SqliteParameter { ParameterName = name }))
            .ToArray();
        insert.Prepare();

        foreach (var set in sets)
        {
            connection.Execute(DeleteClaims, new { set.DocumentId, set.Version }, transaction);
            for (var i = 0; i < set.Claims.Count; i++)
            {
                var c = set.Claims[i];
                object[] values =
                [
                    set.DocumentId, set.Version, c.Id, c.Start, c.End, c.Kind.ToString().ToLowerInvariant(), c.CheckWorthy,
                    c.IsHedged ? 1 : 0, c.StrongestEvidence?.ToString().ToLowerInvariant() ?? "none", set.Stored[i],
                ];
                for (var p = 0; p < values.Length; p++) parameters[p].Value = values[p];
                insert.ExecuteNonQuery();
            }

            connection.Execute(UpsertRun, new { set.DocumentId, set.Version, Lexicon = lexicon }, transaction);
        }
    }

    private const string SelectOfDocument = """
        SELECT c.claim FROM claims c JOIN documents d ON d.id = c.document_id AND d.current_version = c.version
        WHERE c.document_id = @DocumentId AND c.id IN @Ids
        """;

    /// <summary>
    /// These claims of current versions, by document and id. One query a document, each on the
    /// table's key: the general listing's optional filters would scan every claim each time.
    /// </summary>
    public IReadOnlyList<Claim> Find(IEnumerable<(string DocumentId, string ClaimId)> wanted, IDbTransaction? transaction = null)
    {
        var pool = new StringPool();
        return wanted.GroupBy(w => w.DocumentId)
            .SelectMany(g => database.Connection.Query<byte[]>(SelectOfDocument, new { DocumentId = g.Key, Ids = g.Select(w => w.ClaimId).Distinct().ToList() }, transaction))
            .Select(bytes => ClaimCodec.Read(bytes, pool))
            .ToList();
    }

    public IReadOnlyList<Claim> Current(ClaimFilter? filter = null, IDbTransaction? transaction = null) =>
        Decoding(filter, transaction).GetAwaiter().GetResult();

    /// <summary>Rows handed to the thread pool to decode at once: enough to be worth a task, few enough that decoding keeps up with reading.</summary>
    internal const int DecodeBatch = 4096;

    /// <summary>
    /// Reads the claims and decodes them as they arrive, each batch of rows on the thread pool while
    /// the next is read: decoding is the larger part of loading an archive, and this way it runs
    /// beside the reading rather than after it. The reading is done when this returns, so the
    /// connection is free for the caller's next query while the last batches decode.
    /// </summary>
    /// <returns>The claims in document order, once every batch is decoded, as a list no one can change, so later stages may index them once.</returns>
    public Task<IReadOnlyList<Claim>> Decoding(ClaimFilter? filter = null, IDbTransaction? transaction = null)
    {
        filter ??= new ClaimFilter();
        var rows = database.Connection.Query<byte[]>(SelectCurrent, new
        {
            filter.DocumentId,
            Kind = filter.Kind?.ToString().ToLowerInvariant(),
            Hedged = filter.Hedged is null ? (int?)null : filter.Hedged.Value ? 1 : 0,
            filter.EvidenceClass,
        }, transaction, buffered: false);
        var pool = new StringPool();
        var batches = new List<Task<Claim[]>>();
        var batch = new List<byte[]>(DecodeBatch);
        try
        {
            foreach (var bytes in rows)
            {
                batch.Add(bytes);
                if (batch.Count < DecodeBatch) continue;
                batches.Add(Decode(batch, pool));
                batch = new List<byte[]>(DecodeBatch);
            }
        }
        catch
        {
            BackgroundWork.Settle(batches);
            throw;
        }

        if (batch.Count > 0) batches.Add(Decode(batch, pool));
        // A batch that cannot be decoded raises its own error (the first, in document order), not one wrapping it.
        return Task.WhenAll(batches).ContinueWith(
            _ => (IReadOnlyList<Claim>)new FixedClaims(batches.SelectMany(b => b.GetAwaiter().GetResult())),
            CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
    }

    private static Task<Claim[]> Decode(List<byte[]> batch, StringPool pool) => Task.Run(() =>
    {
        var claims = new Claim[batch.Count];
        for (var i = 0; i < claims.Length; i++) claims[i] = ClaimCodec.Read(batch[i], pool);
        return claims;
    });
}
