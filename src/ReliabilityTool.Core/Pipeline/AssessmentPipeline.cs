using ReliabilityTool.Core.Claims;
using ReliabilityTool.Core.Documents;
using ReliabilityTool.Core.Matching;
using ReliabilityTool.Core.Scoring;

namespace ReliabilityTool.Core.Pipeline;

/// <summary>
/// The whole judgement as one object, built once from each stage's settings (claims from the
/// rubric's lexicon, matching, reuse, scoring from the rubric) and then run three ways:
/// <see cref="Assess"/> over a set of documents, <see cref="Add"/> of new articles to an assessed
/// archive, and <see cref="Rescore"/> of a stored analysis under this rubric. Pure: storage and the
/// command line sit around it.
/// </summary>
public sealed class AssessmentPipeline
{
    public AssessmentPipeline(Rubric rubric, MatchSettings? match = null, ReuseSettings? reuse = null)
    {
        Rubric = rubric;
        Match = match ?? MatchSettings.Default;
        Reuse = reuse ?? ReuseSettings.Default;
        Extractor = new SentenceClaimExtractor(rubric.Lexicon);
    }

    public Rubric Rubric { get; }

    public MatchSettings Match { get; }

    public ReuseSettings Reuse { get; }

    /// <summary>The claim stage, with the rubric's lexicon.</summary>
    public IClaimExtractor Extractor { get; }

    /// <summary>The lexicon's fingerprint: claims made with another must be made again.</summary>
    public string Lexicon => Rubric.Lexicon.Fingerprint;

    /// <summary>Cross-document analysis of these documents and their claims, then a card for each assertion.</summary>
    public Assessment Assess(IReadOnlyList<Document> documents, IReadOnlyList<Claim> claims) =>
        Score(documents, claims, CrossDocumentAnalyser.Analyse(documents, claims, Match, Reuse));

    /// <summary>
    /// The stored analysis under this rubric: assertions are rebuilt from their stored members and
    /// scored, and nothing is matched again. The analysis must have been made with this rubric's
    /// lexicon, since its claims, and so its assertions, come from it.
    /// </summary>
    public Assessment Rescore(StoredAnalysis stored) => Score(stored.Documents, stored.Claims, Rebuild(stored));

    /// <summary>
    /// The stored analysis as the cross-document stage made it: assertions rebuilt from their stored
    /// members, with the relations among their documents. It depends on the lexicon only, so one
    /// rebuild serves every rubric that keeps it (<c>rubric diff</c> scores it twice).
    /// </summary>
    public CrossDocumentAnalysis Rebuild(StoredAnalysis stored)
    {
        if (stored.State.Lexicon != Lexicon) throw LexiconChanged(Rubric);
        // The claims are indexed while the members are put in order: each takes one core, and the rest waits for both.
        var indexing = Task.Run(() => ClaimIndex.Of(stored.Claims));
        (string ClaimId, string AssertionId)[] membership;
        IReadOnlyDictionary<string, Claim> claimsById;
        try
        {
            membership = InAssertionOrder(stored.Membership);
        }
        finally
        {
            claimsById = indexing.GetAwaiter().GetResult();
        }

        var documentsById = stored.Documents.ToDictionary(d => d.Id);
        var reuseInto = stored.Reuse.ToLookup(r => r.To);
        var clusters = new CopyClusters(stored.Clusters);
        var runs = new List<int>(membership.Length) { 0 };
        for (var i = 1; i < membership.Length; i++)
        {
            if (!string.Equals(membership[i].AssertionId, membership[i - 1].AssertionId, StringComparison.Ordinal)) runs.Add(i);
        }

        runs.Add(membership.Length);
        // Each assertion is rebuilt on its own, on every core, into its own slot.
        var assertions = new Assertion[membership.Length == 0 ? 0 : runs.Count - 1];
        Parallel.For(0, assertions.Length, r =>
        {
            var claims = new Claim[runs[r + 1] - runs[r]];
            for (var c = 0; c < claims.Length; c++) claims[c] = claimsById[membership[runs[r] + c].ClaimId];
            assertions[r] = CrossDocumentAnalyser.AssertionOf(claims, documentsById, reuseInto, clusters, membership[runs[r]].AssertionId);
        });
        return new CrossDocumentAnalysis(assertions, stored.Reuse) { Clusters = stored.Clusters };
    }

    /// <summary>
    /// The members sorted by assertion id, the order assess gives, so that each assertion's members
    /// are one run. Ids as assess makes them ("a-" and ten lowercase hex digits) are sorted by
    /// their number, which orders them as their text does, at a fraction of the cost of comparing
    /// half a million strings; any other id sends the whole list through the ordinal sort.
    /// </summary>
    internal static (string ClaimId, string AssertionId)[] InAssertionOrder(IReadOnlyList<(string ClaimId, string AssertionId)> membership)
    {
        var sorted = membership.ToArray();
        var numbers = new ulong[sorted.Length];
        for (var i = 0; i < sorted.Length; i++)
        {
            if (NumberOf(sorted[i].AssertionId) is not { } number)
            {
                Array.Sort(sorted.Select(m => m.AssertionId).ToArray(), sorted, StringComparer.Ordinal);
                return sorted;
            }

            numbers[i] = number;
        }

        Array.Sort(numbers, sorted);
        return sorted;
    }

    private static ulong? NumberOf(string assertionId)
    {
        if (assertionId.Length != 12 || !assertionId.StartsWith("a-", StringComparison.Ordinal)) return null;
        ulong number = 0;
        foreach (var c in assertionId.AsSpan(2))
        {
            var digit = c is >= '0' and <= '9' ? c - '0' : c is >= 'a' and <= 'f' ? c - 'a' + 10 : -1;
            if (digit < 0) return null;
            number = (number << 4) | (uint)digit;
        }

        return number;
    }

    /// <summary>
    /// New articles into an assessed archive without redoing it: their claims are matched against the
    /// claims the stored index says they may meet, their text against the documents that share a
    /// fingerprint with it, and only the assertions they join are rebuilt and rescored.
    /// </summary>
    /// <returns>What changed, and the update for the archive to write.</returns>
    public AddReport Add(IArchiveReader archive, IReadOnlyList<Document> documents) => new IncrementalAdd(this, archive).Run(documents);

    /// <summary>Scores an analysis already made: partisanship of each document, then a card for each assertion.</summary>
    public Assessment Score(IReadOnlyList<Document> documents, IReadOnlyList<Claim> claims, CrossDocumentAnalysis analysis) =>
        Assessor.Score(documents, claims, analysis, Rubric);

    /// <summary>The archive's stored analysis, if this pipeline can build on it: there is one, and its claims were made with this lexicon.</summary>
    public AnalysisState StateOf(IArchiveReader archive)
    {
        var state = archive.State() ?? throw NotAssessed();
        return state.Lexicon == Lexicon ? state : throw LexiconChanged(Rubric);
    }

    /// <summary>An archive whose claims were made with another lexicon: they must be extracted again, which only assess does.</summary>
    public static InputException LexiconChanged(Rubric rubric) => new(
        $"the archive's claims were extracted with another lexicon than the one {rubric.File} gives: the claims must be extracted again. " +
        $"Run `reliability assess <folder> --rubric {rubric.File}`: it extracts again only the claims made with another lexicon, and keeps the rest.");

    /// <summary>An archive with no assessment to build on.</summary>
    public static InputException NotAssessed() => new(
        "this database holds no assessment yet: run `reliability assess <folder>` on the archive first.");
}
