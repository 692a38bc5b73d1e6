using ReliabilityTool.Core.Matching;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace ReliabilityTool.Core.Reporting;

/// <summary>
/// report.html: the report as one self-contained page that works offline. The data is embedded
/// as JSON and rendered by a small script; nothing is fetched.
/// </summary>
public static class HtmlReportWriter
{
    private static readonly JsonSerializerOptions DataOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Write(ReportContext context)
    {
        var page = Page(context);
        var report = JsonReportWriter.Build(page);
        var all = context.Assessment;
        var summary = context.Summary; // of the whole assessment, not of the page: its counts are the ones every report gives
        var documents = SummaryWriter.Documents(summary);
        var groups = SummaryWriter.Groups(context, summary);
        var clusters = SummaryWriter.Clusters(context, summary);
        var data = new
        {
            report,
            total = new { documents = all.Documents.Count, claims = all.Claims.Count, assertions = all.Analysis.Assertions.Count, reuse = all.Analysis.Reuse.Count, clusters = all.Analysis.Clusters.Count },
            texts = page.Assessment.Documents.ToDictionary(d => d.Id, d => d.Text),
            grades = all.Rubric.Grades.Select(g => g.Label).ToList(),
            owners = page.Assessment.Documents.ToDictionary(d => d.Id, d => d.Source.Owner?.Name),
            // Every document the page or its summary names, by the name a reader knows it by.
            labels = page.Assessment.Documents.Select(d => d.Id)
                .Concat(summary.Groups.SelectMany(g => g.DocumentIds)).Concat(summary.Clusters.SelectMany(c => c.Origin is null ? [] : new[] { c.Origin }))
                .Concat(summary.Headline.SelectMany(a => a.DocumentIds)).Distinct()
                .ToDictionary(id => id, id => context.DocumentsById[id].Label),
            order = page.ByPriority.Select(a => a.Id).ToList(),
            summary = new
            {
                counts = summary.Counts.Select(c => new { name = c.Name, value = c.Value, counts = c.Counts }),
                documents = new { header = documents.Header, rows = documents.Rows, more = documents.More },
                groups = new { title = groups.Title, items = groups.Items.Select(i => new { documents = i.Documents, text = i.Text }), more = groups.More },
                clusters = new { title = clusters.Title, items = clusters.Items.Select(i => new { documents = i.Documents, text = i.Text }), more = clusters.More },
                headline = summary.Headline.Select(a => new
                {
                    id = a.Id,
                    summary = a.Summary,
                    sources = string.Join("; ", a.DocumentIds.Select(id => context.DocumentsById[id].Label)),
                    grade = all.CardOf(a).Grade,
                    check_worthy = a.CheckWorthiness,
                }),
                headline_order = ReportSummary.HeadlineOrder,
                single_partisan = summary.SinglePartisan,
                more = summary.MoreThanHeadline,
            },
        };
        var json = JsonSerializer.Serialize(data, DataOptions)
            .Replace("</", "<\\/", StringComparison.Ordinal); // a "</script>" inside an article must not end the data block
        return Template.Replace("/*DATA*/", json, StringComparison.Ordinal);
    }

    /// <summary>
    /// An archive's page holds the most urgent assertions (single partisan source first), with
    /// their claims, documents and reuse; the summary line says how many were left to report.json.
    /// </summary>
    private static ReportContext Page(ReportContext context)
    {
        var all = context.Assessment;
        if (all.Analysis.Assertions.Count <= ReportLimits.PageAssertions) return context;
        var shown = context.ByUrgency.Take(ReportLimits.PageAssertions).ToHashSet<Assertion>(ReferenceEqualityComparer.Instance); // by reference, as the claim reviews choose
        var documents = shown.SelectMany(a => a.DocumentIds).ToHashSet();
        var claims = shown.SelectMany(a => a.ClaimIds).ToHashSet();
        var trimmed = all with
        {
            Documents = all.Documents.Where(d => documents.Contains(d.Id)).ToList(),
            Claims = all.Claims.Where(c => claims.Contains(c.Id)).ToList(),
            Analysis = new CrossDocumentAnalysis(
                all.Analysis.Assertions.Where(shown.Contains).ToList(),
                all.Analysis.Reuse.Where(r => documents.Contains(r.From) && documents.Contains(r.To)).ToList())
            {
                Clusters = all.Analysis.Clusters.Where(c => c.DocumentIds.Any(documents.Contains)).ToList(),
            },
        };
        return new ReportContext(trimmed, context.ToolVersion, context.RubricFile);
    }

    /// <summary>The page, with its style and script, kept as a file of its own (<c>report.html</c> beside this one) so it reads as HTML.</summary>
    private static readonly Lazy<string> PageTemplate = new(() =>
    {
        using var reader = new StreamReader(EmbeddedData.Open("report.html"));
        return reader.ReadToEnd();
    });

    private static string Template => PageTemplate.Value;
}
