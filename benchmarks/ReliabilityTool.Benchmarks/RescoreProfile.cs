using System.Diagnostics;
using System.Runtime;
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
        // The command line runs with server GC; this process runs as it is started (DOTNET_gcServer=1 for the same).
        Console.WriteLine($"collector: {(GCSettings.IsServerGC ? "server" : "workstation")}, {Environment.ProcessorCount} cores");
        var clock = Stopwatch.StartNew();
        var paused = GC.GetTotalPauseDuration();
        var collections = GC.CollectionCount(2);
        var allocated = GC.GetTotalAllocatedBytes();
        void Lap(string stage)
        {
            Console.WriteLine($"{stage,-36} {clock.Elapsed.TotalSeconds,8:0.000} s   GC paused {(GC.GetTotalPauseDuration() - paused).TotalSeconds,6:0.000} s, {GC.CollectionCount(2) - collections} full, {(GC.GetTotalAllocatedBytes() - allocated) / (1024 * 1024),6:N0} MiB allocated");
            paused = GC.GetTotalPauseDuration();
            collections = GC.CollectionCount(2);
            allocated = GC.GetTotalAllocatedBytes();
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
        var before = new AssessmentPipeline(ReliabilityTool.Cli.Ingestion.RubricLoader.Read(Path.Combine(Path.GetDirectoryName(rubricPath) ?? ".", "default.yaml"))).Score(documents, claims, rebuilt);
        Lap("score under default.yaml (rubric diff)");
        var changes = RubricDiff.Compare(before, assessment);
        Lap($"compare ({changes.Count} changes)");
        var context = new ReportContext(assessment, "bench", rubric.File);
        Lap("report context");
        // What the writers share, each made by the first writer that needs it: timed apart from the writers here.
        _ = assessment.CardOf(rebuilt.Assertions[0]);
        Lap("  cards by assertion");
        _ = context.AssertionOfClaim.Count;
        Lap("  assertion of each claim");
        _ = context.ClaimsByDocument.Count;
        Lap("  claims by document");
        _ = context.SinglePartisanWithoutPrimary.Count + context.SinglePartisanCitingPrimary.Count;
        Lap("  single-partisan-source lists");
        _ = context.Summary;
        Lap("  summary");
        _ = context.ByPriority.Count;
        Lap("  assertions by priority");
        _ = context.ByUrgency.Count;
        Lap("  assertions by urgency");
        // Each written to a file, as the command writes it.
        var folder = Directory.CreateTempSubdirectory("profile-report-").FullName;
        using (var json = File.Create(Path.Combine(folder, "report.json"))) JsonReportWriter.Write(context, json);
        Lap("report.json");
        File.WriteAllText(Path.Combine(folder, "report.md"), MarkdownReportWriter.Write(context));
        Lap("report.md");
        File.WriteAllText(Path.Combine(folder, "report.html"), HtmlReportWriter.Write(context));
        Lap("report.html");
        using (var csv = new StreamWriter(Path.Combine(folder, "claims.csv"))) CsvClaimsWriter.Write(context, csv);
        Lap("claims.csv");
        File.WriteAllText(Path.Combine(folder, "claimreview.jsonld"), ClaimReviewWriter.Write(context, new DateOnly(2026, 11, 21), "bench"));
        Lap("claimreview.jsonld");
        Directory.Delete(folder, recursive: true);
    }
}
