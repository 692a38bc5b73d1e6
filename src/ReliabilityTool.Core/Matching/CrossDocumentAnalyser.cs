using System.Security.Cryptography;
using System.Text;
using ReliabilityTool.Core.Claims;
using ReliabilityTool.Core.Documents;
using ReliabilityTool.Core.Text;

namespace ReliabilityTool.Core.Matching;

/// <summary>
/// The cross-document stage: reuse between documents, claims grouped into assertions, each
/// assertion's independence groups and conflicting details. Every factual or quote claim ends
/// up in exactly one assertion; a claim found nowhere else is an assertion of one.
/// </summary>
public static class CrossDocumentAnalyser
{
    public static CrossDocumentAnalysis Analyse(
        IReadOnlyList<Document> documents,
        IReadOnlyList<Claim> claims,
        IndependenceRules rules,
        MatchSettings? matchSettings = null,
        ReuseSettings? reuseSettings = null)
    {
        var findings = ShingleReuseFinder.Analyse(documents, reuseSettings);
        var reuse = findings.Reuse;
        var byId = documents.ToDictionary(d => d.Id);
        var assertable = claims.Where(c => c.IsAssertion).ToList();
        var reuseInto = reuse.ToLookup(r => r.To);
        var clusters = new CopyClusters(findings.Clusters);
        var matched = AssertionMatcher.GroupWithIndex(assertable, matchSettings);
        var assertions = matched.Groups
            .AsParallel()
            .Select(group => AssertionOf(group, byId, reuseInto, clusters, rules))
            .OrderBy(a => a.Id, StringComparer.Ordinal)
            .ToList();
        return new CrossDocumentAnalysis(assertions, reuse, new AnalysisIndex(assertable, matched.Vectors, matched.Index, findings)) { Clusters = findings.Clusters };
    }

    /// <summary>One group of claims as an assertion: its stable id, summary, documents, independence groups and conflicts.</summary>
    /// <param name="reuseInto">Reused passages by the document that reproduces them.</param>
    public static Assertion AssertionOf(
        IReadOnlyList<Claim> claims, IReadOnlyDictionary<string, Document> documents, ILookup<string, Reuse> reuseInto, CopyClusters clusters, IndependenceRules rules)
    {
        // One order of claims whatever order they were grouped or stored in: `report` rebuilds what `assess` wrote, to the byte.
        claims = claims.OrderBy(c => c.DocumentId, StringComparer.Ordinal).ThenBy(c => c.Start).ThenBy(c => c.Id, StringComparer.Ordinal).ToArray();
        // Arrays of exact size: an archive holds hundreds of thousands of assertions at once.
        var documentIds = claims.Select(c => c.DocumentId).Distinct().Order(StringComparer.Ordinal).ToArray();
        var representative = claims.OrderByDescending(c => c.Evidence.Count > 0).ThenByDescending(c => c.CheckWorthy).ThenBy(c => c.Id, StringComparer.Ordinal).First();
        return new Assertion(
            Id(claims),
            Summarise(representative.Text),
            claims.Select(c => c.Id).ToArray(),
            documentIds,
            IndependenceGroups(claims, documentIds, documents, reuseInto, clusters, rules),
            ConflictFinder.Find(claims));
    }

    /// <summary>A stable id from the member claims, so the same assertion keeps its id across runs and rubrics.</summary>
    private static string Id(IReadOnlyList<Claim> claims)
    {
        var key = string.Join("|", claims.Select(c => c.Id).Order(StringComparer.Ordinal));
        return "a-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..10];
    }

    private static string Summarise(string text)
    {
        var single = string.Join(' ', text.Split((char[])['\n', '\r', ' '], StringSplitOptions.RemoveEmptyEntries));
        if (single.Length > 200) return single[..197].TrimEnd() + "…";
        return single == text ? text : single; // most sentences are already one clean line: share the claim's text
    }

    /// <summary>
    /// Union-find over the documents of one assertion, joined by the rubric's independence rules.
    /// Each rule joins the documents that share its key (owner, author, copy cluster, upstream),
    /// so sixty copies of one story cost sixty steps, not 1,770 pairs; only copied passages are
    /// looked up pair by pair, through the reuse into each document.
    /// </summary>
    internal static IReadOnlyList<IndependenceGroup> IndependenceGroups(
        IReadOnlyList<Claim> claims, IReadOnlyList<string> documentIds, IReadOnlyDictionary<string, Document> documents,
        ILookup<string, Reuse> reuseInto, CopyClusters clusters, IndependenceRules rules)
    {
        var parent = documentIds.ToDictionary(d => d, d => d);
        var reasons = documentIds.ToDictionary(d => d, _ => new List<string>());

        string Find(string d) => parent[d] == d ? d : parent[d] = Find(parent[d]);

        void JoinAll(IReadOnlyList<string> ids, string reason)
        {
            for (var i = 1; i < ids.Count; i++)
            {
                var (ra, rb) = (Find(ids[0]), Find(ids[i]));
                if (ra != rb) parent[rb] = ra;
            }

            foreach (var id in ids) reasons[id].Add(reason);
        }

        void JoinBy(Func<Document, IEnumerable<string>> keys, Func<string, IReadOnlyList<string>, string> reason)
        {
            var byKey = documentIds.SelectMany(id => keys(documents[id]).Distinct().Select(k => (Key: k, Id: id))).GroupBy(x => x.Key, x => x.Id);
            foreach (var g in byKey.Where(g => g.Count() > 1)) JoinAll(g.ToList(), reason(g.Key, g.ToList()));
        }

        if (rules.SameOwnerGroup)
        {
            JoinBy(d => d.Source.Owner is { } o ? [o.Id] : [],
                (_, ids) => $"same owner group: {documents[ids[0]].Source.Owner!.Name} ({string.Join(", ", ids)})");
        }

        if (rules.SameAuthor)
        {
            JoinBy(d => d.Authors.Select(Names.Key),
                (key, ids) => $"same author: {documents[ids[0]].Authors.First(x => Names.Key(x) == key)} ({string.Join(", ", ids)})");
        }

        var carried = new Dictionary<string, CopyCluster>(StringComparer.Ordinal);
        if (rules.CopiedPassage)
        {
            JoinBy(d => clusters.Of(d.Id) is { Member.TextPart: >= 0 } of ? [$"{of.Cluster.Id}/{of.Member.TextPart}"] : [],
                (key, ids) =>
                {
                    var cluster = clusters.Of(ids[0])!.Value.Cluster;
                    foreach (var id in ids) carried[id] = cluster;
                    return $"copied: {ids.Count} of these documents carry one story (copy cluster {cluster.Id}, {cluster.Members.Count} documents in all; {OriginText(cluster)})";
                });
        }

        if (rules.SameWire)
        {
            // A document credits its upstream; the upstream's own copy is known by its publisher. Crediting one wire makes
            // documents one source, but not carriers of each other's stories: only shared text does that.
            var credited = documentIds.SelectMany(id => CopyClusterFinder.Upstream(documents[id]).Select(c => c.Key)).ToHashSet(StringComparer.Ordinal);
            JoinBy(d => CopyClusterFinder.Upstream(d).Select(c => c.Key).Concat(d.Source.Publisher is { } p && credited.Contains(Credits.KeyOf(p.Name)) ? [Credits.KeyOf(p.Name)] : []),
                (key, ids) =>
                {
                    var credit = ids.SelectMany(id => CopyClusterFinder.Upstream(documents[id])).First(c => c.Key == key);
                    return $"same wire: {string.Join(", ", ids)} carry the copy of {credit.Upstream} (\"{credit.Line}\")";
                });
        }

        var claimsOf = claims.ToLookup(c => c.DocumentId);
        if (rules.CopiedPassage)
        {
            var ids = documentIds.ToHashSet(StringComparer.Ordinal);
            foreach (var to in documentIds)
            {
                foreach (var r in reuseInto[to].Where(r => ids.Contains(r.From) && !clusters.ShareText(r.From, r.To)))
                {
                    if (claimsOf[r.To].Any(c => Overlaps(c, r.ToSpan)) && claimsOf[r.From].Any(c => Overlaps(c, r.FromSpan)))
                        JoinAll([r.From, r.To], $"copied: {r.To} reproduces this passage of {r.From}");
                }
            }
        }

        return documentIds.GroupBy(Find)
            .Select(g =>
            {
                var members = g.Order(StringComparer.Ordinal).ToArray();
                var group = new IndependenceGroup(members, g.SelectMany(d => reasons[d]).Distinct().ToArray());
                // The group's origin: the origin of the copy cluster its members carry, with the members that only carry its copy.
                // A copy whose claim here lies in a passage taken from its origin carries the origin's story, even alone.
                if (rules.CopiedPassage)
                {
                    foreach (var d in members.Where(d => !carried.ContainsKey(d)))
                    {
                        if (clusters.Of(d) is { Cluster.Origin: { } o } of && o != d && reuseInto[d].Any(r => r.From == o && claimsOf[d].Any(c => Overlaps(c, r.ToSpan))))
                            carried[d] = of.Cluster;
                    }
                }

                var origin = members.Where(carried.ContainsKey).Select(d => carried[d].Origin).Where(o => o is not null)
                    .OrderByDescending(o => members.Contains(o!)).FirstOrDefault();
                return origin is null ? group : group with
                {
                    Origin = origin,
                    Carriers = members.Where(d => d != origin && carried.TryGetValue(d, out var c) && c.Origin == origin).ToArray(),
                };
            })
            .OrderBy(g => g.DocumentIds[0], StringComparer.Ordinal)
            .ToArray();
    }

    private static string OriginText(CopyCluster cluster) => cluster.Origin is null ? cluster.OriginBasis : $"origin {cluster.Origin}, {cluster.OriginBasis}";

    private static bool Overlaps(Claim claim, (int Start, int End) span)
    {
        var overlap = Math.Min(claim.End, span.End) - Math.Max(claim.Start, span.Start);
        return overlap > (claim.End - claim.Start) / 2;
    }
}
