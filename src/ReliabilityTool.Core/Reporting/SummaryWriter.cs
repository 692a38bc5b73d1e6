using System.Globalization;
using System.Text;
using ReliabilityTool.Core.Matching;

namespace ReliabilityTool.Core.Reporting;

/// <summary>
/// The summary and the headline as report.md's first screen. It fits on a page at any size of
/// archive: past a handful of documents, outlets are listed with their counts, and every list
/// stops with how many it left out.
/// </summary>
internal static class SummaryWriter
{
    /// <summary>Documents listed one by one up to this many; past it, outlets with their counts.</summary>
    internal const int ListedDocuments = 12;

    /// <summary>Independence groups and copy clusters listed on the first screen.</summary>
    internal const int ListedGroups = 8;

    public static void Markdown(StringBuilder md, ReportContext context)
    {
        var summary = context.Summary;
        md.AppendLine("## Summary").AppendLine();
        md.AppendLine("| count | number | what it counts |").AppendLine("| --- | ---: | --- |");
        foreach (var c in summary.Counts) md.AppendLine(Inv($"| {c.Name} | {c.Value} | {c.Counts} |"));
        md.AppendLine();

        Documents(md, summary);
        List(md, context, Groups(context, summary));
        List(md, context, Clusters(context, summary));
        Headline(md, context, summary);
    }

    /// <summary>A table of the summary, in plain text cells: report.md and report.html show the same rows.</summary>
    internal sealed record Table(IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyList<string>> Rows, string? More);

    /// <summary>A list of the summary, and what it left out.</summary>
    internal sealed record Lines(string Title, IReadOnlyList<LineItem> Items, string? More);

    /// <summary>One line: the documents it is about (each writer names them its own way), then what it says of them.</summary>
    internal sealed record LineItem(IReadOnlyList<string> Documents, string Text);

    /// <summary>The documents one by one, or past <see cref="ListedDocuments"/> their outlets with counts.</summary>
    internal static Table Documents(ReportSummary summary)
    {
        if (summary.Documents.Count <= ListedDocuments)
        {
            return new Table(["document", "outlet", "owner", "author", "partisan"],
                summary.Documents.Select(d => (IReadOnlyList<string>)[d.Id, d.Outlet ?? "unknown", d.Owner ?? "unknown", d.Authors.Count == 0 ? "none given" : string.Join("; ", d.Authors), d.Partisan ? "yes" : "no"]).ToList(),
                null);
        }

        var outlets = summary.Documents.GroupBy(d => (Outlet: d.Outlet ?? "unknown outlet", Owner: d.Owner ?? "unknown"))
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key.Outlet, StringComparer.Ordinal).ToList();
        return new Table(["outlet", "owner", "documents", "partisan"],
            outlets.Take(ListedDocuments).Select(g => (IReadOnlyList<string>)[g.Key.Outlet, g.Key.Owner, Inv($"{g.Count()}"), Partisan(g)]).ToList(),
            More(outlets.Count - ListedDocuments, "outlets", "report.json lists every document"));
    }

    internal static Lines Groups(ReportContext context, ReportSummary summary) =>
        new("Independence groups (documents that count as one source, and why)",
            summary.Groups.Count == 0
                ? [new LineItem([], "none: no two documents share an owner, an author, copied text or a wire.")]
                : summary.Groups.Take(ListedGroups).Select(g => new LineItem(g.DocumentIds, string.Join("; ", g.Reasons.Select(r => r.ShortText)))).ToList(),
            More(summary.Groups.Count - ListedGroups, "groups", "report.json gives each assertion's groups"));

    internal static Lines Clusters(ReportContext context, ReportSummary summary) =>
        new(summary.Clusters.Count == 0 ? "Copy clusters" : Inv($"Copy clusters ({summary.Clusters.Count}; each counts as one source, however many outlets print it)"),
            summary.Clusters.Count == 0
                ? [new LineItem([], "none: no story is carried by more than one document.")]
                : summary.Clusters.OrderByDescending(c => c.Members.Count).ThenBy(c => c.Id, StringComparer.Ordinal).Take(ListedGroups)
                    .Select(c => c.Origin is { } o && context.DocumentsById.ContainsKey(o)
                        ? new LineItem([o], Inv($"the origin, and {c.Members.Count - 1} more documents that carry its story"))
                        : new LineItem([], Inv($"{c.Members.Count} documents carry one story; origin: {c.Upstream ?? "unknown"}"))).ToList(),
            More(summary.Clusters.Count - ListedGroups, "clusters", "listed in full further down"));

    private static void Documents(StringBuilder md, ReportSummary summary)
    {
        var table = Documents(summary);
        md.AppendLine(Inv($"| {string.Join(" | ", table.Header)} |")).AppendLine(Inv($"| {string.Join(" | ", table.Header.Select(_ => "---"))} |"));
        foreach (var row in table.Rows) md.AppendLine(Inv($"| {string.Join(" | ", row.Select(Cell))} |"));
        md.AppendLine();
        if (table.More is { } more) md.AppendLine(more).AppendLine();
    }

    private static void List(StringBuilder md, ReportContext context, Lines lines)
    {
        md.AppendLine(Inv($"**{lines.Title}:**")).AppendLine();
        foreach (var item in lines.Items)
        {
            var named = string.Join(", ", item.Documents.Select(id => $"{Cell(context.DocumentsById[id].Label)} (`{id}`)"));
            md.AppendLine(named.Length == 0 ? $"- {Cell(item.Text)}" : $"- {named}: {Cell(item.Text)}");
        }

        md.AppendLine();
        if (lines.More is { } more) md.AppendLine(more).AppendLine();
    }

    private static string Partisan(IEnumerable<SummaryDocument> documents)
    {
        var list = documents.ToList();
        var partisan = list.Count(d => d.Partisan);
        return partisan == 0 ? "no" : partisan == list.Count ? "yes" : Inv($"{partisan} of {list.Count}");
    }

    private static void Headline(StringBuilder md, ReportContext context, ReportSummary summary)
    {
        md.AppendLine("## Check these first: assertions that depend on a single partisan source").AppendLine();
        if (summary.SinglePartisan == 0)
        {
            md.AppendLine("No assertion depends on a single partisan source.").AppendLine();
            return;
        }

        md.AppendLine(ReportSummary.HeadlineOrder).AppendLine();
        var n = 0;
        foreach (var assertion in summary.Headline)
        {
            var card = context.Assessment.CardOf(assertion);
            var sources = string.Join("; ", assertion.DocumentIds.Select(id => context.DocumentsById[id].Label));
            md.AppendLine(Inv($"{++n}. **{Cell(assertion.Summary)}** — {Cell(sources)} · {Cell(card.Grade)} · check-worthiness {MarkdownReportWriter.Num(assertion.CheckWorthiness)} · [details](#{assertion.Id})"));
        }

        md.AppendLine();
        md.AppendLine(summary.Headline.Count == 0
            ? Inv($"None of the {summary.SinglePartisan} is a check-worthy, specific statement of fact: [all {summary.SinglePartisan} are listed below](#{ReportSummary.FullListAnchor}).")
            : summary.MoreThanHeadline == 0
                ? Inv($"All {summary.SinglePartisan} single-partisan-source assertions are listed above, and [in full below](#{ReportSummary.FullListAnchor}).")
                : Inv($"… and {summary.MoreThanHeadline} more: [all {summary.SinglePartisan} single-partisan-source assertions are listed below](#{ReportSummary.FullListAnchor})."));
        md.AppendLine();
    }

    private static string? More(int more, string what, string where) => more > 0 ? Inv($"… and {more} more {what} ({where}).") : null;

    private static string Cell(string text) => MarkdownReportWriter.Cell(text);
    private static string Inv(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
