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
        var reuse = FindReuse(analysis, documentStore, stored, added, shingles);
        var addedIds = claims.Select(c => c.Id).ToHashSet();
        var changedGroups = groups.Where(g => g.Any(c => addedIds.Contains(c.Id))).ToList();
        var assertionOfMember = members.ToDictionary(m => m.ClaimId, m => m.AssertionId);
        var replaced = changedGroups.SelectMany(g => g).Where(c => assertionOfMember.ContainsKey(c.Id)).Select(c => assertionOfMember[c.Id]).ToHashSet();
        var documentsById = added.ToDictionary(d => d.Id);
        foreach (var id in members.Where(m => replaced.Contains(m.AssertionId)).Select(m => m.DocumentId).Distinct().Where(id => !documentsById.ContainsKey(id)))
            documentsById[id] = documentStore.Version(id, stored[id])!;
        var storedReuse = analysis.Reuse();
        var storedByPair = storedReuse.ToLookup(r => (r.From, r.To));
        var partisanship = documentsById.Values.ToDictionary(d => d.Id, d => PartisanshipAssessor.Assess(d.Source, rubric.Partisanship));
        ScoredAssertion Scored(IReadOnlyList<Claim> group, ILookup<(string From, string To), Reuse> reuseByPair)
        {
            var assertion = CrossDocumentAnalyser.AssertionOf(group, documentsById, reuseByPair, rubric.Independence);
            return new ScoredAssertion(assertion, RubricScorer.Score(rubric, new AssertionEvidence(assertion, group, partisanship)));
        }

        // What each replaced assertion was, rebuilt from its members as they were, so the change can be shown.
        var before = existing.Where(e => replaced.Contains(assertionOfMember[e[0].Claim.Id]))
            .ToDictionary(e => assertionOfMember[e[0].Claim.Id], e => Scored(e.Select(m => m.Claim).ToList(), storedByPair));
        var reuseByPair = storedReuse.Concat(reuse).ToLookup(r => (r.From, r.To));
        var changes = new List<AssertionChange>();
        var assertionOfAdded = new Dictionary<string, string>();
        foreach (var group in changedGroups)
        {
            var rebuilt = Scored(group, reuseByPair);
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
            state with { Claims = claimCount }), transaction);
        transaction.Commit();

        var ordered = changes.OrderByDescending(c => c.Now.Card.Has(Flags.SinglePartisanSource)).ThenBy(c => c.Now.Card.Score).ThenBy(c => c.Now.Assertion.Id, StringComparer.Ordinal).ToList();
        return new AddReport(added, unchanged, claims.Count, ordered, reuse);
    }

    /// <summary>The added documents' reuse of stored ones (and of each other): only documents sharing a rare fingerprint are read and compared.</summary>
    private static IReadOnlyList<Reuse> FindReuse(
        AnalysisStore analysis, DocumentStore documentStore, IReadOnlyDictionary<string, int> stored, IReadOnlyList<Document> added, IReadOnlyDictionary<string, Shingles> shingles)
    {
        var settings = ReuseSettings.Default;
        var holders = analysis.Fingerprints(shingles.Values.SelectMany(s => s.Fingerprints)).ToLookup(f => f.Hash, f => f.DocumentId);
        var newHolders = shingles.SelectMany(p => p.Value.Fingerprints.Select(f => (Hash: f, Id: p.Key))).ToLookup(x => x.Hash, x => x.Id);
        int Spread(ulong fingerprint) => holders[fingerprint].Count() + newHolders[fingerprint].Count();
        var common = analysis.Common(shingles.Values.SelectMany(s => s.Hashes));
        int ShingleSpread(ulong h) => common.Contains(h) ? int.MaxValue : Math.Max(1, Spread(h));

        var found = new List<Reuse>();
        var others = new Dictionary<string, (Document Document, Shingles Shingles)>();
        foreach (var document in added)
        {
            var partners = shingles[document.Id].Fingerprints
                .Where(f => Spread(f) is >= 2 and var n && n <= settings.MaxShingleDocuments)
                .SelectMany(f => holders[f].Concat(newHolders[f]))
                .Where(id => id != document.Id)
                .Distinct()
                .Order(StringComparer.Ordinal)
                .ToList();
            foreach (var partner in partners)
            {
                if (shingles.ContainsKey(partner) && string.CompareOrdinal(partner, document.Id) < 0) continue; // each added pair once
                if (!others.TryGetValue(partner, out var other))
                {
                    var d = shingles.ContainsKey(partner) ? added.First(a => a.Id == partner) : documentStore.Version(partner, stored[partner])!;
                    others[partner] = other = (d, shingles.TryGetValue(partner, out var s) ? s : Shingles.Of(d, settings));
                }

                found.AddRange(ShingleReuseFinder.Compare(document, shingles[document.Id], other.Document, other.Shingles, ShingleSpread, settings));
            }
        }

        return found;
    }
}
