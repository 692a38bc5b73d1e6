using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using ReliabilityTool.Cli.Ingestion;
using ReliabilityTool.Core.Pipeline;
using ReliabilityTool.Storage;
using Spectre.Console;

namespace ReliabilityTool.Cli.Commands;

/// <summary>
/// <c>report</c>: the full reports from the stored analysis, with every <c>add</c> since, scored under
/// any rubric that keeps the archive's lexicon, without matching anything again.
/// </summary>
internal static class ReportCommand
{
    public static Command Create(Func<ParseResult, IHost> host)
    {
        var rubric = SharedOptions.AssessedRubric();
        var output = SharedOptions.ReportsOut();
        var reviewer = SharedOptions.Reviewer();
        var baseUrl = SharedOptions.BaseUrl();
        var quiet = SharedOptions.Quiet();
        var timings = SharedOptions.Timings();
        var command = new Command("report", "Write report.json, report.md, report.html, claims.csv and claimreview.jsonld from the stored analysis (after `add`, or under another rubric), without re-analysing.")
        {
            rubric, output, reviewer, baseUrl, quiet, timings,
        };
        command.SetAction(parse =>
        {
            using var app = host(parse);
            var services = app.Services;
            var rubricPath = parse.GetValue(rubric);
            var chosen = services.GetRequiredService<RubricLoader>().Load(rubricPath);
            var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
            var stages = new StageClock();
            using var database = Database.Open(services.GetRequiredService<DatabaseLocation>().Path);
            var stored = stages.Time("load stored analysis", () => StoredCorpus.Load(database));
            var assessment = stages.Time("rescore", () => new AssessmentPipeline(chosen).Rescore(stored));
            var outFolder = parse.GetValue(output)!;
            var summary = stages.Time("write reports", () => AssessCommand.Write(assessment, outFolder, AssessCommand.RubricShown(rubricPath, chosen), DateOnly.FromDateTime(now.UtcDateTime), parse.GetValue(reviewer)!, parse.GetValue(baseUrl)));
            if (parse.GetValue(timings) is { } timingsFile) stages.Save(timingsFile, assessment.Documents.Count);
            var console = services.GetRequiredService<IAnsiConsole>();
            if (parse.GetValue(quiet)) return ExitCodes.Ok;
            console.Write(AssessCommand.SummaryTable(summary));
            console.WriteLine($"Reports written to {Path.GetFullPath(outFolder)}: {string.Join(", ", AssessCommand.ReportFiles)}.");
            return ExitCodes.Ok;
        });
        return command;
    }
}
