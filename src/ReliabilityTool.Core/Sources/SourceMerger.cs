using System.Globalization;
using ReliabilityTool.Core.Documents;
using ReliabilityTool.Core.Text;

namespace ReliabilityTool.Core.Sources;

/// <summary>
/// Merges what a document's text says about its source with what <c>sources.yaml</c> declares.
/// Declared facts are curated, so they lead; a disagreement is kept as a conflict, never dropped.
/// </summary>
public static class SourceMerger
{
    public static Document Merge(Document document, SourceCatalog catalog)
    {
        var entry = catalog.EntryFor(document.Id);
        var text = document.FromText;
        var conflicts = new List<MetadataConflict>();

        var publisher = catalog.Publisher(entry?.PublisherId);
        var owner = catalog.Owner(publisher?.OwnerId);
        var authors = entry?.AuthorIds.Select(id => catalog.Author(id)!).ToList() ?? [];

        if (entry is not null)
        {
            if (authors.Count > 0 && text.Authors.Count > 0 &&
                !text.Authors.Select(Names.Key).ToHashSet().SetEquals(authors.Select(a => Names.Key(a.Name))))
                conflicts.Add(new MetadataConflict("authors", string.Join("; ", text.Authors), string.Join("; ", authors.Select(a => a.Name))));

            if (entry.Published is not null && text.Published is not null && entry.Published != text.Published)
                conflicts.Add(new MetadataConflict("published", Iso(text.Published.Value), Iso(entry.Published.Value)));

            var namedInText = text.PublisherNamed ?? text.CopyrightHolder;
            if (publisher is not null && namedInText is not null && !SameName(namedInText, publisher, owner))
                conflicts.Add(new MetadataConflict("publisher", namedInText, publisher.Name));

            if (entry.Title is not null && text.Title is not null && Names.Key(entry.Title) != Names.Key(text.Title))
                conflicts.Add(new MetadataConflict("title", text.Title, entry.Title));
        }

        // The upstream a document credits is part of its provenance, each with the line it rests on.
        var declared = (entry?.Upstream ?? []).Select(f => new Credit(f.Value, Credits.Agency(f.Value) is null ? CreditKind.Original : CreditKind.Wire, $"sources.yaml: {f.Basis}", -1, -1));
        var credits = text.Credits.Concat(declared).DistinctBy(c => (c.Key, c.Kind)).ToList();
        var provenance = (entry?.Provenance ?? []).Concat(text.Credits.Select(c =>
            new Fact($"carries {(c.Kind == CreditKind.Wire ? "the wire copy of" : "an article first published by")} {c.Upstream}", $"credit line: \"{c.Line}\""))).ToList();
        var profile = new SourceProfile(publisher, owner, authors, entry?.Title, entry?.Published, provenance, conflicts) { Credits = credits, StoryParties = catalog.StoryParties.Select(p => p.Value).ToList(), Url = entry?.Url };
        return document with { Source = profile };
    }

    private static bool SameName(string named, Publisher publisher, OwnerGroup? owner)
    {
        var key = Names.Key(named);
        return key == Names.Key(publisher.Name)
               || (owner is not null && (key == Names.Key(owner.Name) || owner.FormerNames.Any(n => Names.Key(n) == key)));
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
