using System.Globalization;

namespace ReliabilityTool.Core.Learning;

/// <summary>
/// A fitted logistic model: a bias and a weight per feature. Written as a small tab-separated
/// file ("feature", "weight"; lines starting with # are notes), so the weights a training command
/// made can be read, diffed and committed.
/// </summary>
public sealed record LinearModel(double Bias, IReadOnlyDictionary<string, double> Weights)
{
    public const string BiasName = "bias";

    public double Probability(IReadOnlyDictionary<string, double> features) => LogisticRegression.Sigmoid(Logit(features));

    public double Logit(IReadOnlyDictionary<string, double> features)
    {
        var z = Bias;
        foreach (var (name, value) in features) z += Weights.GetValueOrDefault(name) * value;
        return z;
    }

    /// <summary>The features that moved the score most, strongest first, with how far each moved the log-odds.</summary>
    public IReadOnlyList<(string Feature, double Contribution)> Contributions(IReadOnlyDictionary<string, double> features, int top) =>
        features.Select(f => (Feature: f.Key, Contribution: Weights.GetValueOrDefault(f.Key) * f.Value))
            .Where(c => c.Contribution != 0)
            .OrderByDescending(c => Math.Abs(c.Contribution)).ThenBy(c => c.Feature, StringComparer.Ordinal)
            .Take(top)
            .ToList();

    public void Write(TextWriter writer, IEnumerable<string> notes)
    {
        foreach (var note in notes) writer.WriteLine("# " + note);
        writer.WriteLine(Line(BiasName, Bias));
        foreach (var (name, weight) in Weights.OrderByDescending(w => Math.Abs(w.Value)).ThenBy(w => w.Key, StringComparer.Ordinal)) writer.WriteLine(Line(name, weight));
    }

    public static LinearModel Read(TextReader reader)
    {
        var bias = 0.0;
        var weights = new Dictionary<string, double>(StringComparer.Ordinal);
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (line.Length == 0 || line.StartsWith('#')) continue;
            var tab = line.LastIndexOf('\t');
            if (tab <= 0 || !double.TryParse(line.AsSpan(tab + 1), NumberStyles.Float, CultureInfo.InvariantCulture, out var weight))
                throw new FormatException($"line {number}: expected a feature, a tab and a weight");
            var name = line[..tab];
            if (name == BiasName) bias = weight;
            else weights[name] = weight;
        }

        return new LinearModel(bias, weights);
    }

    private static string Line(string name, double weight) => name + "\t" + weight.ToString("0.#####", CultureInfo.InvariantCulture);
}
