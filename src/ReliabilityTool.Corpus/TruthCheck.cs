namespace ReliabilityTool.Corpus;

/// <summary>A claim as the pipeline found it: its document and its sentence.</summary>
public sealed record FoundClaim(string DocumentId, string Text);

/// <summary>A passage the pipeline reported as reused: the copying document's text of it.</summary>
public sealed record FoundReuse(string From, string To, string CopiedText);

/// <summary>How much of what was planted was found, and how much of what was found was planted.</summary>
/// <param name="PlantedPairs">Pairs of planted sentences of one fact in documents of different stories (copies of one story do not corroborate it).</param>
public sealed record TruthScore(
    int PlantedPairs, int FoundPlantedPairs, int PredictedPairs, int UnlocatedSentences,
    int PlantedCopies, int FoundCopies, int ReportedReuse, int ReportedReuseOfPlanted)
{
    /// <summary>Pairs of documents that carry one story, planted and found.</summary>
    public long PlantedClusterPairs { get; init; }

    public long FoundClusterPairs { get; init; }

    public long PredictedClusterPairs { get; init; }

    public int PlantedClusters { get; init; }

    public int ReportedClusters { get; init; }

    /// <summary>Reported passages within one planted story: the cluster accounts for them, so they are not scored as passage copies.</summary>
    public int ReportedReuseWithinClusters { get; init; }

    public double ClusterRecall => FoundClusterPairs / (double)Math.Max(1, PlantedClusterPairs);

    public double ClusterPrecision => FoundClusterPairs / (double)Math.Max(1, PredictedClusterPairs);

    public double AssertionRecall => FoundPlantedPairs / (double)Math.Max(1, PlantedPairs);

    /// <summary>Of the pairs grouped together that involve a planted sentence, the share that state one planted fact.</summary>
    public double AssertionPrecision => FoundPlantedPairs / (double)Math.Max(1, PredictedPairs);

    public double CopyRecall => FoundCopies / (double)Math.Max(1, PlantedCopies);

    public double CopyPrecision => ReportedReuseOfPlanted / (double)Math.Max(1, ReportedReuse);
}

/// <summary>Scores a run's assertions and reuse against the generator's planted truth, pair by pair.</summary>
public static class TruthCheck
{
    /// <param name="clusters">The copy clusters found, each as its documents.</param>
    public static TruthScore Score(PlantedTruth truth, IReadOnlyList<IReadOnlyList<FoundClaim>> assertions, IReadOnlyList<FoundReuse> reuse, IReadOnlyList<IReadOnlyList<string>>? clusters = null)
    {
        var storyOf = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var c in truth.Clusters)
        {
            foreach (var d in c.Documents) storyOf[d] = c.Id;
        }

        bool OneStory(string a, string b) => storyOf.TryGetValue(a, out var x) && storyOf.TryGetValue(b, out var y) && x == y;

        var groupOf = new Dictionary<(string, string), int>();
        for (var g = 0; g < assertions.Count; g++)
        {
            foreach (var claim in assertions[g]) groupOf[(claim.DocumentId, Normalise(claim.Text))] = g;
        }

        // Each planted sentence, and the group it landed in.
        var planted = new HashSet<(string, string)>();
        int plantedPairs = 0, found = 0, unlocated = 0;
        foreach (var assertion in truth.Assertions)
        {
            var located = new List<int?>();
            foreach (var sentence in assertion.Sentences)
            {
                var key = (sentence.DocumentId, Normalise(sentence.Text));
                planted.Add(key);
                var isLocated = groupOf.TryGetValue(key, out var g);
                located.Add(isLocated ? g : null);
                if (!isLocated) unlocated++;
            }

            for (var i = 0; i < located.Count; i++)
            {
                for (var j = i + 1; j < located.Count; j++)
                {
                    if (assertion.Sentences[i].DocumentId == assertion.Sentences[j].DocumentId || OneStory(assertion.Sentences[i].DocumentId, assertion.Sentences[j].DocumentId)) continue;
                    plantedPairs++;
                    if (located[i] is not null && located[i] == located[j]) found++;
                }
            }
        }

        // Every pair of claims from different documents grouped together, one of them planted.
        var predicted = 0;
        foreach (var group in assertions)
        {
            var isPlanted = group.Select(c => planted.Contains((c.DocumentId, Normalise(c.Text)))).ToList();
            if (!isPlanted.Contains(true)) continue;
            for (var i = 0; i < group.Count; i++)
            {
                for (var j = i + 1; j < group.Count; j++)
                {
                    if (group[i].DocumentId != group[j].DocumentId && !OneStory(group[i].DocumentId, group[j].DocumentId) && (isPlanted[i] || isPlanted[j])) predicted++;
                }
            }
        }

        bool Matches(PlantedCopy copy, FoundReuse r) =>
            r.From == copy.From && r.To == copy.To && (Normalise(copy.Passage).Contains(Normalise(r.CopiedText), StringComparison.Ordinal) || Normalise(r.CopiedText).Contains(Normalise(copy.Passage), StringComparison.Ordinal));

        var byPair = reuse.ToLookup(r => (r.From, r.To));
        var foundCopies = truth.Copies.Count(c => byPair[(c.From, c.To)].Any(r => Matches(c, r)));
        var copiesByPair = truth.Copies.ToLookup(c => (c.From, c.To));
        var withinStories = reuse.Where(r => OneStory(r.From, r.To)).ToList();
        var scored = reuse.Except(withinStories).ToList();
        var reportedOfPlanted = scored.Count(r => copiesByPair[(r.From, r.To)].Any(c => Matches(c, r)));
        var found2 = clusters ?? [];
        var foundOf = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var c = 0; c < found2.Count; c++)
        {
            foreach (var d in found2[c]) foundOf[d] = c;
        }

        static long Pairs(long n) => n * (n - 1) / 2;
        // Pairs in one planted story that were also found in one cluster, and the reverse.
        var both = truth.Clusters.Sum(c => c.Documents.Where(foundOf.ContainsKey).GroupBy(d => foundOf[d]).Sum(g => Pairs(g.Count())));
        return new TruthScore(plantedPairs, found, Math.Max(predicted, found), unlocated, truth.Copies.Count, foundCopies, scored.Count, reportedOfPlanted)
        {
            PlantedClusters = truth.Clusters.Count,
            ReportedClusters = found2.Count,
            PlantedClusterPairs = truth.Clusters.Sum(c => Pairs(c.Documents.Count)),
            PredictedClusterPairs = found2.Sum(c => Pairs(c.Count)),
            FoundClusterPairs = both,
            ReportedReuseWithinClusters = withinStories.Count,
        };
    }

    private static string Normalise(string text) => string.Join(' ', text.Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries));
}
