using System.CommandLine;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using ReliabilityTool.Core.Claims;
using ReliabilityTool.Storage;
using Spectre.Console;

namespace ReliabilityTool.Cli.Commands;

internal static class ClaimsCommand
{
    public static Command Create(Func<ParseResult, IHost> host)
    {
        var document = new Option<string?>("--document") { Description = "Only the claims of this document (its id)." };
        var kind = new Option<string?>("--kind") { Description = "Only claims of this kind: factual, quote, opinion, recommendation, question, note." };
        kind.AcceptOnlyFromAmong("factual", "quote", "opinion", "recommendation", "question", "note");
        var hedged = new Option<bool>("--hedged") { Description = "Only hedged claims (\"reportedly\", \"allegedly\", …)." };
        var evidence = new Option<string?>("--evidence") { Description = "Only claims whose strongest evidence is of this class: primary, secondary, anonymous, none." };
        evidence.AcceptOnlyFromAmong("primary", "secondary", "anonymous", "none");
        var format = new Option<string>("--format") { Description = "table (for people) or json (for scripts).", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json");

        var command = new Command("claims", "List the claims of the stored documents: span, kind, check-worthiness, hedges and evidence.")
        {
            document, kind, hedged, evidence, format,
        };
        command.SetAction(parse =>
        {
            using var app = host(parse);
            using var database = Database.Open(app.Services.GetRequiredService<DatabaseLocation>().Path);
            var console = app.Services.GetRequiredService<IAnsiConsole>();
            var filter = new ClaimFilter(
                parse.GetValue(document),
                parse.GetValue(kind) is { } k ? Enum.Parse<ClaimKind>(k, ignoreCase: true) : null,
                parse.GetValue(hedged) ? true : null,
                parse.GetValue(evidence));
            var claims = new ClaimStore(database).Current(filter);

            if (parse.GetValue(format) == "json")
            {
                var options = new JsonSerializerOptions
                {
                    WriteIndented = true,
                    PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
                    Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
                };
                console.Profile.Out.Writer.WriteLine(JsonSerializer.Serialize(claims, options));
                return ExitCodes.Ok;
            }

            var table = new Table().Expand().AddColumns("claim", "kind", "worth", "hedges", "evidence", "text");
            foreach (var c in claims)
            {
                table.AddRow(
                    Markup.Escape(c.Id),
                    c.Kind.ToString().ToLowerInvariant(),
                    c.CheckWorthy.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture),
                    Markup.Escape(string.Join(", ", c.Hedges)),
                    Markup.Escape(string.Join("; ", c.Evidence.Select(e => $"{e.Class.ToString().ToLowerInvariant()}/{e.Kind}: {e.Cited}"))),
                    Markup.Escape(c.Text));
            }

            console.Write(table);
            console.WriteLine($"{claims.Count} claims.");
            return ExitCodes.Ok;
        });
        return command;
    }
}
