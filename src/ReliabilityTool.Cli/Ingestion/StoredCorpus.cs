using ReliabilityTool.Core.Claims;
using ReliabilityTool.Core.Documents;
using ReliabilityTool.Core.Matching;
using ReliabilityTool.Core.Scoring;
using ReliabilityTool.Core.Sources;
using ReliabilityTool.Storage;

namespace ReliabilityTool.Cli.Ingestion;

/// <summary>Assesses what is stored under a rubric: stored claims when they were made with its lexicon, fresh ones otherwise.</summary>
public static class StoredCorpus
{
    /// <summary>Everything stored, as it is now.</summary>
    public static Assessment Assess(Database database, Rubric rubric)
    {
        var documents = new DocumentStore(database).Current();
        return Assessor.Assess(documents, ClaimsOf(database, rubric.Lexicon, documents), rubric);
    }

    /// <summary>
    /// The stored assessment as it stands, with every <c>add</c> since: nothing is re-analysed.
    /// It must have been made with this rubric, since cards carry its points.
    /// </summary>
    public static Assessment Assessed(Database database, Rubric rubric)
    {
        var analysis = new AnalysisStore(database);
        StateFor(analysis, rubric);

        // Assertions are rebuilt from their stored members: grouping is what took the analysis its time, not this.
        var documents = new DocumentStore(database).Current();
        var claims = new ClaimStore(database).Current();
        var byId = claims.ToDictionary(c => c.Id);
        var reuse = analysis.Reuse();
        var documentsById = documents.ToDictionary(d => d.Id);
        var reuseInto = reuse.ToLookup(r => r.To);
        var clusters = analysis.Clusters();
        var clustersByDocument = new CopyClusters(clusters);
        var groups = analysis.Membership().GroupBy(m => m.AssertionId).Select(g => (IReadOnlyList<Claim>)g.Select(m => byId[m.ClaimId]).ToList()).ToList();
        return Assessor.Score(documents, claims, new CrossDocumentAnalysis(
            groups.AsParallel().Select(g => CrossDocumentAnalyser.AssertionOf(g, documentsById, reuseInto, clustersByDocument, rubric.Independence))
                .OrderBy(a => a.Id, StringComparer.Ordinal).ToList(),
            reuse) { Clusters = clusters }, rubric);
    }

    /// <summary>The stored assessment's state, if there is one and it was made with this rubric; a clear error otherwise.</summary>
    public static AnalysisState StateFor(AnalysisStore analysis, Rubric rubric)
    {
        var state = analysis.State() ?? throw new InputException(
            "this database holds no assessment yet: run `reliability assess <folder>` on the archive first.");
        if (state.RubricSha256 != rubric.Sha256 || state.Lexicon != rubric.Lexicon.Fingerprint)
            throw new InputException(
                $"the archive was assessed with another rubric than {rubric.File}: use the rubric it was assessed with, or run `reliability assess` with this one first.");
        return state;
    }

    /// <summary>The claims of these current documents, in document order.</summary>
    /// <param name="made">Claims an ingest just made, by document: used as they are instead of being read back.</param>
    /// <param name="transaction">The run's transaction, when it reads what it has not yet committed.</param>
    public static IReadOnlyList<Claim> ClaimsOf(
        Database database, Lexicon lexicon, IReadOnlyList<Document> documents, IReadOnlyDictionary<string, IReadOnlyList<Claim>>? made = null,
        System.Data.IDbTransaction? transaction = null)
    {
        made ??= new Dictionary<string, IReadOnlyList<Claim>>();
        var claimStore = new ClaimStore(database);
        var needed = documents.Where(d => !made.ContainsKey(d.Id)).ToList();
        var versions = needed.Count == 0 ? new Dictionary<string, int>() : new DocumentStore(database).CurrentVersions(transaction);
        var stored = needed.Where(d => claimStore.IsCurrent(d.Id, versions[d.Id], lexicon.Fingerprint, transaction)).Select(d => d.Id).ToHashSet();

        // One query for every stored claim set, not one per document.
        var fromStore = (stored.Count == 0 ? [] : claimStore.Current(transaction: transaction)).Where(c => stored.Contains(c.DocumentId)).ToLookup(c => c.DocumentId);
        var extractor = new SentenceClaimExtractor(lexicon);
        var fresh = needed.Where(d => !stored.Contains(d.Id)).AsParallel().Select(d => (d.Id, Claims: extractor.Extract(d))).ToDictionary(x => x.Id, x => x.Claims);
        return documents.SelectMany(d => made.TryGetValue(d.Id, out var m) ? m : fresh.TryGetValue(d.Id, out var f) ? f : (IEnumerable<Claim>)fromStore[d.Id]).ToList();
    }
}
