using ReliabilityTool.Core.Claims;
using ReliabilityTool.Core.Documents;
using ReliabilityTool.Core.Pipeline;
using ReliabilityTool.Core.Scoring;
using ReliabilityTool.Core.Sources;
using ReliabilityTool.Storage;

namespace ReliabilityTool.Cli.Ingestion;

/// <summary>What is stored, under a rubric: the stored analysis rescored, or the documents analysed afresh when the rubric's lexicon differs.</summary>
public static class StoredCorpus
{
    /// <summary>
    /// Everything stored, analysed afresh under this pipeline: claims made with its lexicon are
    /// read back, the others are extracted again (and not stored), and everything is matched again.
    /// For a rubric whose lexicon differs from the stored analysis's; any other is <see cref="Rescored"/>.
    /// </summary>
    public static Assessment Analysed(Database database, AssessmentPipeline pipeline)
    {
        var documents = new DocumentStore(database).Current();
        return pipeline.Assess(documents, ClaimsOf(database, pipeline.Rubric.Lexicon, documents));
    }

    /// <summary>The stored analysis, with every <c>add</c> since, read in one snapshot; a clear error when there is none.</summary>
    public static StoredAnalysis Load(Database database) => TryLoad(database) ?? throw AssessmentPipeline.NotAssessed();

    /// <summary>The stored analysis, or null when the archive holds none (never assessed, or documents ingested since).</summary>
    public static StoredAnalysis? TryLoad(Database database)
    {
        using var reading = database.Connection.BeginTransaction(deferred: true);
        return new Archive(database, reading).TryLoad();
    }

    /// <summary>
    /// The archive under two rubrics, on one footing: the stored analysis rebuilt once and scored
    /// under each, when both keep its lexicon; otherwise both sides analysed afresh, so that what
    /// differs is the rubric and not how the claims were grouped (an <c>add</c> groups a few claims
    /// differently from a whole run).
    /// </summary>
    /// <param name="say">Where to say why the archive is analysed afresh.</param>
    public static (Assessment Before, Assessment After) Compared(Database database, AssessmentPipeline before, AssessmentPipeline after, Action<string> say)
    {
        var stored = TryLoad(database);
        if (stored is not null && before.Lexicon == stored.State.Lexicon && after.Lexicon == stored.State.Lexicon)
        {
            var rebuilt = before.Rebuild(stored);
            // The two scorings share nothing they change, so they run side by side: each has steps that use one core.
            var scoringAfter = Task.Run(() => after.Score(stored.Documents, stored.Claims, rebuilt));
            try
            {
                return (before.Score(stored.Documents, stored.Claims, rebuilt), scoringAfter.GetAwaiter().GetResult());
            }
            finally
            {
                ((Task)scoringAfter).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing).GetAwaiter().GetResult();
            }
        }

        say(stored is null
            ? "The archive holds no current assessment: both rubrics analyse it afresh (run `reliability assess` once, and later comparisons rescore the stored analysis in seconds)."
            : $"{(before.Lexicon != stored.State.Lexicon ? before.Rubric.File : after.Rubric.File)} changes the lexicon the archive was assessed with: both rubrics analyse it afresh for this comparison, claims extracted and matched again (nothing is stored).");
        return (Analysed(database, before), Analysed(database, after));
    }

    /// <summary>The stored analysis scored under this pipeline's rubric: nothing is matched again.</summary>
    public static Assessment Rescored(Database database, AssessmentPipeline pipeline) => pipeline.Rescore(Load(database));

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
