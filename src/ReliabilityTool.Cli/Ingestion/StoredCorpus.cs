using ReliabilityTool.Core.Claims;
using ReliabilityTool.Core.Documents;
using ReliabilityTool.Core.Scoring;
using ReliabilityTool.Storage;

namespace ReliabilityTool.Cli.Ingestion;

/// <summary>Assesses what is stored under a rubric: stored claims when they were made with its lexicon, fresh ones otherwise.</summary>
public static class StoredCorpus
{
    /// <param name="only">Assess only these documents (the ones an <c>assess</c> run was given); null: everything stored.</param>
    /// <param name="made">Claims an ingest just made, by document: used as they are instead of being read back.</param>
    public static Assessment Assess(Database database, Rubric rubric, IReadOnlyCollection<string>? only = null, IReadOnlyDictionary<string, IReadOnlyList<Claim>>? made = null) =>
        Assessor.Assess(Load(database, rubric.Lexicon, only, made, out var claims), claims, rubric);

    public static IReadOnlyList<Document> Load(
        Database database, Lexicon lexicon, IReadOnlyCollection<string>? only, IReadOnlyDictionary<string, IReadOnlyList<Claim>>? made, out IReadOnlyList<Claim> claims)
    {
        made ??= new Dictionary<string, IReadOnlyList<Claim>>();
        var documentStore = new DocumentStore(database);
        var claimStore = new ClaimStore(database);
        var documents = documentStore.Current().Where(d => only is null || only.Contains(d.Id)).ToList();
        var versions = documentStore.CurrentVersions();
        var needed = documents.Where(d => !made.ContainsKey(d.Id)).ToList();
        var stored = needed.Where(d => claimStore.IsCurrent(d.Id, versions[d.Id], lexicon.Fingerprint)).Select(d => d.Id).ToHashSet();

        // One query for every stored claim set, not one per document.
        var fromStore = (stored.Count == 0 ? [] : claimStore.Current()).Where(c => stored.Contains(c.DocumentId)).ToLookup(c => c.DocumentId);
        var extractor = new SentenceClaimExtractor(lexicon);
        var fresh = needed.Where(d => !stored.Contains(d.Id)).AsParallel().Select(d => (d.Id, Claims: extractor.Extract(d))).ToDictionary(x => x.Id, x => x.Claims);
        claims = documents.SelectMany(d => made.TryGetValue(d.Id, out var m) ? m : fresh.TryGetValue(d.Id, out var f) ? f : (IEnumerable<Claim>)fromStore[d.Id]).ToList();
        return documents;
    }
}
