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
    IReadOnlyList<Fact> Funding)
{
    /// <summary>Whose claims the outlet relies on ("cites the opposition's intelligence"): a stake in the story, but not funding.</summary>
    public IReadOnlyList<Fact> ReliesOn { get; init; } = [];
}

public sealed record Author(
    string Id,
    string Name,
    IReadOnlyList<Fact> Affiliations,
    IReadOnlyList<Fact> Advocacy)
{
    /// <summary>Whose claims the author relies on, as for a publisher.</summary>
    public IReadOnlyList<Fact> ReliesOn { get; init; } = [];
}

/// <summary>What <c>sources.yaml</c> says about one document.</summary>
public sealed record DocumentEntry(
    string DocumentId,
    string? PublisherId,
    IReadOnlyList<string> AuthorIds,
    DateOnly? Published,
    string? Title,
    IReadOnlyList<Fact> Provenance,
    int Line,
    int Column)
{
    /// <summary>Whose copy the document carries (a news agency, or the outlet that first published it), each with its basis.</summary>
    public IReadOnlyList<Fact> Upstream { get; init; } = [];

    /// <summary>Where the article is published (absolute http or https): ClaimReview's appearance links to it.</summary>
    public string? Url { get; init; }
}

/// <summary>Everything <c>sources.yaml</c> records: who stands behind each document.</summary>
public sealed record SourceCatalog(
    string File,
    IReadOnlyList<OwnerGroup> Owners,
    IReadOnlyList<Publisher> Publishers,
    IReadOnlyList<Author> Authors,
    IReadOnlyList<DocumentEntry> Documents)
{
    public static SourceCatalog Empty { get; } = new("", [], [], [], []);

    /// <summary>The sides with a stake in the corpus's story (states, movements, companies), each with its basis.</summary>
    public IReadOnlyList<Fact> StoryParties { get; init; } = [];

    // Looked up once per article: an archive's catalog has thousands of entries, so by key, not by scan. First entry wins, as a
    // scan would. A `with` copy would carry these maps over stale: make a new catalog instead.
    private Dictionary<string, DocumentEntry>? _documentsById;
    private Dictionary<string, Publisher>? _publishersById;
    private Dictionary<string, OwnerGroup>? _ownersById;
    private Dictionary<string, Author>? _authorsById;

    public DocumentEntry? EntryFor(string documentId) => (_documentsById ??= ById(Documents, d => d.DocumentId)).GetValueOrDefault(documentId);
    public Publisher? Publisher(string? id) => id is null ? null : (_publishersById ??= ById(Publishers, p => p.Id)).GetValueOrDefault(id);
    public OwnerGroup? Owner(string? id) => id is null ? null : (_ownersById ??= ById(Owners, o => o.Id)).GetValueOrDefault(id);
    public Author? Author(string id) => (_authorsById ??= ById(Authors, a => a.Id)).GetValueOrDefault(id);

    private static Dictionary<string, T> ById<T>(IEnumerable<T> items, Func<T, string> key)
    {
        var map = new Dictionary<string, T>();
        foreach (var item in items) map.TryAdd(key(item), item);
        return map;
    }
}
