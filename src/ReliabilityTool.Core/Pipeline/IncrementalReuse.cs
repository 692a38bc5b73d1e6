using ReliabilityTool.Core.Documents;
using ReliabilityTool.Core.Matching;

namespace ReliabilityTool.Core.Pipeline;

/// <summary>
/// The added documents' reuse of stored ones (and of each other), and the copy clusters they join
/// or form. Only documents sharing a fingerprint that is not boilerplate are read and compared,
/// one a story: a copy of a story carried sixty times is compared with its origin.
/// </summary>
internal sealed class IncrementalReuse(IArchiveReader archive, ReuseSettings settings)
{
    private readonly Dictionary<string, (Document Document, Shingles Shingles)> _loaded = new(StringComparer.Ordinal);

    public (IReadOnlyList<Reuse> Reuse, IReadOnlyList<CopyCluster> Clusters) Find(IReadOnlyList<Document> added, IReadOnlyDictionary<string, Shingles> shingles)
    {
        var holders = archive.Fingerprints(shingles.Values.SelectMany(s => s.Fingerprints)).ToLookup(f => f.Hash, f => f.DocumentId);
        var newHolders = shingles.SelectMany(p => p.Value.Fingerprints.Select(f => (Hash: f, Id: p.Key))).ToLookup(x => x.Hash, x => x.Id);
        var common = archive.Common(shingles.Values.SelectMany(s => s.Hashes));

        var upstreamKeys = added.SelectMany(UpstreamKey.Of).ToList();
        var underUpstream = archive.DocumentsUnder(upstreamKeys.Select(k => k.Key)).Concat(upstreamKeys).Distinct().ToList();
        var clusters = archive.ClustersOf(holders.SelectMany(g => g).Concat(underUpstream.Select(u => u.DocumentId)));
        var clusterOf = clusters.SelectMany(c => c.DocumentIds.Select(id => (id, c))).ToDictionary(x => x.id, x => x.c, StringComparer.Ordinal);
        // A story is the copies that share one text, as in a whole run: a wire's cluster can hold several of its stories.
        CopyMember? MemberOf(string id) => clusterOf.TryGetValue(id, out var c) ? c.Members.First(m => m.DocumentId == id) : null;
        string StoryOf(string id) => MemberOf(id) is { TextPart: >= 0 } m ? $"{clusterOf[id].Id}/{m.TextPart}" : id;
        string? AnchorOf(string id)
        {
            if (MemberOf(id) is not { TextPart: >= 0 } member) return null;
            var part = clusterOf[id].Members.Where(m => m.TextPart == member.TextPart).ToList();
            return part.Any(m => m.DocumentId == clusterOf[id].Origin) ? clusterOf[id].Origin : part[0].DocumentId;
        }

        var found = new List<Reuse>();
        var textTies = new List<(string A, string B, double Share)>();
        foreach (var document in added)
        {
            var partners = new SortedSet<string>(StringComparer.Ordinal);
            foreach (var f in shingles[document.Id].Fingerprints.Where(f => !common.Contains(f)))
            {
                var byStory = holders[f].Concat(newHolders[f]).Where(id => id != document.Id).Distinct()
                    .GroupBy(StoryOf)
                    .Select(g => g.FirstOrDefault(id => id == AnchorOf(id)) ?? g.Min(StringComparer.Ordinal)!)
                    .ToList();
                if (byStory.Count <= settings.MaxShingleClusters) partners.UnionWith(byStory);
            }

            foreach (var partner in partners)
            {
                if (shingles.ContainsKey(partner) && string.CompareOrdinal(partner, document.Id) < 0) continue; // each added pair once
                var other = Load(partner, added, shingles);
                found.AddRange(ShingleReuseFinder.Compare(document, shingles[document.Id], other.Document, other.Shingles, common.Contains, settings));
                if (CopyClusterFinder.IsCopy(shingles[document.Id], other.Shingles, settings, out var share)) textTies.Add((document.Id, partner, share));
            }
        }

        var updated = Clusters(clusters, added, textTies, underUpstream, id => Load(id, added, shingles).Document);
        return (ShingleReuseFinder.FromOrigin(found, new CopyClusters(updated)).ToList(), updated);
    }

    private (Document Document, Shingles Shingles) Load(string id, IReadOnlyList<Document> added, IReadOnlyDictionary<string, Shingles> shingles)
    {
        if (_loaded.TryGetValue(id, out var other)) return other;
        var d = added.FirstOrDefault(a => a.Id == id) ?? archive.Document(id);
        return _loaded[id] = (d, shingles.TryGetValue(id, out var s) ? s : Shingles.Of(d, settings));
    }

    /// <summary>The copy clusters that hold an added document, rebuilt whole: the stored clusters it joins, its text ties and its credit ties.</summary>
    private static IReadOnlyList<CopyCluster> Clusters(
        IReadOnlyList<CopyCluster> stored, IReadOnlyList<Document> added, IReadOnlyList<(string A, string B, double Share)> textTies,
        IReadOnlyList<UpstreamKey> underUpstream, Func<string, Document> load)
    {
        var ids = stored.SelectMany(c => c.DocumentIds).Concat(added.Select(d => d.Id)).Concat(textTies.Select(t => t.B))
            .Concat(underUpstream.Select(u => u.DocumentId)).Distinct().ToList();
        var at = ids.Select((id, i) => (id, i)).ToDictionary(x => x.id, x => x.i, StringComparer.Ordinal);
        var (text, all) = (new UnionFind(ids.Count), new UnionFind(ids.Count));
        var basis = new Dictionary<string, string?>(StringComparer.Ordinal);
        var inText = new HashSet<string>(StringComparer.Ordinal);
        foreach (var cluster in stored)
        {
            foreach (var m in cluster.Members)
            {
                all.Union(at[cluster.Members[0].DocumentId], at[m.DocumentId]);
                // A former origin is one copy among the others once an earlier one arrives: its basis is said again by Build.
                basis[m.DocumentId] = m.Basis.StartsWith("origin:", StringComparison.Ordinal)
                    ? (m.TextPart >= 0 ? "shares most of its text with the other copies of this story" : null)
                    : m.Basis;
                if (m.TextPart < 0) continue;
                inText.Add(m.DocumentId);
                text.Union(at[cluster.Members.First(x => x.TextPart == m.TextPart).DocumentId], at[m.DocumentId]);
            }
        }

        foreach (var (a, b, share) in textTies)
        {
            text.Union(at[a], at[b]);
            all.Union(at[a], at[b]);
            inText.UnionWith([a, b]);
            basis[a] = CopyClusterFinder.Share(share, b);
            basis.TryAdd(b, CopyClusterFinder.Share(share, a));
        }

        // One upstream: a document that credits it, and any document that credits it or publishes it.
        foreach (var key in underUpstream.GroupBy(u => u.Key).Where(g => g.Any(u => u.Credited)))
        {
            var first = key.First().DocumentId;
            foreach (var u in key) all.Union(at[first], at[u.DocumentId]);
            foreach (var u in key.Where(u => u.Credited))
            {
                var credit = CopyClusterFinder.Upstream(load(u.DocumentId)).First(c => c.Key == key.Key);
                basis.TryAdd(u.DocumentId, $"credits {credit.Upstream}: \"{credit.Line}\"");
            }
        }

        var addedIds = added.Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
        return ids.GroupBy(id => all.Find(at[id]))
            .Where(g => g.Count() > 1 && g.Any(addedIds.Contains))
            .Select(g => CopyClusterFinder.Build(g.Select(load).ToList(), g.Where(inText.Contains).ToDictionary(id => id, id => text.Find(at[id])), basis))
            .ToList();
    }
}
