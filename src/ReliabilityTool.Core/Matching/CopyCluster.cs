namespace ReliabilityTool.Core.Matching;

/// <summary>
/// Documents that carry one story (a syndicated article, a wire story, an article and its
/// reposts): one source however many outlets print it.
/// </summary>
/// <param name="Origin">The copy the others descend from, where dates or provenance tell; null when nothing does.</param>
/// <param name="OriginBasis">Why that copy is the origin, or why no origin can be named.</param>
/// <param name="Upstream">The agency or outlet the copies credit, if they credit one.</param>
public sealed record CopyCluster(string Id, IReadOnlyList<CopyMember> Members, string? Origin, string OriginBasis, string? Upstream)
{
    public IEnumerable<string> DocumentIds => Members.Select(m => m.DocumentId);
}

/// <summary>
/// One document of a copy cluster and what ties it there. Members with the same
/// <see cref="TextPart"/> (0 or more) share most of their text; −1 means the document is tied only
/// by crediting the cluster's upstream (a rewritten wire story).
/// </summary>
public sealed record CopyMember(string DocumentId, int TextPart, string Basis);

/// <summary>Each document's copy cluster, looked up by document.</summary>
public sealed class CopyClusters
{
    private readonly Dictionary<string, (CopyCluster Cluster, CopyMember Member)> _byDocument = new(StringComparer.Ordinal);

    public CopyClusters(IReadOnlyList<CopyCluster> clusters)
    {
        All = clusters;
        foreach (var cluster in clusters)
        {
            foreach (var member in cluster.Members) _byDocument[member.DocumentId] = (cluster, member);
        }
    }

    public IReadOnlyList<CopyCluster> All { get; }

    public (CopyCluster Cluster, CopyMember Member)? Of(string documentId) =>
        _byDocument.TryGetValue(documentId, out var found) ? found : null;

    /// <summary>Both documents share most of their text within one cluster.</summary>
    public bool ShareText(string a, string b) =>
        Of(a) is { } x && Of(b) is { } y && ReferenceEquals(x.Cluster, y.Cluster) && x.Member.TextPart >= 0 && x.Member.TextPart == y.Member.TextPart;
}
