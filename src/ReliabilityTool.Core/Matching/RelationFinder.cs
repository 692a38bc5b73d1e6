using System.Runtime.CompilerServices;
using ReliabilityTool.Core.Claims;
using ReliabilityTool.Core.Documents;
using ReliabilityTool.Core.Text;

namespace ReliabilityTool.Core.Matching;

/// <summary>
/// The relations among the documents of one assertion (or of a whole set) that could make them one
/// source: shared owner, shared author, one story, one wire, a copied passage. Facts only: which
/// of them count is the rubric's, applied by <see cref="Scoring.IndependencePolicy"/>.
/// </summary>
internal static class RelationFinder
{
    /// <param name="claims">The claims in question: a copied passage counts only where it holds one of them.</param>
    /// <param name="reuseInto">Reused passages by the document that reproduces them.</param>
    public static DocumentRelations Find(
        IReadOnlyList<Claim> claims, IReadOnlyList<string> documentIds, IReadOnlyDictionary<string, Document> documents,
        ILookup<string, Reuse> reuseInto, CopyClusters clusters)
    {
        if (documentIds.Count == 1) return OfOne(claims, documentIds[0], reuseInto, clusters); // most assertions
        return Search(claims, documentIds, documents, reuseInto, clusters);
    }

    /// <summary>The search for every kind of relation, for any number of documents (tests hold the one-document path to it).</summary>
    internal static DocumentRelations Search(
        IReadOnlyList<Claim> claims, IReadOnlyList<string> documentIds, IReadOnlyDictionary<string, Document> documents,
        ILookup<string, Reuse> reuseInto, CopyClusters clusters)
    {
        var relations = new List<DocumentRelation>();

        // Each relation groups the documents that share its key, so sixty copies of one story cost sixty
        // steps, not 1,770 pairs; only copied passages are looked up pair by pair.
        IEnumerable<(string Key, IReadOnlyList<string> Ids)> SharedKeys(Func<Document, IEnumerable<string>> keys) =>
            documentIds.SelectMany(id => keys(documents[id]).Distinct().Select(k => (Key: k, Id: id)))
                .GroupBy(x => x.Key, x => x.Id)
                .Where(g => g.Count() > 1)
                .Select(g => (g.Key, (IReadOnlyList<string>)g.ToList()));

        foreach (var (_, ids) in SharedKeys(d => d.Source.Owner is { } o ? [o.Id] : []))
            relations.Add(new SameOwnerGroup(ids, documents[ids[0]].Source.Owner!.Name));

        foreach (var (key, ids) in SharedKeys(d => KeysOf(d).Authors))
            relations.Add(new SameAuthor(ids, documents[ids[0]].Authors[Array.IndexOf(KeysOf(documents[ids[0]]).Authors, key)]));

        foreach (var (_, ids) in SharedKeys(d => clusters.Of(d.Id) is { Member.TextPart: >= 0 } of ? [$"{of.Cluster.Id}/{of.Member.TextPart}"] : []))
            relations.Add(new SameStory(ids, clusters.Of(ids[0])!.Value.Cluster));

        // A document credits its upstream; the upstream's own copy is known by its publisher. Crediting one wire makes
        // documents one source, but not carriers of each other's stories: only shared text does that.
        var credited = documentIds.SelectMany(id => KeysOf(documents[id]).Upstream.Select(c => c.Key)).ToHashSet(StringComparer.Ordinal);
        foreach (var (key, ids) in SharedKeys(d => KeysOf(d).Upstream.Select(c => c.Key)
                     .Concat(KeysOf(d).Publisher is { } p && credited.Contains(p) ? [p] : [])))
        {
            var credit = ids.SelectMany(id => KeysOf(documents[id]).Upstream).First(c => c.Key == key);
            relations.Add(new SameWire(ids, credit.Upstream, credit.Line));
        }

        var claimsOf = claims.ToLookup(c => c.DocumentId);
        var inSet = documentIds.ToHashSet(StringComparer.Ordinal);
        foreach (var to in documentIds)
        {
            foreach (var r in reuseInto[to].Where(r => inSet.Contains(r.From) && !clusters.ShareText(r.From, r.To)))
            {
                if (claimsOf[r.To].Any(c => Overlaps(c, r.ToSpan)) && claimsOf[r.From].Any(c => Overlaps(c, r.FromSpan)))
                    relations.Add(new CopiedPassage(r.From, r.To));
            }
        }

        var carried = new List<CarriedCopy>();
        foreach (var d in documentIds)
        {
            if (clusters.Of(d) is { Cluster.Origin: { } o } of && o != d && reuseInto[d].Any(r => r.From == o && claimsOf[d].Any(c => Overlaps(c, r.ToSpan))))
                carried.Add(new CarriedCopy(d, of.Cluster));
        }

        return relations.Count == 0 && carried.Count == 0 ? DocumentRelations.None : new DocumentRelations(relations, carried);
    }

    /// <summary>
    /// One document has no relation to another, and can only carry its copy cluster's story: this is
    /// what the whole search finds for it, without grouping keys of one.
    /// </summary>
    private static DocumentRelations OfOne(IReadOnlyList<Claim> claims, string documentId, ILookup<string, Reuse> reuseInto, CopyClusters clusters) =>
        clusters.Of(documentId) is { Cluster.Origin: { } o } of && o != documentId
        && reuseInto[documentId].Any(r => r.From == o && claims.Any(c => c.DocumentId == documentId && Overlaps(c, r.ToSpan)))
            ? new DocumentRelations([], [new CarriedCopy(documentId, of.Cluster)])
            : DocumentRelations.None;

    /// <summary>
    /// Each document's keys, made once: an archive's documents each carry hundreds of assertions,
    /// and normalising a name is the dearest step of comparing them. Documents are immutable, so a
    /// key made for one instance holds for as long as it lives.
    /// </summary>
    private static DocumentKeys KeysOf(Document document) =>
        Keys.GetValue(document, static d => new DocumentKeys(
            d.Authors.Select(Names.Key).ToArray(),
            CopyClusterFinder.Upstream(d).ToArray(),
            d.Source.Publisher is { } p ? Credits.KeyOf(p.Name) : null));

    private static readonly ConditionalWeakTable<Document, DocumentKeys> Keys = new();

    /// <param name="Authors">Each author's name key, in the order of the document's authors.</param>
    /// <param name="Upstream">The credits naming an upstream other than the document's own publisher.</param>
    /// <param name="Publisher">The publisher's name as a credit key.</param>
    private sealed record DocumentKeys(string[] Authors, Credit[] Upstream, string? Publisher);

    private static bool Overlaps(Claim claim, (int Start, int End) span)
    {
        var overlap = Math.Min(claim.End, span.End) - Math.Max(claim.Start, span.Start);
        return overlap > (claim.End - claim.Start) / 2;
    }
}
