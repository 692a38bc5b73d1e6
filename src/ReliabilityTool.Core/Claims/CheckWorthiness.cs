using System.Globalization;
using ReliabilityTool.Core.Learning;

namespace ReliabilityTool.Core.Claims;

/// <summary>
/// How likely a sentence is to be a factual claim worth checking, as a probability: a logistic
/// model over <see cref="CheckWorthinessFeatures"/>, fitted on ClaimBuster's labelled sentences
/// with both classes weighted alike, so 0.5 is the decision threshold
/// (<c>Data/check-worthiness.tsv</c>, made by the benchmarks' <c>train-check-worthiness</c>
/// command). The reasons name the features that moved the score most.
/// </summary>
public sealed class CheckWorthiness(LinearModel model)
{
    /// <summary>How many features a score's reasons name.</summary>
    private const int ReasonCount = 3;

    private static readonly Lazy<CheckWorthiness> Loaded = new(() => new CheckWorthiness(ReadModel("check-worthiness.tsv")));

    public static CheckWorthiness Default => Loaded.Value;

    public LinearModel Model => model;

    /// <summary>Identifies the weights, so claims scored by other weights count as stale.</summary>
    public string Fingerprint { get; } = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(
        string.Join("\n", model.Weights.OrderBy(w => w.Key, StringComparer.Ordinal).Select(w => $"{w.Key}\t{w.Value.ToString("R", CultureInfo.InvariantCulture)}").Prepend(model.Bias.ToString("R", CultureInfo.InvariantCulture))))))[..16];

    public (double Score, IReadOnlyList<string> Reasons) Score(IReadOnlyDictionary<string, double> features)
    {
        var probability = Math.Round(model.Probability(features), 2, MidpointRounding.AwayFromZero);
        var reasons = model.Contributions(features, ReasonCount)
            .Select(c => string.Create(CultureInfo.InvariantCulture, $"{CheckWorthinessFeatures.Describe(c.Feature)} ({c.Contribution:+0.00;-0.00})"))
            .ToList();
        return (probability, reasons);
    }

    private static LinearModel ReadModel(string name)
    {
        using var stream = EmbeddedData.Open(name);
        using var reader = new StreamReader(stream);
        return LinearModel.Read(reader);
    }
}
