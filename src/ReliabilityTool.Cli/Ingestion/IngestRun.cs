using ReliabilityTool.Core.Claims;
using ReliabilityTool.Core.Documents;
using ReliabilityTool.Storage;

namespace ReliabilityTool.Cli.Ingestion;

public sealed record IngestReport(IReadOnlyList<IngestedDocument> Documents, int ClaimSetsMade);

/// <summary>
/// Stores documents and the claims of every current version whose claims are missing or were
/// made with another lexicon, all in one transaction: a failure leaves the database as it was.
/// </summary>
public static class IngestRun
{
    public static IngestReport Run(Database database, IReadOnlyList<Document> documents, DateTimeOffset now, Lexicon lexicon)
    {
        var documentStore = new DocumentStore(database);
        var claimStore = new ClaimStore(database);
        var extractor = new SentenceClaimExtractor(lexicon);
        using var transaction = database.Connection.BeginTransaction();
        var results = documentStore.Ingest(documents, now, transaction);
        var made = 0;
        foreach (var (id, version) in documentStore.CurrentVersions(transaction))
        {
            if (claimStore.IsCurrent(id, version, lexicon.Fingerprint, transaction)) continue;
            // Only a document whose claims are stale is read back in full.
            var document = documentStore.Version(id, version, transaction)!;
            claimStore.Save(id, version, lexicon.Fingerprint, extractor.Extract(document), transaction);
            made++;
        }

        transaction.Commit();
        return new IngestReport(results, made);
    }
}
