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
        foreach (var document in documentStore.Current(transaction))
        {
            var version = documentStore.CurrentVersion(document.Id, transaction);
            if (claimStore.IsCurrent(document.Id, version, lexicon.Fingerprint, transaction)) continue;
            claimStore.Save(document.Id, version, lexicon.Fingerprint, extractor.Extract(document), transaction);
            made++;
        }

        transaction.Commit();
        return new IngestReport(results, made);
    }
}
