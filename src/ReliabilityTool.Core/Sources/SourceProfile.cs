using ReliabilityTool.Core.Documents;

namespace ReliabilityTool.Core.Sources;

/// <summary>
/// Who stands behind one document: the text's own statements merged with <c>sources.yaml</c>.
/// Unknown is a value: a null publisher means nobody could be identified, and is reported so.
/// </summary>
public sealed record SourceProfile(
    Publisher? Publisher,
    OwnerGroup? Owner,
    IReadOnlyList<Author> Authors,
    string? Title,
    DateOnly? Published,
    IReadOnlyList<Fact> Provenance,
    IReadOnlyList<MetadataConflict> Conflicts)
{
    public static SourceProfile Unknown { get; } = new(null, null, [], null, null, [], []);

    public bool ProvenanceUnknown => Publisher is null && Authors.Count == 0;

    /// <summary>Whose copy the document carries: the text's credit lines and the upstream <c>sources.yaml</c> records.</summary>
    public IReadOnlyList<Credit> Credits { get; init; } = [];

    /// <summary>The sides with a stake in the story the document belongs to, as its corpus's <c>sources.yaml</c> records them.</summary>
    public IReadOnlyList<string> StoryParties { get; init; } = [];

    /// <summary>Where the article is published, as <c>sources.yaml</c> records it.</summary>
    public string? Url { get; init; }
}

/// <summary>The text and <c>sources.yaml</c> disagree; both values are kept and shown.</summary>
public sealed record MetadataConflict(string Field, string InText, string InSources);
