using ReliabilityTool.Core.Claims;
using ReliabilityTool.Core.Documents;
using ReliabilityTool.Core.Matching;
using ReliabilityTool.Core.Scoring;

namespace ReliabilityTool.Core.Reporting;

/// <summary>What every report writer is handed: the assessment and the facts about this run it must not look up itself.</summary>
/// <param name="RubricFile">The rubric path as the user gave it (relative), for the report header.</param>
public sealed record ReportContext(Assessment Assessment, string ToolVersion, string RubricFile)
{
    /// <summary>The files of this run's input that were not read, each with why (none when the reports are rewritten from the database).</summary>
    public IReadOnlyList<SkippedFile> Skipped { get; init; } = [];

    public IReadOnlyDictionary<string, Document> DocumentsById { get; } = Assessment.Documents.ToDictionary(d => d.Id);

    // The lookups over every claim are made by the first writer that needs each, so that the
    // writers, which run side by side, make them side by side too (each takes a fraction of a
    // second at half a million claims, and not every writer needs every one). The claims by id
    // are usually made already: a rescore's claims are a fixed list, indexed once by the rebuild.
    public IReadOnlyDictionary<string, Claim> ClaimsById => _claimsById.Value;

    public IReadOnlyDictionary<string, Assertion> AssertionOfClaim => _assertionOfClaim.Value;

    public ILookup<string, Claim> ClaimsByDocument => _claimsByDocument.Value;

    private readonly Lazy<IReadOnlyDictionary<string, Claim>> _claimsById = new(() => ClaimIndex.Of(Assessment.Claims));

    private readonly Lazy<IReadOnlyDictionary<string, Assertion>> _assertionOfClaim = new(() =>
    {
        var byClaim = new Dictionary<string, Assertion>(Assessment.Claims.Count);
        foreach (var assertion in Assessment.Analysis.Assertions)
        {
            foreach (var claim in assertion.ClaimIds) byClaim.Add(claim, assertion);
        }

        return byClaim;
    });

    private readonly Lazy<ILookup<string, Claim>> _claimsByDocument = new(() => Assessment.Claims.ToLookup(c => c.DocumentId));

    public IEnumerable<Claim> ClaimsOf(Assertion assertion) => assertion.ClaimIds.Select(id => ClaimsById[id]);

    /// <summary>The assertions a fact-checker must look at first: one partisan source, and no primary document that could settle them.</summary>
    public IReadOnlyList<Assertion> SinglePartisanWithoutPrimary => Once(ref _singlePartisanWithoutPrimary, () => Ordered(Partition.WithoutPrimary));

    /// <summary>Single partisan source, but a primary document is cited: checking that document settles them.</summary>
    public IReadOnlyList<Assertion> SinglePartisanCitingPrimary => Once(ref _singlePartisanCitingPrimary, () => Ordered(Partition.CitingPrimary));

    /// <summary>
    /// Every assertion in the order a fact-checker would take them, and the order report.md lists
    /// them in: the two lists above, then the rest by score, as report.md's grade bands run.
    /// </summary>
    public IReadOnlyList<Assertion> ByPriority => Once(ref _byPriority, () =>
        SinglePartisanWithoutPrimary.Concat(SinglePartisanCitingPrimary)
            .Concat(Partition.Others
                .OrderByDescending(a => Assessment.CardOf(a).Score).ThenByDescending(a => a.CheckWorthiness).ThenBy(a => a.Id, StringComparer.Ordinal))
            .ToList());

    /// <summary>
    /// Which assertions an archive's page and ClaimReview keep when they cannot hold all: the two
    /// single-partisan-source lists, then the rest most check-worthy first (not best supported first).
    /// </summary>
    public IReadOnlyList<Assertion> ByUrgency => Once(ref _byUrgency, () =>
        SinglePartisanWithoutPrimary.Concat(SinglePartisanCitingPrimary).Concat(Ordered(Partition.Others)).ToList());

    /// <summary>Every assertion in one of three kinds, each card read once: single partisan source without a primary document, citing one, and the others.</summary>
    private Kinds Partition => Once(ref _partition, () =>
    {
        var kinds = new Kinds([], [], []);
        foreach (var a in Assessment.Analysis.Assertions)
        {
            var card = Assessment.CardOf(a);
            (!card.Has(Flags.SinglePartisanSource) ? kinds.Others : card.PrimaryBacking == PrimaryBacking.None ? kinds.WithoutPrimary : kinds.CitingPrimary).Add(a);
        }

        return kinds;
    });

    private sealed record Kinds(List<Assertion> WithoutPrimary, List<Assertion> CitingPrimary, List<Assertion> Others);

    private Kinds? _partition;

    private IReadOnlyList<Assertion>? _byUrgency;

    /// <summary>Each document's copy cluster.</summary>
    public CopyClusters Clusters { get; } = new(Assessment.Analysis.Clusters);

    /// <summary>A passage copied within one copy cluster: the cluster says it once, so the reports do not list it pair by pair.</summary>
    public string? ClusterOf(Reuse reuse) => Clusters.ShareText(reuse.From, reuse.To) ? Clusters.Of(reuse.From)!.Value.Cluster.Id : null;

    /// <summary>Reused passages by the document that reproduces them.</summary>
    public ILookup<string, Reuse> ReuseInto { get; } = Assessment.Analysis.Reuse.ToLookup(r => r.To);

    /// <summary>Most check-worthy first, then by id, so the order is stable.</summary>
    private static Assertion[] Ordered(List<Assertion> assertions)
    {
        // One comparison, no key arrays: each of these lists can hold most of an archive's assertions.
        var ordered = assertions.ToArray();
        Array.Sort(ordered, static (x, y) => y.CheckWorthiness.CompareTo(x.CheckWorthiness) is var byWorth and not 0 ? byWorth : string.CompareOrdinal(x.Id, y.Id));
        return ordered;
    }

    /// <summary>The first screen every report opens with.</summary>
    public ReportSummary Summary => Once(ref _summary, () => ReportSummary.Of(this));

    /// <summary>
    /// Worked out by whichever writer needs it first while the others wait, then only read: the
    /// writers run side by side, and an archive's orderings take seconds each.
    /// </summary>
    private T Once<T>(ref T? field, Func<T> make) where T : class => LazyInitializer.EnsureInitialized(ref field, ref _making, make);

    private object? _making;

    private ReportSummary? _summary;
    private IReadOnlyList<Assertion>? _singlePartisanWithoutPrimary;
    private IReadOnlyList<Assertion>? _singlePartisanCitingPrimary;
    private IReadOnlyList<Assertion>? _byPriority;
}
