namespace ReliabilityTool.Core.Matching;

/// <summary>
/// A fact found between documents that may make them one source rather than several. Matching and
/// reuse record every such fact; whether it joins the documents is the rubric's call (its
/// independence switches), made by the scorer, so a rubric change needs no re-matching.
/// </summary>
public abstract record DocumentRelation
{
    /// <summary>The documents this fact ties together, in id order.</summary>
    public abstract IReadOnlyList<string> DocumentIds { get; }

    /// <summary>The reason as the reports print it.</summary>
    public abstract string Text { get; }

    /// <summary>The reason without the list of documents, for where the documents are shown beside it.</summary>
    public virtual string ShortText => Text;
}

/// <summary>Documents whose publishers belong to one owner group.</summary>
internal sealed record SameOwnerGroup(IReadOnlyList<string> DocumentIds, string Owner) : DocumentRelation
{
    public override IReadOnlyList<string> DocumentIds { get; } = DocumentIds;

    public override string Text => $"{ShortText} ({string.Join(", ", DocumentIds)})";

    public override string ShortText => $"same owner group: {Owner}";
}

/// <summary>Documents with an author in common (names compared by their key, so "J. Smith" and "John Smith" differ).</summary>
internal sealed record SameAuthor(IReadOnlyList<string> DocumentIds, string Author) : DocumentRelation
{
    public override IReadOnlyList<string> DocumentIds { get; } = DocumentIds;

    public override string Text => $"{ShortText} ({string.Join(", ", DocumentIds)})";

    public override string ShortText => $"same author: {Author}";
}

/// <summary>Documents that carry one story: they share most of their text within one copy cluster.</summary>
internal sealed record SameStory(IReadOnlyList<string> DocumentIds, CopyCluster Cluster) : DocumentRelation
{
    public override IReadOnlyList<string> DocumentIds { get; } = DocumentIds;

    public override string Text =>
        $"copied: {DocumentIds.Count} of these documents carry one story (copy cluster {Cluster.Id}, {Cluster.Members.Count} documents in all; " +
        $"{(Cluster.Origin is null ? Cluster.OriginBasis : $"origin {Cluster.Origin}, {Cluster.OriginBasis}")})";
}

/// <summary>Documents that credit one wire or original, or are its own copy.</summary>
/// <param name="Line">The credit line as one of them prints it.</param>
internal sealed record SameWire(IReadOnlyList<string> DocumentIds, string Upstream, string Line) : DocumentRelation
{
    public override IReadOnlyList<string> DocumentIds { get; } = DocumentIds;

    public override string Text => $"same wire: {string.Join(", ", DocumentIds)} carry the copy of {Upstream} (\"{Line}\")";
}

/// <summary>One document reproduces the passage of another that states the assertion; <see cref="From"/> is the likely original.</summary>
internal sealed record CopiedPassage(string From, string To) : DocumentRelation
{
    public override IReadOnlyList<string> DocumentIds => [From, To];

    public override string Text => $"copied: {To} reproduces this passage of {From}";
}

/// <summary>A document whose claim lies in a passage taken from its copy cluster's origin: it carries the origin's story, even alone.</summary>
public sealed record CarriedCopy(string DocumentId, CopyCluster Cluster);

/// <summary>Every relation found among some documents, in the order the reports give reasons.</summary>
public sealed record DocumentRelations(IReadOnlyList<DocumentRelation> Relations, IReadOnlyList<CarriedCopy> Carried)
{
    public static DocumentRelations None { get; } = new([], []);

    /// <summary>Copying of any kind: a shared story or a copied passage.</summary>
    public static bool IsCopying(DocumentRelation relation) => relation is SameStory or CopiedPassage;
}
