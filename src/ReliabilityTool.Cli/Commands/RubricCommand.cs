using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using ReliabilityTool.Cli.Ingestion;
using ReliabilityTool.Core.Configuration;
using ReliabilityTool.Core.Pipeline;
using ReliabilityTool.Core.Scoring;
using ReliabilityTool.Storage;
using Spectre.Console;

namespace ReliabilityTool.Cli.Commands;

internal static class RubricCommand
{
    public static Command Create(Func<ParseResult, IHost> host)
    {
        var command = new Command("rubric", "Check rubric files, and compare what two rubrics make of the stored corpus.");
        command.Add(Check(host));
        command.Add(Diff(host));
        return command;
    }

    private static Command Check(Func<ParseResult, IHost> host)
    {
        var files = new Argument<string[]>("files") { Description = "Rubric files to validate.", Arity = ArgumentArity.OneOrMore };
        var quiet = SharedOptions.Quiet();
        var check = new Command("check", "Validate rubric files: syntax, keys, types, ranges, grade bands, evidence kinds. Every error is named with file:line:column.") { files, quiet };
        check.SetAction(parse =>
        {
            using var app = host(parse);
            var console = app.Services.GetRequiredService<IAnsiConsole>();
            var errors = 0;
            foreach (var file in parse.GetValue(files)!)
            {
                try
                {
                    var rubric = RubricLoader.Read(file);
                    if (!parse.GetValue(quiet)) console.WriteLine($"ok: {file} (rubric '{rubric.Name}', {rubric.Grades.Count} grades)");
                }
                catch (ConfigurationException e)
                {
                    foreach (var line in e.Message.Split('\n')) app.Services.GetRequiredService<ErrorWriter>().Writer.WriteLine($"error: {line}");
                    errors++;
                }
            }

            return errors == 0 ? ExitCodes.Ok : ExitCodes.BadConfiguration;
        });
        return check;
    }

    private static Command Diff(Func<ParseResult, IHost> host)
    {
        var before = new Argument<string>("before") { Description = "The rubric as it was." };
        var after = new Argument<string>("after") { Description = "The rubric as it would be." };
        var limit = new Option<int>("--limit") { Description = "List at most this many changed assertions (single-partisan-source changes first); 0 lists every one.", DefaultValueFactory = _ => 100 };
        limit.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 0) result.AddError("--limit must be 0 (list every change) or a positive number of changes to list.");
        });
        var diff = new Command("diff", "List the stored assertions whose grade or flags change between two rubrics, with the terms that change them. The stored analysis is rescored under each rubric, not re-matched.") { before, after, limit };
        diff.SetAction(parse =>
        {
            using var app = host(parse);
            var a = RubricLoader.Read(parse.GetValue(before)!);
            var b = RubricLoader.Read(parse.GetValue(after)!);
            using var database = Database.Open(app.Services.GetRequiredService<DatabaseLocation>().Path);
            var console = app.Services.GetRequiredService<IAnsiConsole>();
            var (assessedA, assessedB) = StoredCorpus.Compared(database, new AssessmentPipeline(a), new AssessmentPipeline(b), console.WriteLine);
            var changes = RubricDiff.Compare(assessedA, assessedB);
            if (RubricDiff.ComparesByRank(assessedA, assessedB))
                console.WriteLine($"The rubrics name their grades differently; grades are compared by band, counted from the bottom ({string.Join(" < ", a.Grades.Reverse().Select(g => g.Label))} vs {string.Join(" < ", b.Grades.Reverse().Select(g => g.Label))}).");
            if (changes.Count == 0)
            {
                console.WriteLine($"No assertion changes grade or flags between '{a.Name}' and '{b.Name}'.");
                return ExitCodes.Ok;
            }

            var shown = parse.GetValue(limit) is var most && most > 0 ? RubricDiff.MostConsequential(changes).Take(most).ToList() : changes;
            var table = new Table().Expand().AddColumns("assertion", "grade", "score", "flags", "terms that changed");
            foreach (var c in shown)
            {
                var flags = string.Join(" ", c.FlagsAdded.Select(f => "+" + f).Concat(c.FlagsRemoved.Select(f => "-" + f)));
                var terms = string.Join("\n", c.Terms.Select(t => $"{t.Term}: {Num(t.Before)} → {Num(t.After)} ({t.Why})"));
                table.AddRow(
                    Markup.Escape($"{c.AssertionId}\n{c.Summary}"),
                    Markup.Escape($"{c.GradeBefore ?? "(absent)"} → {c.GradeAfter ?? "(absent)"}"),
                    Markup.Escape($"{Num(c.ScoreBefore)} → {Num(c.ScoreAfter)}"),
                    Markup.Escape(flags),
                    Markup.Escape(terms));
            }

            console.Write(table);
            if (shown.Count < changes.Count) console.WriteLine($"… and {changes.Count - shown.Count} more (listed: the {shown.Count} that gain or lose a single-partisan-source flag first, then by the size of the score change; --limit 0 lists every one).");
            console.WriteLine($"{changes.Count} assertions change between '{a.Name}' ({a.File}) and '{b.Name}' ({b.File}).");
            return ExitCodes.Ok;
        });
        return diff;
    }

    private static string Num(double? value) => value?.ToString("0.#", CultureInfo.InvariantCulture) ?? "-";
}
