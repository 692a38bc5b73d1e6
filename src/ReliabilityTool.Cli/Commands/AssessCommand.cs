using System.CommandLine;
using System.Reflection;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using ReliabilityTool.Cli.Ingestion;
using ReliabilityTool.Core.Documents;
using ReliabilityTool.Core.Pipeline;
using ReliabilityTool.Core.Reporting;
using ReliabilityTool.Core.Scoring;
using ReliabilityTool.Storage;
using Spectre.Console;

namespace ReliabilityTool.Cli.Commands;

internal static class AssessCommand
{
    public static readonly string[] ReportFiles = ["report.json", "report.md", "report.html", "claims.csv", "claimreview.jsonld"];

    public static Command Create(Func<ParseResult, IHost> host)
    {
        var folder = new Argument<string>("folder") { Description = "The folder of articles (.txt, .md, .html) and its sources.yaml." };
        var rubric = new Option<string?>("--rubric") { Description = "The rubric to score with. Default: rubrics/default.yaml." };
        var output = SharedOptions.ReportsOut();
        var sources = new Option<string?>("--sources") { Description = "A sources.yaml to use instead of the one in the folder." };
        var quiet = SharedOptions.Quiet();
        var failOnFlag = new Option<bool>("--fail-on-flag") { Description = $"Exit with {ExitCodes.Flagged} if any assertion depends on a single partisan source (for scripts and CI)." };
        var reviewer = SharedOptions.Reviewer();
        var baseUrl = SharedOptions.BaseUrl();
        var maxFile = SharedOptions.MaxFileMegabytes();
        var timings = SharedOptions.Timings();

        var command = new Command("assess", "Ingest a folder of articles, extract claims, analyse across documents, score with a rubric and write report.json, report.md, report.html, claims.csv and claimreview.jsonld.")
        {
            folder, rubric, output, sources, quiet, failOnFlag, reviewer, baseUrl, maxFile, timings,
        };
        command.SetAction(parse =>
        {
            using var app = host(parse);
            var services = app.Services;
            var console = services.GetRequiredService<IAnsiConsole>();
            var isQuiet = parse.GetValue(quiet);
            var rubricPath = parse.GetValue(rubric);
            var chosen = services.GetRequiredService<RubricLoader>().Load(rubricPath); // validated before any work
            var outFolder = parse.GetValue(output)!;
            var now = services.GetRequiredService<TimeProvider>().GetUtcNow();

            using var database = Database.Open(services.GetRequiredService<DatabaseLocation>().Path);
            var stored = new DocumentStore(database).CurrentVersions().Keys.ToList();

            Assessment? assessment = null;
            ReportSummary? summary = null;
            IngestReport? ingest = null;
            IReadOnlyList<SkippedFile> skipped = [];
            var stages = new StageClock();
            void Run(Action<string> step)
            {
                step("Reading articles");
                var loaded = stages.Time("read articles", () => services.GetRequiredService<ArticleLoader>().Load([parse.GetValue(folder)!], parse.GetValue(sources), stored, parse.GetValue(maxFile)));
                var documents = loaded.Documents;
                skipped = loaded.Skipped;
                step("Storing documents and extracting claims");
                // One transaction from the first document stored to the analysis: a run that is killed or
                // fails leaves the previous assessment whole and readable, and a second run started at the
                // same time waits for this one (Database.BusyTimeout).
                using var transaction = database.Connection.BeginTransaction();
                ingest = stages.Time("store documents, extract claims", () => IngestRun.Run(database, documents, now, chosen.Lexicon, transaction));
                step("Matching assertions, finding reuse, scoring");
                // The documents just read are the current versions: only claims not made by this ingest are read back.
                var claims = stages.Time("load stored claims", () => StoredCorpus.ClaimsOf(database, chosen.Lexicon, documents, ingest.ClaimsMade, transaction));
                assessment = stages.Time("cross-document analysis, scoring", () => new AssessmentPipeline(chosen).Assess(documents, claims));
                step("Storing the analysis and writing reports");
                var reported = assessment with { Analysis = assessment.Analysis with { Index = null } }; // the reports never need the index
                // Storing the analysis (so that `add` can build on it) and writing the reports are
                // independent, and each keeps one core busy. The reports go to a staging folder: only when
                // both have worked is the run committed and are the reports moved into place, so a failure
                // or a kill leaves the database and the reports as they were.
                var staging = Path.Combine(outFolder, $".writing-{Environment.ProcessId}");
                stages.Time("store analysis, write reports", () => Unwrapped(() => OnOwnThreads(
                    () => new AnalysisStore(database).Save(assessment, transaction),
                    () => summary = Write(reported, staging, RubricShown(rubricPath, chosen), DateOnly.FromDateTime(now.UtcDateTime), parse.GetValue(reviewer)!, parse.GetValue(baseUrl), skipped))));
                StageClock.StopIfAsked("commit");
                transaction.Commit();
                foreach (var file in ReportFiles) File.Move(Path.Combine(staging, file), Path.Combine(outFolder, file), overwrite: true);
                Directory.Delete(staging);
                assessment = reported;
            }

            if (isQuiet || !console.Profile.Capabilities.Interactive)
                Run(_ => { });
            else
                console.Status().Start("Assessing", ctx => Run(message => ctx.Status(message)));

            if (parse.GetValue(timings) is { } timingsFile) stages.Save(timingsFile, assessment!.Documents.Count);
            if (!isQuiet)
            {
                console.Write(SummaryTable(summary!));
                SharedOptions.PrintSkipped(console, skipped);
                console.WriteLine($"{ingest!.Documents.Count(d => d.Outcome != IngestOutcome.Unchanged)} of the {assessment!.Documents.Count} documents were new or changed.");
                console.WriteLine($"Reports written to {Path.GetFullPath(outFolder)}: {string.Join(", ", ReportFiles)}. Start with report.md or report.html{(summary!.Headline.Count > 0 ? $": they lead with the {summary.Headline.Count} single-partisan-source assertions to check first" : "")}.");
            }

            // The count the summary printed and the reports give: one number for the exit code and the words.
            return parse.GetValue(failOnFlag) && summary!.SinglePartisan > 0 ? ExitCodes.Flagged : ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>The rubric file the reports name: the one asked for, else the default file if it is here, else the built-in rubric's name.</summary>
    internal static string RubricShown(string? asked, Rubric chosen) =>
        asked ?? (File.Exists(RubricLoader.DefaultPath) ? RubricLoader.DefaultPath : chosen.File);

    /// <summary>
    /// Runs each piece of work on a thread of its own and waits for all. Not on the thread pool: the
    /// report writers spread their own long lists over the pool's threads, and pool threads held
    /// by the writers themselves would leave that work waiting for a thread to come free.
    /// </summary>
    private static void OnOwnThreads(params Action[] work) =>
        Task.WaitAll(work.Select(w => Task.Factory.StartNew(w, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default)).ToArray());

    /// <summary>The one error of a parallel step as itself, so it gets its own message and exit code.</summary>
    private static void Unwrapped(Action work)
    {
        try
        {
            work();
        }
        catch (AggregateException e) when (e.InnerExceptions.Count >= 1)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e.InnerExceptions[0]).Throw();
        }
    }

    /// <summary>The summary's counts, in the words report.md and report.html use for them.</summary>
    internal static Table SummaryTable(ReportSummary summary)
    {
        var table = new Table().AddColumns("count", "number", "what it counts");
        table.Columns[1].RightAligned();
        foreach (var c in summary.Counts) table.AddRow(Markup.Escape(c.Name), c.Value.ToString(System.Globalization.CultureInfo.InvariantCulture), Markup.Escape(c.Counts));
        return table;
    }

    /// <returns>The summary the reports open with, for the command to print.</returns>
    /// <param name="skipped">The files of this run's input that were not read: report.json lists them, the summary counts them.</param>
    internal static ReportSummary Write(Assessment assessment, string outFolder, string rubricFile, DateOnly today, string reviewer, string? baseUrl, IReadOnlyList<SkippedFile>? skipped = null)
    {
        var context = new ReportContext(assessment, Version, rubricFile.Replace('\\', '/')) { Skipped = skipped ?? [] };
        Directory.CreateDirectory(outFolder);
        // Each writer writes its own file on a thread of its own, the longest lists on every core; what several
        // share (the summary, the orders) the context works out once, for the first that asks.
        Unwrapped(() => OnOwnThreads(
            () =>
            {
                using var json = File.Create(Path.Combine(outFolder, "report.json"));
                JsonReportWriter.Write(context, json);
            },
            () => File.WriteAllText(Path.Combine(outFolder, "report.md"), MarkdownReportWriter.Write(context)),
            () => File.WriteAllText(Path.Combine(outFolder, "report.html"), HtmlReportWriter.Write(context)),
            () =>
            {
                using var csv = new StreamWriter(Path.Combine(outFolder, "claims.csv"));
                CsvClaimsWriter.Write(context, csv);
            },
            () => File.WriteAllText(Path.Combine(outFolder, "claimreview.jsonld"), ClaimReviewWriter.Write(context, today, reviewer, baseUrl))));
        return context.Summary;
    }

    internal static string Version =>
        typeof(AssessCommand).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";
}
