using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using ReliabilityTool.Cli.Ingestion;
using ReliabilityTool.Core.Sources;
using ReliabilityTool.Storage;
using Spectre.Console;

namespace ReliabilityTool.Cli.Commands;

internal static class DocumentsCommand
{
    public static Command Create(Func<ParseResult, IHost> host)
    {
        var format = new Option<string>("--format")
        {
            Description = "table (for people) or json (for scripts).",
            DefaultValueFactory = _ => "table",
        };
        format.AcceptOnlyFromAmong("table", "json");
        var rubric = new Option<string?>("--rubric") { Description = "The rubric whose partisanship rules decide the partisan column. Default: rubrics/default.yaml." };
        var command = new Command("documents", "List the stored documents: id, title, date, authors, publisher, and whether the source is partisan, with the basis.")
        {
            format, rubric,
        };
        command.SetAction(parse =>
        {
            using var app = host(parse);
            using var database = Database.Open(app.Services.GetRequiredService<DatabaseLocation>().Path);
            var console = app.Services.GetRequiredService<IAnsiConsole>();
            var rules = app.Services.GetRequiredService<RubricLoader>().Load(parse.GetValue(rubric)).Partisanship;
            var rows = new DocumentStore(database).Current().Select(d =>
            {
                var verdict = PartisanshipAssessor.Assess(d, rules);
                return new
                {
                    id = d.Id,
                    title = d.Title,
                    published = d.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    authors = d.Authors,
                    publisher = d.Outlet,
                    owner = d.Source.Owner?.Name,
                    partisan = verdict.IsPartisan,
                    partisan_basis = verdict.Basis,
                    partisan_summary = verdict.Reasons.Select(r => r.Summary).ToList(),
                    conflicts = d.Source.Conflicts,
                };
            }).ToList();

            if (parse.GetValue(format) == "json")
            {
                console.Profile.Out.Writer.WriteLine(JsonSerializer.Serialize(rows, StageClock.Indented));
                return ExitCodes.Ok;
            }

            if (rows.Count == 0)
            {
                console.WriteLine("No documents stored yet. Run `ingest <folder>` first.");
                return ExitCodes.Ok;
            }

            var table = new Table().Expand().AddColumns("id", "title", "date", "authors", "publisher", "partisan", "basis");
            foreach (var r in rows)
            {
                table.AddRow(
                    Markup.Escape(r.id),
                    Markup.Escape(r.title ?? "(untitled)"),
                    r.published ?? "unknown",
                    Markup.Escape(r.authors.Count == 0 ? "none given" : string.Join("; ", r.authors)),
                    Markup.Escape(r.publisher ?? "unknown"),
                    r.partisan ? "yes" : "no",
                    Markup.Escape(string.Join("\n", r.partisan_summary)));
            }

            console.Write(table);
            console.WriteLine("The basis of each statement: `sources`, or `documents --format json`.");
            foreach (var r in rows.Where(r => r.conflicts.Count > 0))
            {
                foreach (var c in r.conflicts)
                    console.WriteLine($"note: {r.id}: the text and sources.yaml disagree on {c.Field}: text says \"{c.InText}\", sources.yaml says \"{c.InSources}\".");
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}
