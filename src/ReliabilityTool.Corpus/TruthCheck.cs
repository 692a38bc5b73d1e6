namespace ReliabilityTool.Corpus;

/// <summary>A claim as the pipeline found it: its document and its sentence.</summary>
public sealed record FoundClaim(string DocumentId, string Text);

/// <summary>A passage the pipeline reported as reused: the copying document's text of it.</summary>
public sealed record FoundReuse(string From, string To, string CopiedText);

/// <summary>How much of what was planted was found, and how much of what was found was planted.</summary>
public sealed record TruthScore(
    int PlantedPairs, int FoundPlantedPairs, int PredictedPairs, int UnlocatedSentences,
    int PlantedCopies, int FoundCopies, int ReportedReuse, int ReportedReuseOfPlanted)
{
    public double AssertionRecall => FoundPlantedPairs / (double)Math.Max(1, PlantedPairs);

    /// <summary>Of the pairs grouped together that involve a planted sentence, the share that state one planted fact.</summary>
    public double AssertionPrecision => FoundPlantedPairs / (double)Math.Max(1, PredictedPairs);

    public double CopyRecall => FoundCopies / (double)Math.Max(1, PlantedCopies);

    public double CopyPrecision => ReportedReuseOfPlanted / (double)Math.Max(1, ReportedReuse);
}

/// <summary>Scores a run's assertions and reuse against the generator's planted truth, pair by pair.</summary>
public static class TruthCheck
{
    public static TruthScore Score(PlantedTruth truth, IReadOnlyList<IReadOnlyList<FoundClaim>> assertions, IReadOnlyList<FoundReuse> reuse)
    {
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
                    if (assertion.Sentences[i].DocumentId == assertion.Sentences[j].DocumentId) continue;
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
                    if (group[i].DocumentId != group[j].DocumentId && (isPlanted[i] || isPlanted[j])) predicted++;
                }
            }
        }

        bool Matches(PlantedCopy copy, FoundReuse r) =>
            r.From == copy.From && r.To == copy.To && (Normalise(copy.Passage).Contains(Normalise(r.CopiedText), StringComparison.Ordinal) || Normalise(r.CopiedText).Contains(Normalise(copy.Passage), StringComparison.Ordinal));

        var byPair = reuse.ToLookup(r => (r.From, r.To));
        var foundCopies = truth.Copies.Count(c => byPair[(c.From, c.To)].Any(r => Matches(c, r)));
        var copiesByPair = truth.Copies.ToLookup(c => (c.From, c.To));
        var reportedOfPlanted = reuse.Count(r => copiesByPair[(r.From, r.To)].Any(c => Matches(c, r)));
        return new TruthScore(plantedPairs, found, Math.Max(predicted, found), unlocated, truth.Copies.Count, foundCopies, reuse.Count, reportedOfPlanted);
    }

    private static string Normalise(string text) => string.Join(' ', text.Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries));
}
