using ReliabilityTool.Core.Matching;

namespace ReliabilityTool.Core.Scoring;

/// <summary>
/// The rubric's independence switches applied to the relations matching found: documents joined by
/// a relation the rubric counts are one independence group. Pure and cheap, so a rubric change is
/// rescored without re-matching anything.
/// </summary>
internal static class IndependencePolicy
{
    public static bool Counts(IndependenceRules rules, DocumentRelation relation) => relation switch
    {
        SameOwnerGroup => rules.SameOwnerGroup,
        SameAuthor => rules.SameAuthor,
        SameStory or CopiedPassage => rules.CopiedPassage,
        SameWire => rules.SameWire,
        _ => throw new ArgumentOutOfRangeException(nameof(relation), relation, "a relation no independence rule covers"),
    };

    /// <summary>The independence groups of these documents under the rules, each with the relations that joined it, in id order.</summary>
    public static IReadOnlyList<IndependenceGroup> Groups(IReadOnlyList<string> documentIds, DocumentRelations relations, IndependenceRules rules)
    {
        if (relations.Relations.Count == 0 && relations.Carried.Count == 0)
            return documentIds.Count == 1 ? [new IndependenceGroup(documentIds, [])] : documentIds.Order(StringComparer.Ordinal).Select(d => new IndependenceGroup([d], [])).ToArray();
        if (documentIds.Count == 1 && relations.Relations.Count == 0) return OfOneCarrier(documentIds, relations.Carried, rules); // most copies' assertions
        return Joined(documentIds, relations, rules);
    }

    /// <summary>
    /// One document whose only relation is the copy it carries: its one group, whose origin is its
    /// cluster's when the rubric counts copies. What <see cref="Joined"/> finds for it, without the
    /// bookkeeping for many (tests hold the two together).
    /// </summary>
    private static IndependenceGroup[] OfOneCarrier(IReadOnlyList<string> documentIds, IReadOnlyList<CarriedCopy> carried, IndependenceRules rules)
    {
        var group = new IndependenceGroup(documentIds, []);
        var id = documentIds[0];
        var copy = rules.CopiedPassage ? carried.FirstOrDefault(c => c.DocumentId == id) : null;
        if (copy?.Cluster.Origin is not { } origin) return [group];
        return [group with { Origin = origin, Carriers = origin == id ? [] : documentIds }];
    }

    /// <summary>The groups of any number of documents joined by any relations (tests hold the one-carrier path to it).</summary>
    internal static IReadOnlyList<IndependenceGroup> Joined(IReadOnlyList<string> documentIds, DocumentRelations relations, IndependenceRules rules)
    {
        var parent = documentIds.ToDictionary(d => d, d => d);
        var reasons = documentIds.ToDictionary(d => d, _ => new List<DocumentRelation>());
        string Find(string d) => parent[d] == d ? d : parent[d] = Find(parent[d]);

        var carried = new Dictionary<string, CopyCluster>(StringComparer.Ordinal);
        foreach (var relation in relations.Relations.Where(r => Counts(rules, r)))
        {
            var ids = relation.DocumentIds;
            for (var i = 1; i < ids.Count; i++)
            {
                var (ra, rb) = (Find(ids[0]), Find(ids[i]));
                if (ra != rb) parent[rb] = ra;
            }

            foreach (var id in ids) reasons[id].Add(relation);
            if (relation is SameStory story)
            {
                foreach (var id in ids) carried[id] = story.Cluster;
            }
        }

        // A copy whose claim here lies in a passage taken from its origin carries the origin's story, even alone.
        if (rules.CopiedPassage)
        {
            foreach (var c in relations.Carried) carried.TryAdd(c.DocumentId, c.Cluster);
        }

        return documentIds.GroupBy(Find)
            .Select(g =>
            {
                var members = g.Order(StringComparer.Ordinal).ToArray();
                var group = new IndependenceGroup(members, g.SelectMany(d => reasons[d]).DistinctBy(r => r.Text).ToArray());
                // The group's origin: the origin of the copy cluster its members carry, with the members that only carry its copy.
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
}
