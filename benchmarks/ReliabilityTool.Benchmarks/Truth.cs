using ReliabilityTool.Corpus;

namespace ReliabilityTool.Benchmarks;

internal static class Truth
{
    public static string Describe(TruthScore s) => FormattableString.Invariant(
        $"planted assertions: recall {s.AssertionRecall:0.000} ({s.FoundPlantedPairs}/{s.PlantedPairs} pairs), precision {s.AssertionPrecision:0.000} ({s.FoundPlantedPairs}/{s.PredictedPairs}), {s.UnlocatedSentences} planted sentences not found as claims\n") + FormattableString.Invariant(
        $"planted copies: recall {s.CopyRecall:0.000} ({s.FoundCopies}/{s.PlantedCopies}), precision {s.CopyPrecision:0.000} ({s.ReportedReuseOfPlanted}/{s.ReportedReuse} reported passages; {s.ReportedReuseWithinClusters} more within planted stories)\n") + FormattableString.Invariant(
        $"planted syndication: cluster recall {s.ClusterRecall:0.000} ({s.FoundClusterPairs}/{s.PlantedClusterPairs} document pairs), precision {s.ClusterPrecision:0.000} ({s.FoundClusterPairs}/{s.PredictedClusterPairs}); {s.PlantedClusters} stories planted, {s.ReportedClusters} clusters reported");
}
