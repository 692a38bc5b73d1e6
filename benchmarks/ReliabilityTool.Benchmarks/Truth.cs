using System.Globalization;
using ReliabilityTool.Corpus;

namespace ReliabilityTool.Benchmarks;

internal static class Truth
{
    public static string Describe(TruthScore s) => FormattableString.Invariant(
        $"planted assertions: recall {s.AssertionRecall:0.000} ({s.FoundPlantedPairs}/{s.PlantedPairs} pairs), precision {s.AssertionPrecision:0.000} ({s.FoundPlantedPairs}/{s.PredictedPairs}), {s.UnlocatedSentences} planted sentences not found as claims\n") + FormattableString.Invariant(
        $"planted copies: recall {s.CopyRecall:0.000} ({s.FoundCopies}/{s.PlantedCopies}), precision {s.CopyPrecision:0.000} ({s.ReportedReuseOfPlanted}/{s.ReportedReuse} reported passages)");
}
