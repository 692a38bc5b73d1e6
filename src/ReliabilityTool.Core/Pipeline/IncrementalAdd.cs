using ReliabilityTool.Core.Claims;
using ReliabilityTool.Core.Documents;
using ReliabilityTool.Core.Matching;
using ReliabilityTool.Core.Scoring;
using ReliabilityTool.Core.Sources;

namespace ReliabilityTool.Core.Pipeline;

/// <summary>
/// One <see cref="AssessmentPipeline.Add"/>: the added articles' claims matched against what the
/// stored index says they may meet, their text compared with what shares a fingerprint, and the
/// assertions they join rebuilt and rescored. Reads the archive, writes nothing.
/// </summary>
internal sealed class IncrementalAdd(AssessmentPipeline pipeline, IArchiveReader archive)
{
    private readonly Dictionary<ulong, int> _stored = [];
    private readonly Dictionary<ulong, int> _added = [];

    public AddReport Run(IReadOnlyList<Document> documents)
    {
        var state = pipeline.StateOf(archive);
        var versions = archive.CurrentVersions();
        var (added, unchanged) = Partition(documents, versions);
        if (added.Count == 0) return new AddReport([], unchanged, 0, [], [], null);

        // Compiling the lexicon's patterns pays for itself only over a batch (BENCHMARKS.md).
        var extractor = new SentenceClaimExtractor(pipeline.Rubric.Lexicon, manyArticles: added.Count > 20);
        var claimSets = added.Select(d => (d.Id, (IReadOnlyList<Claim>)extractor.Extract(d))).ToList();
        var claims = claimSets.SelectMany(s => s.Item2).Where(c => c.IsAssertion).ToList();
        var vectors = AssertionMatcher.Vectors(claims);
        foreach (var h in vectors.SelectMany(v => v.Hashes)) _added[h] = _added.GetValueOrDefault(h) + 1;
        Learn(vectors);
        var claimCount = state.Claims + claims.Count;

        var (keys, members) = Touched(vectors, claimCount);
        var memberClaims = archive.Claims(members.Select(m => (m.DocumentId, m.ClaimId))).ToDictionary(c => c.Id);
        var existing = members.GroupBy(m => m.AssertionId)
            .Select(g => (IReadOnlyList<MatchedClaim>)g.Select(m => new MatchedClaim(memberClaims[m.ClaimId], m.Vector)).ToList())
            .ToList();
        var groups = AssertionMatcher.Attach(existing, claims, vectors, Frequency, claimCount, pipeline.Match);

        var shingles = added.ToDictionary(d => d.Id, d => Shingles.Of(d, pipeline.Reuse));
        var (reuse, updatedClusters) = new IncrementalReuse(archive, pipeline.Reuse).Find(added, shingles);
        var addedIds = claims.Select(c => c.Id).ToHashSet();
        var changedGroups = groups.Where(g => g.Any(c => addedIds.Contains(c.Id))).ToList();
        var assertionOfMember = members.ToDictionary(m => m.ClaimId, m => m.AssertionId);
        var replaced = changedGroups.SelectMany(g => g).Where(c => assertionOfMember.ContainsKey(c.Id)).Select(c => assertionOfMember[c.Id]).ToHashSet();

        var documentsById = added.ToDictionary(d => d.Id);
        foreach (var id in members.Where(m => replaced.Contains(m.AssertionId)).Select(m => m.DocumentId).Distinct().Where(id => !documentsById.ContainsKey(id)))
            documentsById[id] = archive.Document(id);
        var storedReuse = archive.Reuse();
        var storedClusters = archive.ClustersOf(documentsById.Keys);
        var replacedClusters = updatedClusters.SelectMany(c => c.DocumentIds).ToHashSet(StringComparer.Ordinal);
        var clustersNow = new CopyClusters(storedClusters.Where(c => !c.DocumentIds.Any(replacedClusters.Contains)).Concat(updatedClusters).ToList());
        // A copy's partisanship is its origin's: the origins are read even where they do not state the assertion.
        foreach (var origin in storedClusters.Concat(updatedClusters).Select(c => c.Origin).OfType<string>().Where(o => !documentsById.ContainsKey(o)).Distinct().ToList())
            documentsById[origin] = archive.Document(origin);
        var partisanship = documentsById.Values.ToDictionary(d => d.Id, d => PartisanshipAssessor.Assess(d, pipeline.Rubric.Partisanship));

        ScoredAssertion Scored(IReadOnlyList<Claim> group, ILookup<string, Reuse> reuseInto, CopyClusters clusters)
        {
            var assertion = CrossDocumentAnalyser.AssertionOf(group, documentsById, reuseInto, clusters);
            return new ScoredAssertion(assertion, RubricScorer.Score(pipeline.Rubric, new AssertionEvidence(assertion, group, partisanship)));
        }

        // What each replaced assertion was, rebuilt from its members as they were, so the change can be shown.
        var (storedInto, clustersBefore) = (storedReuse.ToLookup(r => r.To), new CopyClusters(storedClusters));
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

        var update = new AnalysisUpdate(
            added,
            claimSets,
            changes.Select(c => c.Now.Assertion).ToList(),
            claims.Select((c, i) => new MatchedMember(c.Id, c.DocumentId, assertionOfAdded[c.Id], vectors[i])).ToList(),
            _added,
            claims.SelectMany((c, i) => keys[i].Select(k => (k, c.Id))).ToList(),
            added.Select(d => (d.Id, shingles[d.Id].Fingerprints)).ToList(),
            reuse,
            updatedClusters,
            state with { Claims = claimCount });
        var ordered = changes.OrderByDescending(c => c.Now.Card.Has(Flags.SinglePartisanSource)).ThenBy(c => c.Now.Card.Score).ThenBy(c => c.Now.Assertion.Id, StringComparer.Ordinal).ToList();
        return new AddReport(added, unchanged, claims.Count, ordered, reuse, update);
    }

    /// <summary>New documents, and documents already stored with the same text; a stored document with other text is refused.</summary>
    private (List<Document> Added, List<Document> Unchanged) Partition(IReadOnlyList<Document> documents, IReadOnlyDictionary<string, int> versions)
    {
        var (added, unchanged) = (new List<Document>(), new List<Document>());
        foreach (var d in documents)
        {
            if (!versions.ContainsKey(d.Id)) added.Add(d);
            else if (archive.Document(d.Id).Sha256 == d.Sha256) unchanged.Add(d);
            else throw new InputException($"{d.File}: {d.Id} is already in the archive with other text; a changed article needs `reliability assess`, which re-analyses what it touched.");
        }

        return (added, unchanged);
    }

    /// <summary>
    /// The posting keys of each added claim, and every member of the stored assertions that can
    /// change: those holding a candidate posted under an added claim's key (a rare feature, or a
    /// pair of less rare particulars) that an added claim resembles closely enough to merge with.
    /// </summary>
    private (IReadOnlyList<ulong[]> Keys, IReadOnlyList<MatchedMember> Members) Touched(IReadOnlyList<FeatureVector> vectors, int claimCount)
    {
        var settings = pipeline.Match;
        var cap = MatchIndex.CapFor(claimCount, settings);
        var keys = vectors.Select(v => MatchIndex.PostingKeys(v, Frequency, cap, settings.PairFeatures)).ToList();
        var candidates = archive.Matched(archive.Posted(keys.SelectMany(k => k).Distinct()));
        Learn(candidates.Select(c => c.Vector));
        var weights = vectors.Select(v => MatchIndex.WeightsOf(v, Frequency, claimCount)).ToList();
        var touched = candidates
            .Where(c =>
            {
                var w = MatchIndex.WeightsOf(c.Vector, Frequency, claimCount);
                return vectors.Where((v, i) => AssertionMatcher.Similarity(v, weights[i], c.Vector, w) >= settings.Threshold).Any();
            })
            .Select(c => c.AssertionId).Distinct().ToList();
        var members = archive.Members(touched);
        Learn(members.Select(m => m.Vector));
        return (keys, members);
    }

    /// <summary>How many claims hold a feature, stored and added: stored counts are read as features come into view, each once.</summary>
    private int Frequency(ulong hash) => _stored.GetValueOrDefault(hash) + _added.GetValueOrDefault(hash);

    private void Learn(IEnumerable<FeatureVector> vectors)
    {
        foreach (var (h, n) in archive.Frequencies(vectors.SelectMany(v => v.Hashes).Where(h => !_stored.ContainsKey(h)).Distinct())) _stored[h] = n;
    }
}
