using System.Diagnostics;
using ReliabilityTool.Core.Pipeline;
using ReliabilityTool.Core.Reporting;
using ReliabilityTool.Core.Scoring;
using ReliabilityTool.Storage;

namespace ReliabilityTool.Benchmarks;

/// <summary>
/// Times each part of <c>report --rubric</c> on an assessed database, in process: each table read
/// back, the rebuild, the scoring and each report writer. Where a rubric change's time goes.
/// </summary>
internal static class RescoreProfile
{
    public static void Run(string databasePath, string rubricPath)
    {
        var clock = Stopwatch.StartNew();
        void Lap(string stage)
        {
            Console.WriteLine($"{stage,-36} {clock.Elapsed.TotalSeconds,8:0.000} s");
            clock.Restart();
        }

        var rubric = ReliabilityTool.Cli.Ingestion.RubricLoader.Read(rubricPath);
        using var database = Database.Open(databasePath);
        var analysis = new AnalysisStore(database);
        var state = analysis.State() ?? throw new InvalidOperationException("no assessment stored");
        Lap("state");
        var documents = new DocumentStore(database).Current();
        Lap($"documents ({documents.Count})");
        var claims = new ClaimStore(database).Current();
        Lap($"claims ({claims.Count})");
        var membership = analysis.Membership();
        Lap($"membership ({membership.Count})");
        var reuse = analysis.Reuse();
        Lap($"reuse ({reuse.Count})");
        var clusters = analysis.Clusters();
        Lap($"clusters ({clusters.Count})");
        var stored = new StoredAnalysis(state, documents, claims, membership, reuse, clusters);
        var pipeline = new AssessmentPipeline(rubric);
        var rebuilt = pipeline.Rebuild(stored);
        Lap($"rebuild ({rebuilt.Assertions.Count} assertions)");
        var assessment = pipeline.Score(documents, claims, rebuilt);
        Lap("score");
        var context = new ReportContext(assessment, "bench", rubric.File);
        Lap("report context");
        var json = JsonReportWriter.Write(context);
        Lap($"report.json ({json.Length / 1e6:0.0} M chars)");
        var md = MarkdownReportWriter.Write(context);
        Lap($"report.md ({md.Length / 1e6:0.0} M chars)");
        var html = HtmlReportWriter.Write(context);
        Lap($"report.html ({html.Length / 1e6:0.0} M chars)");
        var csv = CsvClaimsWriter.Write(context);
        Lap($"claims.csv ({csv.Length / 1e6:0.0} M chars)");
        var review = ClaimReviewWriter.Write(context, new DateOnly(2026, 11, 21), "bench");
        Lap($"claimreview ({review.Length / 1e6:0.0} M chars)");
    }
}
