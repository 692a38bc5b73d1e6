using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using ReliabilityTool.Core.Sources;
using ReliabilityTool.Storage;
using Spectre.Console;

namespace ReliabilityTool.Cli.Commands;

internal static class SourcesCommand
{
    public static Command Create(Func<ParseResult, IHost> host)
    {
        var command = new Command("sources", "Show who stands behind each stored document: publisher, owner group, authors, affiliations, advocacy, funding, each with its basis.");
        command.SetAction(parse =>
        {
            using var app = host(parse);
            using var database = Database.Open(app.Services.GetRequiredService<DatabaseLocation>().Path);
            var console = app.Services.GetRequiredService<IAnsiConsole>();
            var documents = new DocumentStore(database).Current();
            if (documents.Count == 0)
            {
                console.WriteLine("No documents stored yet. Run `ingest <folder>` first.");
                return ExitCodes.Ok;
            }

            foreach (var d in documents)
            {
                var tree = new Tree(Markup.Escape($"{d.Id}  {d.Title ?? "(untitled)"}"));
                var source = d.Source;
                if (source.Publisher is { } publisher)
                {
                    var node = tree.AddNode(Markup.Escape($"publisher: {publisher.Name}"));
                    AddFacts(node, "description", publisher.Description);
                    AddFacts(node, "state alignment", publisher.StateAlignment);
                    AddFacts(node, "advocacy", publisher.Advocacy);
                    AddFacts(node, "funding", publisher.Funding);
                    AddFacts(node, "relies on", publisher.ReliesOn);
                }
                else
                {
                    var named = d.FromText.PublisherNamed ?? d.FromText.CopyrightHolder;
                    tree.AddNode(Markup.Escape(named is null ? "publisher: unknown" : $"publisher: unknown in sources.yaml; the text names {named}"));
                }

                if (source.Owner is { } owner)
                {
                    var node = tree.AddNode(Markup.Escape($"owner group: {owner.Name}" + (owner.FormerNames.Count > 0 ? $" (formerly {string.Join(", ", owner.FormerNames)})" : "")));
                    AddFacts(node, "state ownership", owner.StateOwnership);
                    AddFacts(node, "state alignment", owner.StateAlignment);
                    AddFacts(node, "note", owner.Notes);
                }
                else
                {
                    tree.AddNode("owner group: unknown");
                }

                if (source.Authors.Count == 0)
                    tree.AddNode(Markup.Escape(d.FromText.Authors.Count == 0 ? "author: none given" : $"author (from the text only): {string.Join("; ", d.FromText.Authors)}"));
                foreach (var author in source.Authors)
                {
                    var node = tree.AddNode(Markup.Escape($"author: {author.Name}"));
                    AddFacts(node, "affiliation", author.Affiliations);
                    AddFacts(node, "advocacy", author.Advocacy);
                    AddFacts(node, "relies on", author.ReliesOn);
                }

                foreach (var bio in d.FromText.Bios)
                    tree.AddNode(Markup.Escape($"bio line [{bio.Start}..{bio.End}]: {bio.Text}"));
                if (d.FromText.CopyrightHolder is not null)
                    tree.AddNode(Markup.Escape($"copyright: {d.FromText.CopyrightYear} {d.FromText.CopyrightHolder}"));
                AddFacts(tree.AddNode("provenance"), "", source.Provenance);
                foreach (var note in d.FromText.Notes) tree.AddNode(Markup.Escape($"note: {note}"));
                foreach (var c in source.Conflicts)
                    tree.AddNode(Markup.Escape($"conflict on {c.Field}: text says \"{c.InText}\", sources.yaml says \"{c.InSources}\""));
                console.Write(tree);
                console.WriteLine();
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    private static void AddFacts(IHasTreeNodes node, string label, IReadOnlyList<Fact> facts)
    {
        foreach (var fact in facts)
        {
            var prefix = label.Length > 0 ? $"{label}: " : "";
            var party = fact.Party is null ? "" : $" [party: {fact.Party}]";
            node.AddNode(Markup.Escape($"{prefix}{fact.Value}{party}")).AddNode(Markup.Escape($"basis: {fact.Basis}"));
        }
    }
}
