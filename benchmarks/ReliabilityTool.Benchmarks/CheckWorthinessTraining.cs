using System.Globalization;
using System.Text.Json;
using ReliabilityTool.Core.Claims;
using ReliabilityTool.Core.Learning;
using ReliabilityTool.Core.Text;

namespace ReliabilityTool.Benchmarks;

/// <summary>
/// train-check-worthiness: fits the check-worthiness model on ClaimBuster's labelled sentences
/// (<c>../shared/data/claimbuster/train.json</c>, read in place, never copied), reports k-fold
/// cross-validated F1 at 0.5, ROC AUC and calibration, and writes the weights fitted on all of
/// it to <c>src/ReliabilityTool.Core/Data/check-worthiness.tsv</c> (<c>--out</c>).
/// <para>
/// Folds are drawn by a hash of the sentence id, so every run gives the same split. The
/// features come from <see cref="SentenceClaimExtractor.CheckWorthinessFeaturesOf"/>: what the
/// model is fitted on is exactly what the extractor will score.
/// </para>
/// </summary>
internal static class CheckWorthinessTraining
{
    private sealed record Labelled(int Id, string Text, bool CheckWorthy);

    public static int Run(Options options)
    {
        var data = options.String("data", "") is { Length: > 0 } given ? given : SharedData.Find("claimbuster", "train.json");
        if (!File.Exists(data))
        {
            Console.Error.WriteLine($"no ClaimBuster data at {data} (expected claimbuster/train.json)");
            return 2;
        }

        var folds = options.Int("folds", 5);
        var output = options.String("out", Path.Combine("src", "ReliabilityTool.Core", "Data", "check-worthiness.tsv"));
        var sentences = Read(data);
        var extractor = new SentenceClaimExtractor(Lexicon.Default);
        var examples = sentences.Select(s => new Example(extractor.CheckWorthinessFeaturesOf(s.Text), s.CheckWorthy)).ToList();
        var positives = sentences.Count(s => s.CheckWorthy);
        var balanced = (sentences.Count - positives) / (double)positives;
        var learner = new LogisticRegression(
            L2: options.Double("l2", 6e-4),
            PositiveWeight: options.String("positive-weight", "balanced") is "balanced" ? balanced : options.Double("positive-weight", 1),
            MinCount: options.Int("min-count", 2),
            Iterations: options.Int("iterations", 1200));
        Console.WriteLine(FormattableString.Invariant(
            $"{sentences.Count} sentences, {positives} check-worthy; l2 {learner.L2}, positive weight {learner.PositiveWeight:0.###}, features seen in at least {learner.MinCount}"));

        var scores = new double[examples.Count];
        var foldOf = sentences.Select(s => (int)(Fnv.Of(s.Id.ToString(CultureInfo.InvariantCulture)) % (ulong)folds)).ToArray();
        var perFold = new List<(double F1, double Auc)>();
        for (var fold = 0; fold < folds; fold++)
        {
            var model = learner.Fit(examples.Where((_, i) => foldOf[i] != fold).ToList());
            var test = Enumerable.Range(0, examples.Count).Where(i => foldOf[i] == fold).ToList();
            foreach (var i in test) scores[i] = model.Probability(examples[i].Features);
            perFold.Add((F1(test.Select(i => (scores[i], examples[i].Positive))), Auc(test.Select(i => (scores[i], examples[i].Positive)))));
        }

        var all = scores.Select((s, i) => (Score: s, Positive: examples[i].Positive)).ToList();
        var (precision, recall) = PrecisionRecall(all, 0.5);
        Console.WriteLine(FormattableString.Invariant(
            $"{folds}-fold cross-validation, pooled: F1 at 0.5 {F1(all):0.000} (precision {precision:0.000}, recall {recall:0.000}), ROC AUC {Auc(all):0.000}"));
        Console.WriteLine(FormattableString.Invariant(
            $"per fold: F1 {string.Join(" ", perFold.Select(f => f.F1.ToString("0.000", CultureInfo.InvariantCulture)))}; AUC {string.Join(" ", perFold.Select(f => f.Auc.ToString("0.000", CultureInfo.InvariantCulture)))}"));
        var balancedSet = all.Select(s => (s.Score, s.Positive, Weight: s.Positive ? 1.0 : 1 / balanced)).ToList();
        Console.WriteLine(FormattableString.Invariant(
            $"as on a set half check-worthy (classes weighted alike): F1 at 0.5 {WeightedF1(balancedSet, 0.5):0.000}, best {Enumerable.Range(5, 90).Select(t => WeightedF1(balancedSet, t / 100.0)).Max():0.000}"));
        var best = Enumerable.Range(5, 90).Select(t => t / 100.0).Select(t => (Threshold: t, F1: F1(all, t))).MaxBy(x => x.F1);
        Console.WriteLine(FormattableString.Invariant($"best threshold on these folds: {best.Threshold:0.00} (F1 {best.F1:0.000})"));
        Calibration(all, balanced);

        var final = learner.Fit(examples);
        Console.WriteLine();
        Console.WriteLine("strongest weights (fitted on all sentences):");
        foreach (var (name, weight) in final.Weights.OrderByDescending(w => Math.Abs(w.Value)).Take(25))
            Console.WriteLine(FormattableString.Invariant($"  {weight,7:+0.000;-0.000}  {CheckWorthinessFeatures.Describe(name)}"));

        using (var writer = new StreamWriter(output))
        {
            final.Write(writer,
            [
                "Check-worthiness: logistic weights over CheckWorthinessFeatures (a feature's weight adds to the log-odds).",
                "Made by: dotnet benchmarks/ReliabilityTool.Benchmarks/bin/Release/net10.0/ReliabilityTool.Benchmarks.dll train-check-worthiness",
                FormattableString.Invariant($"Fitted on ClaimBuster's two-class training sentences ({sentences.Count}, {positives} check-worthy), both classes weighted alike (positive weight {learner.PositiveWeight:0.###}), l2 {learner.L2}."),
                "Data: Arslan, Hassan, Li and Tremayne, \"A Benchmark Dataset of Check-worthy Factual Claims\", ICWSM 2020; distributed under the GNU GPL v3.",
                FormattableString.Invariant($"{folds}-fold cross-validation: F1 at 0.5 {F1(all):0.000}, ROC AUC {Auc(all):0.000}."),
            ]);
        }

        Console.WriteLine($"{final.Weights.Count} weights → {output}");
        return 0;
    }

    private static IReadOnlyList<Labelled> Read(string path)
    {
        using var stream = File.OpenRead(path);
        using var json = JsonDocument.Parse(stream);
        return json.RootElement.EnumerateArray()
            .Select(e => new Labelled(e.GetProperty("sentence_id").GetInt32(), e.GetProperty("text").GetString() ?? "", e.GetProperty("label").GetInt32() == 1))
            .ToList();
    }

    /// <summary>Precision and recall at a threshold, each sentence counting its weight (1 on the training mix).</summary>
    private static (double Precision, double Recall) PrecisionRecall(IEnumerable<(double Score, bool Positive, double Weight)> scored, double threshold)
    {
        double tp = 0, predicted = 0, positive = 0;
        foreach (var (score, isPositive, weight) in scored)
        {
            if (score >= threshold) predicted += weight;
            if (isPositive) positive += weight;
            if (score >= threshold && isPositive) tp += weight;
        }

        return (predicted == 0 ? 0 : tp / predicted, positive == 0 ? 0 : tp / positive);
    }

    private static (double Precision, double Recall) PrecisionRecall(IEnumerable<(double Score, bool Positive)> scored, double threshold) =>
        PrecisionRecall(scored.Select(s => (s.Score, s.Positive, 1.0)), threshold);

    private static double F1(IEnumerable<(double Score, bool Positive)> scored, double threshold = 0.5) =>
        WeightedF1(scored.Select(s => (s.Score, s.Positive, 1.0)), threshold);

    private static double WeightedF1(IEnumerable<(double Score, bool Positive, double Weight)> scored, double threshold)
    {
        var (p, r) = PrecisionRecall(scored, threshold);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /// <summary>The probability that a random check-worthy sentence scores above a random other one (ties count half).</summary>
    internal static double Auc(IEnumerable<(double Score, bool Positive)> scored)
    {
        var ranked = scored.OrderBy(s => s.Score).ToList();
        double rankSum = 0;
        var i = 0;
        while (i < ranked.Count)
        {
            var j = i;
            while (j < ranked.Count && ranked[j].Score == ranked[i].Score) j++;
            var averageRank = (i + j + 1) / 2.0; // ranks i+1 … j
            rankSum += averageRank * ranked.Skip(i).Take(j - i).Count(s => s.Positive);
            i = j;
        }

        var positives = ranked.Count(s => s.Positive);
        var negatives = ranked.Count - positives;
        return (rankSum - positives * (positives + 1) / 2.0) / ((double)positives * negatives);
    }

    /// <summary>
    /// Mean score against the share that is check-worthy, by score band, with check-worthy
    /// sentences weighted to half of the whole: the model is fitted for a balanced mix, so that
    /// is the mix on which its scores should read as probabilities.
    /// </summary>
    private static void Calibration(IReadOnlyList<(double Score, bool Positive)> scored, double positiveWeight)
    {
        Console.WriteLine("calibration on the held-out folds, classes weighted alike (band: sentences, mean score, share check-worthy):");
        for (var band = 0; band < 10; band++)
        {
            var inBand = scored.Where(s => (int)Math.Min(9, s.Score * 10) == band).ToList();
            if (inBand.Count == 0) continue;
            var weights = inBand.Select(s => s.Positive ? positiveWeight : 1).ToList();
            var mean = inBand.Select((s, i) => s.Score * weights[i]).Sum() / weights.Sum();
            var share = inBand.Select((s, i) => s.Positive ? weights[i] : 0).Sum() / weights.Sum();
            Console.WriteLine(FormattableString.Invariant($"  {band / 10.0:0.0}-{(band + 1) / 10.0:0.0}: {inBand.Count,5}  {mean:0.00}  {share:0.00}"));
        }
    }
}
