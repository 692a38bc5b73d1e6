namespace ReliabilityTool.Core.Sources;

/// <summary>One statement about a source and what it rests on (a line of the text, or public record).</summary>
/// <param name="Party">The party to the story the statement ties the source to, where there is one.</param>
public sealed record Fact(string Value, string Basis, string? Party = null);

public sealed record OwnerGroup(
    string Id,
    string Name,
    IReadOnlyList<string> FormerNames,
    IReadOnlyList<Fact> StateOwnership,
    IReadOnlyList<Fact> StateAlignment,
    IReadOnlyList<Fact> Notes);

public sealed record Publisher(
    string Id,
    string Name,
    string? OwnerId,
    IReadOnlyList<Fact> Description,
    IReadOnlyList<Fact> StateAlignment,
    IReadOnlyList<Fact> Advocacy,
    IReadOnlyList<Fact> Funding);

public sealed record Author(
    string Id,
    string Name,
    IReadOnlyList<Fact> Affiliations,
    IReadOnlyList<Fact> Advocacy);

/// <summary>What <c>sources.yaml</c> says about one document.</summary>
public sealed record DocumentEntry(
    string DocumentId,
    string? PublisherId,
    IReadOnlyList<string> AuthorIds,
    DateOnly? Published,
    string? Title,
    IReadOnlyList<Fact> Provenance,
    int Line,
    int Column);

/// <summary>Everything <c>sources.yaml</c> records: who stands behind each document.</summary>
public sealed record SourceCatalog(
    string File,
    IReadOnlyList<OwnerGroup> Owners,
    IReadOnlyList<Publisher> Publishers,
    IReadOnlyList<Author> Authors,
    IReadOnlyList<DocumentEntry> Documents)
{
    public static SourceCatalog Empty { get; } = new("", [], [], [], []);

    public DocumentEntry? EntryFor(string documentId) => Documents.FirstOrDefault(d => d.DocumentId == documentId);
    public Publisher? Publisher(string? id) => id is null ? null : Publishers.FirstOrDefault(p => p.Id == id);
    public OwnerGroup? Owner(string? id) => id is null ? null : Owners.FirstOrDefault(o => o.Id == id);
    public Author? Author(string id) => Authors.FirstOrDefault(a => a.Id == id);
}
