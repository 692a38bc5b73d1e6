using ReliabilityTool.Core.Claims;
using ReliabilityTool.Core.Documents;
using ReliabilityTool.Storage;

namespace ReliabilityTool.Cli.Ingestion;

/// <param name="ClaimsMade">The claims this run extracted, by document id: what was just made need not be read back.</param>
public sealed record IngestReport(IReadOnlyList<IngestedDocument> Documents, int ClaimSetsMade, IReadOnlyDictionary<string, IReadOnlyList<Claim>> ClaimsMade);

/// <summary>
/// Stores documents and the claims of every current version whose claims are missing or were
/// made with another lexicon, all in one transaction: a failure leaves the database as it was.
/// </summary>
public static class IngestRun
{
    public static IngestReport Run(Database database, IReadOnlyList<Document> documents, DateTimeOffset now, Lexicon lexicon)
    {
        using var transaction = database.Connection.BeginTransaction();
        var report = Run(database, documents, now, lexicon, transaction);
        transaction.Commit();
        return report;
    }

    /// <summary>The same, inside a caller's transaction: assess commits its documents, claims and analysis together.</summary>
    public static IngestReport Run(Database database, IReadOnlyList<Document> documents, DateTimeOffset now, Lexicon lexicon, System.Data.IDbTransaction transaction)
    {
        var documentStore = new DocumentStore(database);
        var claimStore = new ClaimStore(database);
        var extractor = new SentenceClaimExtractor(lexicon);
        var results = documentStore.Ingest(documents, now, transaction);
        // The stored analysis no longer covers every document: `add` must not build on it until assess has run again.
        if (results.Any(r => r.Outcome != IngestOutcome.Unchanged)) new AnalysisStore(database).Forget(transaction);
        var given = documents.ToDictionary(d => d.Id);
        var stale = documentStore.CurrentVersions(transaction)
            .Where(v => !claimStore.IsCurrent(v.Key, v.Value, lexicon.Fingerprint, transaction))
            // A document just ingested is its current version; only a stale one not in hand is read back in full.
            .Select(v => (Id: v.Key, Version: v.Value, Document: given.TryGetValue(v.Key, out var d) ? d : documentStore.Version(v.Key, v.Value, transaction)!))
            .ToList();

        // Extraction is pure and per document, so it runs on every core; storing stays on this thread's connection.
        // Rows stream from the extracting cores into the store, so each claim's JSON is dropped once
        // written; from AsSequential on, this thread alone stores them and fills the dictionary.
        var made = new Dictionary<string, IReadOnlyList<Claim>>();
        var rows = stale.AsParallel().Select(s => ClaimStore.Rows(s.Id, s.Version, extractor.Extract(s.Document)));
        claimStore.SaveAll(rows.AsSequential().Select(r => { made[r.DocumentId] = r.Claims; return r; }), lexicon.Fingerprint, transaction);
        return new IngestReport(results, made.Count, made);
    }
}
