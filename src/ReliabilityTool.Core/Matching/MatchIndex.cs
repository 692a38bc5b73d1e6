using ReliabilityTool.Core.Text;

namespace ReliabilityTool.Core.Matching;

/// <summary>
/// How many claims hold each feature (its weight is the rarer the heavier) and the inverted index
/// that proposes candidate pairs. A claim is posted under its rare features and under pairs of its
/// least common other features (see <see cref="PostingKeys"/>); a key held by more claims than the
/// cap proposes nothing, so each claim's candidates stay bounded however large the corpus.
/// </summary>
public sealed class MatchIndex
{
    private readonly Dictionary<ulong, int> _frequency;
    private readonly Dictionary<ulong, (int Start, int Count)> _posted;
    private readonly int[] _postings;
    private readonly ulong[][] _keys;

    private MatchIndex(int claims, int cap, Dictionary<ulong, int> frequency, ulong[][] keys, Dictionary<ulong, (int Start, int Count)> posted, int[] postings)
    {
        Claims = claims;
        Cap = cap;
        _keys = keys;
        _frequency = frequency;
        _posted = posted;
        _postings = postings;
    }

    public int Claims { get; }

    /// <summary>A key held by more claims than this proposes no candidates.</summary>
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
        var keys = new ulong[vectors.Count][];
        Parallel.For(0, vectors.Count, i => keys[i] = PostingKeys(vectors[i], h => frequency[h], cap, settings.PairFeatures));
        var counts = new Dictionary<ulong, int>();
        foreach (var mine in keys)
        {
            foreach (var k in mine) counts[k] = counts.GetValueOrDefault(k) + 1;
        }

        // Postings of the keys within the cap laid end to end (compressed sparse rows): one array, not a list per key.
        var posted = new Dictionary<ulong, (int Start, int Count)>();
        var next = 0;
        foreach (var (k, n) in counts)
        {
            if (n > cap) continue;
            posted[k] = (next, n);
            next += n;
        }

        var postings = new int[next];
        var filled = new Dictionary<ulong, int>(posted.Count);
        for (var i = 0; i < keys.Length; i++)
        {
            foreach (var k in keys[i])
            {
                if (!posted.TryGetValue(k, out var at)) continue;
                var n = filled.GetValueOrDefault(k);
                postings[at.Start + n] = i;
                filled[k] = n + 1;
            }
        }

        return new MatchIndex(vectors.Count, cap, frequency, keys, posted, postings);
    }

    public static int CapFor(int claims, MatchSettings settings) =>
        Math.Clamp((int)(Math.Max(1, claims) * settings.MaxFeatureShare), settings.MinFeatureCap, settings.MaxFeatureCap);

    /// <summary>
    /// The keys a claim is posted under: each of its rare features (held by at most
    /// <paramref name="cap"/> claims), and each pair of its <paramref name="pairFeatures"/> least
    /// common other particulars (names, event frames, months, counts). In an archive, "a bomb in
    /// Herat, November 2017, 37 dead" shares no rare feature with its paraphrase: the city, the
    /// month and the count are each common, but the city with the month is not.
    /// </summary>
    public static ulong[] PostingKeys(FeatureVector vector, Func<ulong, int> frequency, int cap, int pairFeatures)
    {
        // Runs once per claim over half a million claims: a kept-sorted handful, no LINQ.
        var keys = new List<ulong>(vector.Hashes.Length + pairFeatures * (pairFeatures - 1) / 2);
        var least = new (int Frequency, ulong Hash)[pairFeatures];
        var held = 0;
        for (var i = 0; i < vector.Hashes.Length; i++)
        {
            var (hash, n) = (vector.Hashes[i], frequency(vector.Hashes[i]));
            if (n <= cap)
            {
                keys.Add(hash);
                continue;
            }

            // Only particulars pair: two topic words of one story ("relationship", "report") meet in many of its sentences.
            if (vector.Kinds[i] is not (FeatureKind.Name or FeatureKind.Frame or FeatureKind.Detail) || pairFeatures == 0) continue;
            if (held == pairFeatures && least[held - 1].CompareTo((n, hash)) <= 0) continue;
            var at = held < pairFeatures ? held++ : held - 1;
            while (at > 0 && least[at - 1].CompareTo((n, hash)) > 0)
            {
                least[at] = least[at - 1];
                at--;
            }

            least[at] = (n, hash);
        }

        var paired = new ulong[held];
        for (var i = 0; i < held; i++) paired[i] = least[i].Hash;
        Array.Sort(paired);
        for (var a = 0; a < paired.Length; a++)
        {
            for (var b = a + 1; b < paired.Length; b++) keys.Add(Fnv.Add(Fnv.Add(PairSeed, paired[a]), paired[b]));
        }

        return keys.ToArray();
    }

    /// <summary>Starts every pair key, so a pair never collides with a single feature's hash by construction.</summary>
    private static readonly ulong PairSeed = Fnv.Of("pair of features");

    /// <summary>
    /// The same index over a list of claims of which the indexed ones are a part: posting
    /// <c>i</c> becomes claim <c>indexed[i]</c>, and each claim keeps the keys of
    /// <c>sameAs[claim]</c>, the indexed claim it repeats word for word.
    /// </summary>
    public MatchIndex Renumbered(IReadOnlyList<int> indexed, IReadOnlyList<int> sameAs)
    {
        var renumbered = new int[_postings.Length];
        for (var p = 0; p < _postings.Length; p++) renumbered[p] = indexed[_postings[p]];
        var claimKeys = new ulong[sameAs.Count][];
        for (var c = 0; c < claimKeys.Length; c++) claimKeys[c] = _keys[sameAs[c]];
        return new MatchIndex(Claims, Cap, _frequency, claimKeys, _posted, renumbered);
    }

    /// <summary>Every feature and how many claims hold it.</summary>
    public IEnumerable<(ulong Hash, int Frequency)> Features => _frequency.Select(p => (p.Key, p.Value));

    /// <summary>Each posted key with each claim (by position) posted under it.</summary>
    public IEnumerable<(ulong Hash, int Claim)> Postings =>
        _posted.SelectMany(p => _postings.AsSpan(p.Value.Start, p.Value.Count).ToArray().Select(c => (p.Key, c)));

    /// <summary>How many claims hold this feature.</summary>
    public int Frequency(ulong hash) => _frequency.GetValueOrDefault(hash);

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

    /// <summary>Adds to <paramref name="into"/> every claim posted under one of this claim's keys that passes <paramref name="keep"/>.</summary>
    /// <param name="claim">The claim's position in the vectors the index was built from.</param>
    public void Candidates(int claim, Func<int, bool> keep, HashSet<int> into)
    {
        foreach (var k in _keys[claim])
        {
            if (!_posted.TryGetValue(k, out var at)) continue;
            for (var p = at.Start; p < at.Start + at.Count; p++)
            {
                if (keep(_postings[p])) into.Add(_postings[p]);
            }
        }
    }
}
