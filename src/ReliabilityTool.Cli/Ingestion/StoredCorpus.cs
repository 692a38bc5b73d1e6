using ReliabilityTool.Core.Claims;
using ReliabilityTool.Core.Documents;
using ReliabilityTool.Core.Scoring;
using ReliabilityTool.Storage;

namespace ReliabilityTool.Cli.Ingestion;

/// <summary>Assesses what is stored under a rubric: stored claims when they were made with its lexicon, fresh ones otherwise.</summary>
public static class StoredCorpus
{
    /// <param name="only">Assess only these documents (the ones an <c>assess</c> run was given); null: everything stored.</param>
    public static Assessment Assess(Database database, Rubric rubric, IReadOnlyCollection<string>? only = null)
    {
        var documentStore = new DocumentStore(database);
        var claimStore = new ClaimStore(database);
        var documents = documentStore.Current().Where(d => only is null || only.Contains(d.Id)).ToList();
        var versions = documentStore.CurrentVersions();
        var extractor = new SentenceClaimExtractor(rubric.Lexicon);
        var claims = new List<Claim>();
        foreach (var document in documents)
        {
            var current = claimStore.IsCurrent(document.Id, versions[document.Id], rubric.Lexicon.Fingerprint);
            claims.AddRange(current ? claimStore.Current(new ClaimFilter(DocumentId: document.Id)) : extractor.Extract(document));
        }

        return Assessor.Assess(documents, claims, rubric);
    }
}
