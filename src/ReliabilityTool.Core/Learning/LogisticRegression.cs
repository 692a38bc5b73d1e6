namespace ReliabilityTool.Core.Learning;

/// <summary>One labelled example: sparse features and whether it is positive.</summary>
internal sealed record Example(IReadOnlyDictionary<string, double> Features, bool Positive);

/// <summary>
/// L2-regularised logistic regression, fitted by full-batch gradient descent with Adam steps:
/// deterministic (the same data gives the same weights on every machine), and enough for the
/// tens of thousands of sparse examples the tool learns from.
/// </summary>
/// <param name="L2">Penalty on the squared weights (not the bias), per example.</param>
/// <param name="PositiveWeight">
/// How much a positive example counts against a negative one. Weighting both classes to equal
/// totals makes the fitted probability the one a balanced set would give, which moves the
/// decision threshold to 0.5 for corpora where check-worthy sentences are not a minority.
/// </param>
/// <param name="MinCount">A feature seen in fewer training examples than this gets no weight.</param>
internal sealed record LogisticRegression(double L2 = 1e-3, double PositiveWeight = 1, int MinCount = 3, int Iterations = 600, double LearningRate = 0.05)
{
    public LinearModel Fit(IReadOnlyList<Example> examples)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var feature in examples.SelectMany(e => e.Features.Keys)) counts[feature] = counts.GetValueOrDefault(feature) + 1;
        var names = counts.Where(c => c.Value >= MinCount).Select(c => c.Key).Order(StringComparer.Ordinal).ToArray();
        var index = names.Select((n, i) => (n, i)).ToDictionary(p => p.n, p => p.i, StringComparer.Ordinal);
        var rows = examples.Select(e => e.Features.Where(f => index.ContainsKey(f.Key)).Select(f => (index[f.Key], f.Value)).ToArray()).ToArray();
        var weightOf = examples.Select(e => e.Positive ? PositiveWeight : 1.0).ToArray();
        var total = weightOf.Sum();

        var w = new double[names.Length + 1]; // the last is the bias
        var (m, v) = (new double[w.Length], new double[w.Length]);
        var gradient = new double[w.Length];
        const double beta1 = 0.9, beta2 = 0.999, epsilon = 1e-8;
        for (var step = 1; step <= Iterations; step++)
        {
            Array.Clear(gradient);
            for (var i = 0; i < rows.Length; i++)
            {
                var z = w[^1];
                foreach (var (j, x) in rows[i]) z += w[j] * x;
                var error = (Sigmoid(z) - (examples[i].Positive ? 1 : 0)) * weightOf[i] / total;
                foreach (var (j, x) in rows[i]) gradient[j] += error * x;
                gradient[^1] += error;
            }

            for (var j = 0; j < names.Length; j++) gradient[j] += L2 * w[j];
            for (var j = 0; j < w.Length; j++)
            {
                m[j] = beta1 * m[j] + (1 - beta1) * gradient[j];
                v[j] = beta2 * v[j] + (1 - beta2) * gradient[j] * gradient[j];
                var mHat = m[j] / (1 - Math.Pow(beta1, step));
                var vHat = v[j] / (1 - Math.Pow(beta2, step));
                w[j] -= LearningRate * mHat / (Math.Sqrt(vHat) + epsilon);
            }
        }

        return new LinearModel(w[^1], names.Select((n, j) => (n, w[j])).Where(p => Math.Abs(p.Item2) >= 1e-4).ToDictionary(p => p.n, p => p.Item2, StringComparer.Ordinal));
    }

    public static double Sigmoid(double z) => z >= 0 ? 1 / (1 + Math.Exp(-z)) : Math.Exp(z) / (1 + Math.Exp(z));
}
