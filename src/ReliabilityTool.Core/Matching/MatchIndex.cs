namespace ReliabilityTool.Core.Matching;

/// <summary>
/// How many claims hold each feature (its weight is the rarer the heavier) and, for the rare
/// features, which claims hold them: the inverted index that proposes candidate pairs. Common
/// features propose nothing, so each claim's candidates stay bounded however large the corpus.
/// </summary>
public sealed class MatchIndex
{
    private readonly Dictionary<ulong, int> frequency;
    private readonly Dictionary<ulong, int> postingStart;
    private readonly int[] postings;

    private MatchIndex(int claims, int cap, Dictionary<ulong, int> frequency, Dictionary<ulong, int> postingStart, int[] postings)
    {
        Claims = claims;
        Cap = cap;
        this.frequency = frequency;
        this.postingStart = postingStart;
        this.postings = postings;
    }

    public int Claims { get; }

    /// <summary>A feature held by more claims than this proposes no candidates.</summary>
    public int Cap { get; }

    public static MatchIndex Build(IReadOnlyList<FeatureVector> vectors, MatchSettings settings)
    {
        var frequency = new Dictionary<ulong, int>();
        foreach (var v in vectors)
        {
            foreach (var h in v.Hashes) frequency[h] = frequency.GetValueOrDefault(h) + 1;
        }

        // The cap stops growing with the corpus, so each claim's candidates stay bounded and the work near-linear.
        var cap = CapFor(vectors.Count, settings);

        // Postings of the rare features laid end to end (compressed sparse rows): one array, not a list per feature.
        var postingStart = new Dictionary<ulong, int>();
        var next = 0;
        foreach (var (h, n) in frequency)
        {
            if (n > cap) continue;
            postingStart[h] = next;
            next += n;
        }

        var postings = new int[next];
        var filled = new Dictionary<ulong, int>(postingStart.Count);
        for (var i = 0; i < vectors.Count; i++)
        {
            foreach (var h in vectors[i].Hashes)
            {
                if (!postingStart.TryGetValue(h, out var start)) continue;
                var at = filled.GetValueOrDefault(h);
                postings[start + at] = i;
                filled[h] = at + 1;
            }
        }

        return new MatchIndex(vectors.Count, cap, frequency, postingStart, postings);
    }

    public static int CapFor(int claims, MatchSettings settings) =>
        Math.Clamp((int)(Math.Max(1, claims) * settings.MaxFeatureShare), settings.MinFeatureCap, settings.MaxFeatureCap);

    /// <summary>Every feature and how many claims hold it.</summary>
    public IEnumerable<(ulong Hash, int Frequency)> Features => frequency.Select(p => (p.Key, p.Value));

    /// <summary>Each rare feature with each claim (by position) that holds it.</summary>
    public IEnumerable<(ulong Hash, int Claim)> Postings =>
        postingStart.SelectMany(p => postings.AsSpan(p.Value, frequency[p.Key]).ToArray().Select(c => (p.Key, c)));

    /// <summary>How many claims hold this feature.</summary>
    public int Frequency(ulong hash) => frequency.GetValueOrDefault(hash);

    /// <summary>Each feature's weight: inverse claim frequency, boosted by its kind.</summary>
    public double[] Weights(FeatureVector vector) => WeightsOf(vector, Frequency, Claims);

    public static double[] WeightsOf(FeatureVector vector, Func<ulong, int> frequency, int claims)
    {
        var n = Math.Max(1, claims);
        var weights = new double[vector.Hashes.Length];
        for (var i = 0; i < weights.Length; i++)
            weights[i] = Math.Log(1 + n / (double)Math.Max(1, frequency(vector.Hashes[i]))) * FeatureVector.Boost(vector.Kinds[i]);
        return weights;
    }

    /// <summary>Adds to <paramref name="into"/> every claim that shares a rare feature with this vector and passes <paramref name="keep"/>.</summary>
    public void Candidates(FeatureVector vector, Func<int, bool> keep, HashSet<int> into)
    {
        foreach (var h in vector.Hashes)
        {
            if (!postingStart.TryGetValue(h, out var start)) continue;
            var end = start + frequency[h];
            for (var p = start; p < end; p++)
            {
                if (keep(postings[p])) into.Add(postings[p]);
            }
        }
    }
}
