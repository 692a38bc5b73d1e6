using ReliabilityTool.Core.Claims;
using ReliabilityTool.Core.Documents;
using ReliabilityTool.Core.Matching;
using ReliabilityTool.Core.Scoring;
using ReliabilityTool.Core.Sources;
using ReliabilityTool.Storage;

namespace ReliabilityTool.Cli.Ingestion;

/// <summary>An assertion with its score card.</summary>
public sealed record ScoredAssertion(Assertion Assertion, ScoreCard Card);

/// <summary>An assertion that adding articles created or changed, and what it replaced.</summary>
public sealed record AssertionChange(ScoredAssertion Now, IReadOnlyList<ScoredAssertion> Before);

public sealed record AddReport(IReadOnlyList<Document> Added, IReadOnlyList<Document> Unchanged, int Claims, IReadOnlyList<AssertionChange> Changes, IReadOnlyList<Reuse> Reuse);

/// <summary>
/// Adds new articles to an assessed archive without redoing it: their claims are matched against
/// the claims the stored index says they may meet, their text against the documents that share
/// a fingerprint with it, and only the assertions they join are rebuilt and rescored. Everything
/// happens in one transaction: on any failure the database is left as it was.
/// </summary>
public static class AddRun
{
    public static AddReport Run(Database database, IReadOnlyList<Document> documents, DateTimeOffset now, Rubric rubric)
    {
        var analysis = new AnalysisStore(database);
        var state = StoredCorpus.StateFor(analysis, rubric);
        var documentStore = new DocumentStore(database);
        var claimStore = new ClaimStore(database);
        var stored = documentStore.CurrentVersions();
        var unchanged = new List<Document>();
        var added = new List<Document>();
        foreach (var d in documents)
        {
            if (!stored.TryGetValue(d.Id, out var version)) added.Add(d);
            else if (documentStore.Version(d.Id, version)?.Sha256 == d.Sha256) unchanged.Add(d);
            else throw new InputException($"{d.File}: {d.Id} is already in the archive with other text; a changed article needs `reliability assess`, which re-analyses what it touched.");
        }

        if (added.Count == 0) return new AddReport([], unchanged, 0, [], []);

        using var transaction = database.Connection.BeginTransaction();
        documentStore.Ingest(added, now, transaction);
        // Compiling the lexicon's patterns pays for itself only over a batch (BENCHMARKS.md).
        var extractor = new SentenceClaimExtractor(rubric.Lexicon, manyArticles: added.Count > 20);
        var rows = added.Select(d => ClaimStore.Rows(d.Id, 1, extractor.Extract(d))).ToList();
        claimStore.SaveAll(rows, rubric.Lexicon.Fingerprint, transaction);

        var claims = rows.SelectMany(r => r.Claims).Where(c => c.IsAssertion).ToList();
        var vectors = AssertionMatcher.Vectors(claims);
        var counts = new Dictionary<ulong, int>();
        foreach (var h in vectors.SelectMany(v => v.Hashes)) counts[h] = counts.GetValueOrDefault(h) + 1;
        // Stored frequencies are read as features come into view, each once.
        var known = new Dictionary<ulong, int>();
        void Learn(IEnumerable<FeatureVector> more)
        {
            foreach (var (h, n) in analysis.Frequencies(more.SelectMany(v => v.Hashes).Where(h => !known.ContainsKey(h)))) known[h] = n;
        }

        int Frequency(ulong h) => known.GetValueOrDefault(h) + counts.GetValueOrDefault(h);
        Learn(vectors);
        var claimCount = state.Claims + claims.Count;
        var cap = MatchIndex.CapFor(claimCount, MatchSettings.Default);

        // Candidates are posted under a key of an added claim (a rare feature, or a pair of less rare
        // particulars); only assertions holding a candidate that an added claim resembles closely
        // enough to merge with can change.
        var keys = vectors.Select(v => MatchIndex.PostingKeys(v, Frequency, cap, MatchSettings.Default.PairFeatures)).ToList();
        var candidates = analysis.Claims(analysis.Posted(keys.SelectMany(k => k).Distinct()));
        Learn(candidates.Select(c => c.Vector));
        var weights = vectors.Select(v => MatchIndex.WeightsOf(v, Frequency, claimCount)).ToList();
        var touched = candidates
            .Where(c =>
            {
                var w = MatchIndex.WeightsOf(c.Vector, Frequency, claimCount);
                return vectors.Where((v, i) => AssertionMatcher.Similarity(v, weights[i], c.Vector, w) >= MatchSettings.Default.Threshold).Any();
            })
            .Select(c => c.AssertionId).Distinct().ToList();
        var members = analysis.Members(touched);
        Learn(members.Select(m => m.Vector));
        var memberClaims = claimStore.Find(members.Select(m => (m.DocumentId, m.ClaimId))).ToDictionary(c => c.Id);
        var existing = members.GroupBy(m => m.AssertionId)
            .Select(g => (IReadOnlyList<MatchedClaim>)g.Select(m => new MatchedClaim(memberClaims[m.ClaimId], m.Vector)).ToList())
            .ToList();
        var groups = AssertionMatcher.Attach(existing, claims, vectors, Frequency, claimCount);

        var shingles = added.ToDictionary(d => d.Id, d => Shingles.Of(d, ReuseSettings.Default));
        var (reuse, updatedClusters) = FindReuse(analysis, documentStore, stored, added, shingles);
        var addedIds = claims.Select(c => c.Id).ToHashSet();
        var changedGroups = groups.Where(g => g.Any(c => addedIds.Contains(c.Id))).ToList();
        var assertionOfMember = members.ToDictionary(m => m.ClaimId, m => m.AssertionId);
        var replaced = changedGroups.SelectMany(g => g).Where(c => assertionOfMember.ContainsKey(c.Id)).Select(c => assertionOfMember[c.Id]).ToHashSet();
        var documentsById = added.ToDictionary(d => d.Id);
        foreach (var id in members.Where(m => replaced.Contains(m.AssertionId)).Select(m => m.DocumentId).Distinct().Where(id => !documentsById.ContainsKey(id)))
            documentsById[id] = documentStore.Version(id, stored[id])!;
        var storedReuse = analysis.Reuse();
        var storedInto = storedReuse.ToLookup(r => r.To);
        var storedClusters = analysis.ClustersOf(documentsById.Keys);
        var clustersBefore = new CopyClusters(storedClusters);
        var replacedClusters = updatedClusters.SelectMany(c => c.DocumentIds).ToHashSet(StringComparer.Ordinal);
        var clustersNow = new CopyClusters(storedClusters.Where(c => !c.DocumentIds.Any(replacedClusters.Contains)).Concat(updatedClusters).ToList());
        // A copy's partisanship is its origin's: the origins are read even where they do not state the assertion.
        foreach (var origin in storedClusters.Concat(updatedClusters).Select(c => c.Origin).OfType<string>().Where(o => !documentsById.ContainsKey(o)).Distinct().ToList())
            documentsById[origin] = documentStore.Version(origin, stored[origin])!;
        var partisanship = documentsById.Values.ToDictionary(d => d.Id, d => PartisanshipAssessor.Assess(d, rubric.Partisanship));
        ScoredAssertion Scored(IReadOnlyList<Claim> group, ILookup<string, Reuse> reuseInto, CopyClusters clusters)
        {
            var assertion = CrossDocumentAnalyser.AssertionOf(group, documentsById, reuseInto, clusters, rubric.Independence);
            return new ScoredAssertion(assertion, RubricScorer.Score(rubric, new AssertionEvidence(assertion, group, partisanship)));
        }

        // What each replaced assertion was, rebuilt from its members as they were, so the change can be shown.
        var before = existing.Where(e => replaced.Contains(assertionOfMember[e[0].Claim.Id]))
            .ToDictionary(e => assertionOfMember[e[0].Claim.Id], e => Scored(e.Select(m => m.Claim).ToList(), storedInto, clustersBefore));
        var reuseInto = storedReuse.Concat(reuse).ToLookup(r => r.To);
        var changes = new List<AssertionChange>();
        var assertionOfAdded = new Dictionary<string, string>();
        foreach (var group in changedGroups)
        {
            var rebuilt = Scored(group, reuseInto, clustersNow);
            foreach (var c in group.Where(c => addedIds.Contains(c.Id))) assertionOfAdded[c.Id] = rebuilt.Assertion.Id;
            var was = group.Where(c => assertionOfMember.ContainsKey(c.Id)).Select(c => assertionOfMember[c.Id]).Distinct().Select(id => before[id]).ToList();
            changes.Add(new AssertionChange(rebuilt, was));
        }

        analysis.Apply(new AnalysisUpdate(
            changes.Select(c => c.Now.Assertion).ToList(),
            claims.Select((c, i) => (c.Id, c.DocumentId, assertionOfAdded[c.Id], vectors[i])).ToList(),
            counts,
            claims.SelectMany((c, i) => keys[i].Select(k => (k, c.Id))).ToList(),
            added.Select(d => (d.Id, shingles[d.Id].Fingerprints)).ToList(),
            reuse,
            state with { Claims = claimCount }) { Clusters = updatedClusters, Documents = added }, transaction);
        transaction.Commit();

        var ordered = changes.OrderByDescending(c => c.Now.Card.Has(Flags.SinglePartisanSource)).ThenBy(c => c.Now.Card.Score).ThenBy(c => c.Now.Assertion.Id, StringComparer.Ordinal).ToList();
        return new AddReport(added, unchanged, claims.Count, ordered, reuse);
    }

    /// <summary>
    /// The added documents' reuse of stored ones (and of each other), and the copy clusters they
    /// join or form. Only documents sharing a fingerprint that is not boilerplate are read and
    /// compared, one a story: a copy of a story carried sixty times is compared with its origin.
    /// </summary>
    private static (IReadOnlyList<Reuse> Reuse, IReadOnlyList<CopyCluster> Clusters) FindReuse(
        AnalysisStore analysis, DocumentStore documentStore, IReadOnlyDictionary<string, int> stored, IReadOnlyList<Document> added, IReadOnlyDictionary<string, Shingles> shingles)
    {
        var settings = ReuseSettings.Default;
        var holders = analysis.Fingerprints(shingles.Values.SelectMany(s => s.Fingerprints)).ToLookup(f => f.Hash, f => f.DocumentId);
        var newHolders = shingles.SelectMany(p => p.Value.Fingerprints.Select(f => (Hash: f, Id: p.Key))).ToLookup(x => x.Hash, x => x.Id);
        var common = analysis.Common(shingles.Values.SelectMany(s => s.Hashes));
        bool IsBoilerplate(ulong h) => common.Contains(h);

        var upstreamKeys = added.SelectMany(d => d.Credits.Select(c => (Key: c.Key, DocumentId: d.Id, Credited: true))
            .Concat(d.Source.Publisher is { } p ? [(Key: Credits.KeyOf(p.Name), DocumentId: d.Id, Credited: false)] : [])).ToList();
        var underUpstream = analysis.DocumentsUnder(upstreamKeys.Select(k => k.Key)).Concat(upstreamKeys).Distinct().ToList();
        var clusters = analysis.ClustersOf(holders.SelectMany(g => g).Concat(underUpstream.Select(u => u.DocumentId)));
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

        var others = new Dictionary<string, (Document Document, Shingles Shingles)>();
        (Document Document, Shingles Shingles) Load(string id)
        {
            if (others.TryGetValue(id, out var other)) return other;
            var d = added.FirstOrDefault(a => a.Id == id) ?? documentStore.Version(id, stored[id])!;
            return others[id] = (d, shingles.TryGetValue(id, out var s) ? s : Shingles.Of(d, settings));
        }

        var found = new List<Reuse>();
        var textTies = new List<(string A, string B, double Share)>();
        foreach (var document in added)
        {
            var partners = new SortedSet<string>(StringComparer.Ordinal);
            foreach (var f in shingles[document.Id].Fingerprints.Where(f => !IsBoilerplate(f)))
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
                var other = Load(partner);
                found.AddRange(ShingleReuseFinder.Compare(document, shingles[document.Id], other.Document, other.Shingles, IsBoilerplate, settings));
                if (CopyClusterFinder.IsCopy(shingles[document.Id], other.Shingles, settings, out var share)) textTies.Add((document.Id, partner, share));
            }
        }

        var updated = Clusters(clusters, added, textTies, underUpstream, id => Load(id).Document);
        return (ShingleReuseFinder.FromOrigin(found, new CopyClusters(updated)).ToList(), updated);
    }

    /// <summary>The copy clusters that hold an added document, rebuilt whole: the stored clusters it joins, its text ties and its credit ties.</summary>
    private static IReadOnlyList<CopyCluster> Clusters(
        IReadOnlyList<CopyCluster> stored, IReadOnlyList<Document> added, IReadOnlyList<(string A, string B, double Share)> textTies,
        IReadOnlyList<(string Key, string DocumentId, bool Credited)> underUpstream, Func<string, Document> load)
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
