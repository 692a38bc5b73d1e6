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
        // Each relation groups the documents that share its key, so sixty copies of one story cost sixty steps, not 1,770
        // pairs; only copied passages are looked up pair by pair. One grouping serves each kind in turn: tens of thousands
        // of assertions are searched.
        var groups = new KeyGroups();

        foreach (var id in documentIds)
        {
            if (documents[id].Source.Owner is { } o) groups.Add(o.Id, id);
        }

        foreach (var (_, ids) in groups.Shared())
            relations.Add(new SameOwnerGroup(ids, documents[ids[0]].Source.Owner!.Name));

        groups.Clear();
        foreach (var id in documentIds)
        {
            foreach (var key in KeysOf(documents[id]).Authors) groups.Add(key, id);
        }

        foreach (var (key, ids) in groups.Shared())
            relations.Add(new SameAuthor(ids, documents[ids[0]].Authors[Array.IndexOf(KeysOf(documents[ids[0]]).Authors, key)]));

        groups.Clear();
        foreach (var id in documentIds)
        {
            if (clusters.Of(id) is { Member.TextPart: >= 0 } of) groups.Add($"{of.Cluster.Id}/{of.Member.TextPart}", id);
        }

        foreach (var (_, ids) in groups.Shared())
            relations.Add(new SameStory(ids, clusters.Of(ids[0])!.Value.Cluster));

        // A document credits its upstream; the upstream's own copy is known by its publisher. Crediting one wire makes
        // documents one source, but not carriers of each other's stories: only shared text does that.
        groups.Clear();
        HashSet<string>? credited = null;
        foreach (var id in documentIds)
        {
            var keys = KeysOf(documents[id]).UpstreamKeys;
            if (keys.Length == 0) continue;
            credited ??= new HashSet<string>(StringComparer.Ordinal);
            credited.UnionWith(keys);
        }

        if (credited is not null)
        {
            foreach (var id in documentIds)
            {
                var keys = KeysOf(documents[id]);
                foreach (var key in keys.UpstreamKeys) groups.Add(key, id);
                if (keys.Publisher is { } p && credited.Contains(p)) groups.Add(p, id);
            }

            foreach (var (key, ids) in groups.Shared())
            {
                var credit = ids.Select(id => KeysOf(documents[id])).SelectMany(k => k.Upstream.Where((_, i) => k.UpstreamKeys[i] == key)).First();
                relations.Add(new SameWire(ids, credit.Upstream, credit.Line));
            }
        }

        // Passages are copied between few documents, and most assertions' documents share none: the claims are grouped
        // by document only where one is.
        ILookup<string, Claim>? claimsOf = null;
        HashSet<string>? inSet = null;
        foreach (var to in documentIds)
        {
            foreach (var r in reuseInto[to])
            {
                inSet ??= documentIds.ToHashSet(StringComparer.Ordinal);
                if (!inSet.Contains(r.From) || clusters.ShareText(r.From, r.To)) continue;
                claimsOf ??= claims.ToLookup(c => c.DocumentId);
                if (claimsOf[r.To].Any(c => Overlaps(c, r.ToSpan)) && claimsOf[r.From].Any(c => Overlaps(c, r.FromSpan)))
                    relations.Add(new CopiedPassage(r.From, r.To));
            }
        }

        var carried = new List<CarriedCopy>();
        foreach (var d in documentIds)
        {
            if (clusters.Of(d) is not { Cluster.Origin: { } o } of || o == d) continue;
            claimsOf ??= claims.ToLookup(c => c.DocumentId);
            if (reuseInto[d].Any(r => r.From == o && claimsOf[d].Any(c => Overlaps(c, r.ToSpan))))
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
        Keys.GetValue(document, static d =>
        {
            var upstream = CopyClusterFinder.Upstream(d).ToArray();
            return new DocumentKeys(
                d.Authors.Select(Names.Key).ToArray(),
                upstream,
                upstream.Select(c => c.Key).ToArray(),
                d.Source.Publisher is { } p ? Credits.KeyOf(p.Name) : null);
        });

    private static readonly ConditionalWeakTable<Document, DocumentKeys> Keys = new();

    /// <param name="Authors">Each author's name key, in the order of the document's authors.</param>
    /// <param name="Upstream">The credits naming an upstream other than the document's own publisher.</param>
    /// <param name="UpstreamKeys">Each of those credits' key, in the same order.</param>
    /// <param name="Publisher">The publisher's name as a credit key.</param>
    private sealed record DocumentKeys(string[] Authors, Credit[] Upstream, string[] UpstreamKeys, string? Publisher);

    /// <summary>
    /// Documents grouped by the keys they share, as grouping by key would give them: groups in the
    /// order their keys first appear, each document once in a group, in the order it was added.
    /// </summary>
    private sealed class KeyGroups
    {
        private readonly Dictionary<string, List<string>> _ids = new(StringComparer.Ordinal);
        private readonly List<string> _keys = [];

        /// <remarks>
        /// A document's keys are added together, and each document once (an assertion's documents are
        /// distinct), so a key it repeats finds it last in the group.
        /// </remarks>
        public void Add(string key, string documentId)
        {
            if (!_ids.TryGetValue(key, out var ids))
            {
                _ids.Add(key, [documentId]);
                _keys.Add(key);
            }
            else if (!string.Equals(ids[^1], documentId, StringComparison.Ordinal))
            {
                ids.Add(documentId);
            }
        }

        /// <summary>The keys two documents or more share, with their documents.</summary>
        public IEnumerable<(string Key, IReadOnlyList<string> Ids)> Shared()
        {
            foreach (var key in _keys)
            {
                if (_ids[key] is { Count: > 1 } ids) yield return (key, ids);
            }
        }

        public void Clear()
        {
            _ids.Clear();
            _keys.Clear();
        }
    }

    private static bool Overlaps(Claim claim, (int Start, int End) span)
    {
        var overlap = Math.Min(claim.End, span.End) - Math.Max(claim.Start, span.Start);
        return overlap > (claim.End - claim.Start) / 2;
    }
}
