using ReliabilityTool.Core.Claims;
using ReliabilityTool.Core.Matching;
using ReliabilityTool.Core.Scoring;

namespace ReliabilityTool.Core.Reporting;

/// <summary>
/// The first screen of every report, like a nutrition label: who the documents are, which of them
/// count as one source and why, and the counts, each saying what it counts. report.md, report.html
/// and the summary <c>assess</c> prints all read it from here, so their numbers and words agree.
/// </summary>
/// <param name="Groups">The independence groups of the whole set: documents that cannot corroborate each other, with why.</param>
/// <param name="Headline">The lead: the most consequential single-partisan-source assertions, in <see cref="HeadlineOrder"/>.</param>
/// <param name="SinglePartisan">Every assertion that depends on a single partisan source; the headline's "and N more" is the rest of these.</param>
public sealed record ReportSummary(
    IReadOnlyList<SummaryCount> Counts,
    IReadOnlyList<SummaryDocument> Documents,
    IReadOnlyList<IndependenceGroup> Groups,
    IReadOnlyList<CopyCluster> Clusters,
    IReadOnlyList<Assertion> Headline,
    int SinglePartisan)
{
    /// <summary>How the headline is ranked, in words the reports print beside it.</summary>
    public const string HeadlineOrder =
        "Ranked: those that cite no primary document first, then by check-worthiness, then by how many specific details (names, dates, numbers) they give. " +
        "Only check-worthy statements of fact or quotations with a specific detail lead; opinion, rhetoric, questions and notes do not.";

    /// <summary>Where the full list of single-partisan-source assertions starts, in report.md and report.html.</summary>
    public const string FullListAnchor = "single-partisan-source";

    /// <summary>Claims at or above this check-worthiness are counted, and led with, as check-worthy: the model's calibrated decision threshold.</summary>
    public const double CheckWorthyThreshold = 0.5;

    public int MoreThanHeadline => SinglePartisan - Headline.Count;

    public static ReportSummary Of(ReportContext context)
    {
        var a = context.Assessment;
        var ids = a.Documents.Select(d => d.Id).ToList();
        // The groups of the whole set read no card, so they are found beside the flagged lists, which read every card.
        // Their inputs are taken here, not in the task: the summary is made under the context's lock, which a
        // lookup the context makes once would wait on from the task while this thread waits on the task.
        var (claims, documents, reuseInto, clusters) = (a.Claims, context.DocumentsById, context.ReuseInto, context.Clusters);
        var grouping = Task.Run(() => IndependencePolicy.Groups(ids, RelationFinder.Find(claims, ids, documents, reuseInto, clusters), a.Rubric.Independence)
            .Where(g => g.DocumentIds.Count > 1)
            .OrderByDescending(g => g.DocumentIds.Count).ThenBy(g => g.DocumentIds[0], StringComparer.Ordinal)
            .ToList());
        try
        {
            return Of(context, grouping);
        }
        finally
        {
            // Should the rest fail, the groups are not left being found after the report has gone on.
            ((Task)grouping).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing).GetAwaiter().GetResult();
        }
    }

    private static ReportSummary Of(ReportContext context, Task<List<IndependenceGroup>> grouping)
    {
        var a = context.Assessment;
        var flagged = context.SinglePartisanWithoutPrimary.Concat(context.SinglePartisanCitingPrimary).ToList();
        var counts = new List<SummaryCount>
        {
            new("documents", a.Documents.Count, "articles read"),
            new("claims", a.Claims.Count, "sentences and list items of the article text, of every kind (fact, quotation, opinion, question, note)"),
            new("check-worthy claims", a.Claims.Count(c => c.CheckWorthy >= CheckWorthyThreshold), "claims whose check-worthiness is 0.5 or more"),
            new("assertions", a.Analysis.Assertions.Count, "distinct statements: claims that say the same thing in several documents count once"),
            new("single partisan source", flagged.Count, "assertions that one independence group carries, whose source has a stake in the story"),
            new("… citing no primary document", context.SinglePartisanWithoutPrimary.Count, "of those, the ones that cite no primary document that could settle them"),
            new("reused passages", a.Analysis.Reuse.Count, "passages one document reproduces from another"),
            new("copy clusters", a.Analysis.Clusters.Count, "stories carried by more than one document (a wire story, a syndicated article, reposts)"),
            new("skipped files", context.Skipped.Count, "files in this run's input that were not read, each listed with why in report.json"),
        };

        var documents = a.Documents.Select(d => new SummaryDocument(d.Id, d.Outlet, d.Source.Owner?.Name, d.Authors, a.Partisanship[d.Id].IsPartisan)).ToList();
        var headline = Leading(context, flagged, a.Rubric.Report.Headline);
        return new ReportSummary(counts, documents, grouping.GetAwaiter().GetResult(), a.Analysis.Clusters, headline, flagged.Count);
    }

    /// <summary>
    /// The flagged assertions that lead, best first (see <see cref="HeadlineOrder"/>). An archive flags
    /// a hundred thousand assertions and the headline holds a handful: each is read once, and only the
    /// best so far are kept in order.
    /// </summary>
    internal static List<Assertion> Leading(ReportContext context, IReadOnlyList<Assertion> flagged, int size)
    {
        if (size <= 0) return [];
        var best = new List<(Assertion Assertion, int Cited, int Specifics)>(Math.Min(size, flagged.Count) + 1);
        foreach (var assertion in flagged)
        {
            var leads = false;
            var specifics = 0;
            foreach (var id in assertion.ClaimIds)
            {
                var claim = context.ClaimsById[id];
                leads |= Leads(claim);
                specifics = Math.Max(specifics, Specifics(claim));
            }

            if (!leads) continue;
            var entry = (assertion, context.Assessment.CardOf(assertion).PrimaryBacking == PrimaryBacking.None ? 0 : 1, specifics);
            if (best.Count == size && Ranked(entry, best[^1]) >= 0) continue;
            var at = best.Count;
            while (at > 0 && Ranked(entry, best[at - 1]) < 0) at--;
            best.Insert(at, entry);
            if (best.Count > size) best.RemoveAt(size);
        }

        return best.Select(x => x.Assertion).ToList();
    }

    /// <summary>The headline's order: no primary document first, then the more check-worthy, then the more specific, then by id.</summary>
    private static int Ranked((Assertion Assertion, int Cited, int Specifics) x, (Assertion Assertion, int Cited, int Specifics) y) =>
        x.Cited.CompareTo(y.Cited) is var cited and not 0 ? cited
        : y.Assertion.CheckWorthiness.CompareTo(x.Assertion.CheckWorthiness) is var worth and not 0 ? worth
        : y.Specifics.CompareTo(x.Specifics) is var specific and not 0 ? specific
        : string.CompareOrdinal(x.Assertion.Id, y.Assertion.Id);

    /// <summary>Check-worthy, specific, and a statement of fact or a quotation: what a fact-checker must not repeat unchecked.</summary>
    private static bool Leads(Claim c) => c.Kind is ClaimKind.Factual or ClaimKind.Quote && c.CheckWorthy >= CheckWorthyThreshold && Specifics(c) > 0;

    private static int Specifics(Claim claim) => claim.Details.Entities.Count + claim.Details.Dates.Count + claim.Details.Numbers.Count;
}

/// <summary>One count of the summary, and what it counts, in the words every report uses.</summary>
public sealed record SummaryCount(string Name, int Value, string Counts);

/// <summary>A document as a reader knows it: outlet, owner and author, and whether its source is partisan.</summary>
public sealed record SummaryDocument(string Id, string? Outlet, string? Owner, IReadOnlyList<string> Authors, bool Partisan);
