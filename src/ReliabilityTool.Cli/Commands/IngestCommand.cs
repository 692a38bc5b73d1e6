using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using ReliabilityTool.Cli.Ingestion;
using ReliabilityTool.Storage;
using Spectre.Console;

namespace ReliabilityTool.Cli.Commands;

internal static class IngestCommand
{
    public static Command Create(Func<ParseResult, IHost> host)
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Article files (.txt, .md, .html) or folders of them. A folder's sources.yaml is read too.",
            Arity = ArgumentArity.OneOrMore,
        };
        var sources = new Option<string?>("--sources")
        {
            Description = "A sources.yaml to use instead of the one beside the articles.",
        };
        var rubric = new Option<string?>("--rubric")
        {
            Description = "The rubric whose lexicons (hedges, evidence cues) the claim stage uses. Default: rubrics/default.yaml.",
        };
        var maxFile = SharedOptions.MaxFileMegabytes();
        var quiet = SharedOptions.Quiet();
        var command = new Command("ingest", "Store articles and what is known about their sources. Unchanged files change nothing; a changed file becomes a new version.")
        {
            paths,
            sources,
            rubric,
            maxFile,
            quiet,
        };
        command.SetAction(parse =>
        {
            using var app = host(parse);
            var services = app.Services;
            var lexicon = services.GetRequiredService<RubricLoader>().Load(parse.GetValue(rubric)).Lexicon;
            using var database = Database.Open(services.GetRequiredService<DatabaseLocation>().Path);
            var stored = new DocumentStore(database).CurrentVersions().Keys.ToList();
            var loaded = services.GetRequiredService<ArticleLoader>().Load(parse.GetValue(paths)!, parse.GetValue(sources), stored, parse.GetValue(maxFile));
            var report = IngestRun.Run(database, loaded.Documents, services.GetRequiredService<TimeProvider>().GetUtcNow(), lexicon);
            var results = report.Documents;

            var console = services.GetRequiredService<IAnsiConsole>();
            if (parse.GetValue(quiet)) return ExitCodes.Ok;
            SharedOptions.PrintSkipped(console, loaded.Skipped);
            var table = new Table().AddColumns("document", "version", "outcome");
            foreach (var r in results) table.AddRow(Markup.Escape(r.Id), r.Version.ToString(System.Globalization.CultureInfo.InvariantCulture), r.Outcome.ToString().ToLowerInvariant());
            console.Write(table);
            console.WriteLine($"{results.Count} documents: {results.Count(r => r.Outcome == IngestOutcome.Added)} added, " +
                              $"{results.Count(r => r.Outcome == IngestOutcome.NewVersion)} new versions, " +
                              $"{results.Count(r => r.Outcome == IngestOutcome.SourceUpdated)} source updates, " +
                              $"{results.Count(r => r.Outcome == IngestOutcome.Unchanged)} unchanged; claims made for {report.ClaimSetsMade}.");
            return ExitCodes.Ok;
        });
        return command;
    }
}
