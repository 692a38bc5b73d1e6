using System.CommandLine;
using System.Globalization;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using ReliabilityTool.Cli.Ingestion;
using ReliabilityTool.Core.Pipeline;
using ReliabilityTool.Core.Scoring;
using ReliabilityTool.Storage;
using Spectre.Console;

namespace ReliabilityTool.Cli.Commands;

/// <summary>
/// <c>add</c>: new articles into an assessed archive, in seconds. Only the assertions they touch
/// are rebuilt and rescored; what changed goes to changes.md, and <c>report</c> rewrites the
/// full reports from the stored assessment when they are wanted.
/// </summary>
internal static class AddCommand
{
    public const string ChangesFile = "changes.md";

    public static Command Create(Func<ParseResult, IHost> host)
    {
        var files = new Argument<string[]>("files") { Description = "The new articles (.txt, .md, .html).", Arity = ArgumentArity.OneOrMore };
        var rubric = SharedOptions.AssessedRubric();
        var sources = new Option<string?>("--sources") { Description = "The sources.yaml with the new articles' sources. Default: the one beside the first article, if any." };
        var output = new Option<string>("--out") { Description = $"Where to write {ChangesFile}.", DefaultValueFactory = _ => "report" };
        var quiet = SharedOptions.Quiet();
        var timings = SharedOptions.Timings();
        var maxFile = SharedOptions.MaxFileMegabytes();

        var command = new Command("add", $"Add new articles to an assessed archive: match their claims and text against the stored analysis, rescore only the assertions they touch, and write {ChangesFile}. Run `report` to rewrite the full reports.")
        {
            files, rubric, sources, output, quiet, maxFile, timings,
        };
        command.SetAction(parse =>
        {
            var stages = new StageClock();
            using var app = host(parse);
            var services = app.Services;
            var console = services.GetRequiredService<IAnsiConsole>();
            var chosen = services.GetRequiredService<RubricLoader>().Load(parse.GetValue(rubric));
            var paths = parse.GetValue(files)!;
            var sourcesFile = parse.GetValue(sources) ?? Beside(paths[0]);

            var pipeline = new AssessmentPipeline(chosen);
            using var database = Database.Open(services.GetRequiredService<DatabaseLocation>().Path);
            // What is read is what is written to: an `assess` or `add` started meanwhile waits for this one (Database.BusyTimeout).
            using var transaction = database.Connection.BeginTransaction();
            var archive = new Archive(database, transaction);
            pipeline.StateOf(archive); // before reading anything: without an assessment there is nothing to add to
            var loaded = stages.Time("read articles", () => services.GetRequiredService<ArticleLoader>().Load(paths, sourcesFile, archive.CurrentVersions().Keys.ToList(), parse.GetValue(maxFile)));
            if (!parse.GetValue(quiet)) SharedOptions.PrintSkipped(console, loaded.Skipped);
            var report = stages.Time("add and rescore", () => pipeline.Add(archive, loaded.Documents));
            stages.Time("store", () =>
            {
                if (report.Update is { } update) archive.Write(update, services.GetRequiredService<TimeProvider>().GetUtcNow(), transaction);
                transaction.Commit();
            });
            var outFolder = parse.GetValue(output)!;
            stages.Time("write changes", () =>
            {
                Directory.CreateDirectory(outFolder);
                File.WriteAllText(Path.Combine(outFolder, ChangesFile), Changes(report));
            });
            if (parse.GetValue(timings) is { } timingsFile) stages.Save(timingsFile, report.Added.Count);

            if (!parse.GetValue(quiet))
            {
                foreach (var d in report.Unchanged) console.WriteLine($"{d.Id}: already in the archive, unchanged; skipped.");
                var table = new Table().AddColumns("assertion", "claims", "independent groups", "score", "flags", "was");
                foreach (var change in report.Changes)
                {
                    var (a, card) = (change.Now.Assertion, change.Now.Card);
                    table.AddRow(
                        Markup.Escape(a.Id), a.ClaimIds.Count.ToString(CultureInfo.InvariantCulture), card.Groups.Count.ToString(CultureInfo.InvariantCulture),
                        $"{card.Score.ToString("0.#", CultureInfo.InvariantCulture)} ({Markup.Escape(card.Grade)})",
                        Markup.Escape(string.Join(", ", card.FlagNames)),
                        Markup.Escape(change.Before.Count == 0 ? "new" : string.Join("; ", change.Before.Select(Was))));
                }

                if (report.Changes.Count > 0) console.Write(table);
                console.WriteLine($"{report.Added.Count} article(s) added, {report.Claims} claims, {report.Changes.Count} assertion(s) created or changed, {report.Reuse.Count} reused passage(s) found. " +
                                  $"Details in {Path.GetFullPath(Path.Combine(outFolder, ChangesFile))}; run `reliability report` to rewrite the full reports.");
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    private static string? Beside(string path)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        var candidate = folder is null ? null : Path.Combine(folder, ArticleLoader.SourcesFileName);
        return candidate is not null && File.Exists(candidate) ? candidate : null;
    }

    private static string Was(ScoredAssertion before) =>
        $"{before.Assertion.Id}: {before.Card.Score.ToString("0.#", CultureInfo.InvariantCulture)}" +
        (before.Card.Flags.Count > 0 ? $", {string.Join(", ", before.Card.FlagNames)}" : "");

    /// <summary>What a fact-checker needs to see first: which assertions the new articles made or moved, single-partisan-source ones first.</summary>
    internal static string Changes(AddReport report)
    {
        var md = new StringBuilder();
        md.AppendLine(CultureInfo.InvariantCulture, $"# Added: {string.Join(", ", report.Added.Select(d => d.Id))}");
        md.AppendLine();
        md.AppendLine(CultureInfo.InvariantCulture, $"{report.Claims} claims; {report.Changes.Count} assertions created or changed; {report.Reuse.Count} reused passages found. The full reports were not rewritten: run `reliability report`.");
        foreach (var change in report.Changes)
        {
            var (a, card) = (change.Now.Assertion, change.Now.Card);
            md.AppendLine();
            md.AppendLine(CultureInfo.InvariantCulture, $"## {a.Id}: {card.Score.ToString("0.#", CultureInfo.InvariantCulture)} ({card.Grade})");
            md.AppendLine();
            md.AppendLine(CultureInfo.InvariantCulture, $"> {a.Summary}");
            md.AppendLine();
            md.AppendLine(CultureInfo.InvariantCulture, $"- documents: {string.Join(", ", a.DocumentIds)}; {card.Groups.Count} independent group(s)");
            foreach (var flag in card.Flags) md.AppendLine(CultureInfo.InvariantCulture, $"- **{flag.Flag}**: {flag.Why}");
            md.AppendLine(change.Before.Count == 0 ? "- was: not asserted before" : $"- was: {string.Join("; ", change.Before.Select(Was))}");
        }

        foreach (var r in report.Reuse)
            md.AppendLine(CultureInfo.InvariantCulture, $"{(r == report.Reuse[0] ? "\n## Reused passages\n\n" : "")}- {r.To} reproduces {r.Words} words of {r.From} ({r.DirectionBasis})");
        return md.ToString();
    }
}
