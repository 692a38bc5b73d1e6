using System.Globalization;
using ReliabilityTool.Core.Claims;
using ReliabilityTool.Core.Documents;

namespace ReliabilityTool.Core.Matching;

/// <summary>Tuning of reuse detection.</summary>
/// <param name="ShingleWords">Words per shingle.</param>
/// <param name="MaxGap">Words of edit tolerated between two matching shingles of one passage.</param>
/// <param name="MinWords">Shortest passage reported, in words.</param>
/// <param name="MaxShingleDocuments">A fingerprint found in more documents than this is boilerplate, not evidence of copying.</param>
/// <param name="QuotedShare">A passage at least this much inside quotation marks in both documents is a shared quotation, not reuse.</param>
/// <param name="FingerprintWindow">Shingles per winnowing window; with <paramref name="ShingleWords"/> it must keep <c>window + words − 1 ≤ MinWords</c>, so no reportable passage slips through.</param>
public sealed record ReuseSettings(int ShingleWords = 5, int MaxGap = 8, int MinWords = 12, int MaxShingleDocuments = 10, double QuotedShare = 0.6, int FingerprintWindow = 8)
{
    public static ReuseSettings Default { get; } = new();
}

/// <summary>What reuse detection found, and what it needs to compare one more document later.</summary>
/// <param name="Fingerprints">Each document's winnowed shingle fingerprints.</param>
/// <param name="Common">Shingles found in more than <see cref="ReuseSettings.MaxShingleDocuments"/> documents: boilerplate.</param>
public sealed record ReuseFindings(IReadOnlyList<Reuse> Reuse, IReadOnlyList<(string DocumentId, ulong[] Fingerprints)> Fingerprints, IReadOnlyList<ulong> Common);

/// <summary>
/// Finds passages one document reproduces from another. Each document's winnowed shingle
/// fingerprints go into an index, so only documents that share a rare fingerprint are ever
/// compared, never all pairs; each such pair is then aligned shingle by shingle and matches are
/// chained along the diagonal into passages, which tolerates light editing. The same pairwise
/// comparison serves a whole corpus and one article added to an indexed archive.
/// </summary>
public static class ShingleReuseFinder
{
    private readonly record struct Match(int A, int B);

    public static IReadOnlyList<Reuse> Find(IReadOnlyList<Document> documents, ReuseSettings? settings = null) => Analyse(documents, settings).Reuse;

    /// <summary>The reuse found, with the fingerprint index behind it, which is kept so that a later article can be compared without reading the corpus again.</summary>
    public static ReuseFindings Analyse(IReadOnlyList<Document> documents, ReuseSettings? settings = null)
    {
        settings ??= ReuseSettings.Default;
        var shingles = documents.AsParallel().AsOrdered().Select(d => Shingles.Of(d, settings)).ToArray();
        var (spread, pairs) = Index(shingles, settings);
        int Spread(ulong shingle) => spread.GetValueOrDefault(shingle, 1);
        var reuse = pairs.AsParallel().AsOrdered()
            .SelectMany(p => Compare(documents[p.A], shingles[p.A], documents[p.B], shingles[p.B], Spread, settings))
            .ToList();
        return new ReuseFindings(
            reuse,
            shingles.Select(s => (s.DocumentId, s.Fingerprints)).ToList(),
            spread.Where(p => p.Value > settings.MaxShingleDocuments).Select(p => p.Key).ToList());
    }

    /// <summary>
    /// The passages two documents share. <paramref name="spread"/> says in how many documents a
    /// shingle occurs: one found in more than <see cref="ReuseSettings.MaxShingleDocuments"/> is
    /// stock phrasing or boilerplate and matches nothing.
    /// </summary>
    public static IReadOnlyList<Reuse> Compare(Document a, Shingles sa, Document b, Shingles sb, Func<ulong, int> spread, ReuseSettings? settings = null)
    {
        settings ??= ReuseSettings.Default;
        var matches = new List<Match>();
        var (x, y) = (sa.Distinct, sb.Distinct);
        for (int i = 0, j = 0; i < x.Length && j < y.Length;)
        {
            if (x[i].Hash < y[j].Hash) i++;
            else if (x[i].Hash > y[j].Hash) j++;
            else
            {
                if (spread(x[i].Hash) <= settings.MaxShingleDocuments) matches.Add(new Match(x[i].Position, y[j].Position));
                i++;
                j++;
            }
        }

        var found = new List<Reuse>();
        foreach (var run in Chain(matches, settings.MaxGap))
        {
            if (ToReuse(a, b, sa, sb, run, settings) is { } reuse) found.Add(reuse);
        }

        return found;
    }

    /// <summary>
    /// In how many documents each shingle that more than one holds occurs, and the pairs of
    /// documents that share a fingerprint few others hold, in order. Sorting flat arrays keeps
    /// this to a few allocations however large the corpus.
    /// </summary>
    private static (Dictionary<ulong, int> Spread, List<(int A, int B)> Pairs) Index(Shingles[] shingles, ReuseSettings settings)
    {
        var all = new ulong[shingles.Sum(s => s.Distinct.Length)];
        var filled = 0;
        foreach (var s in shingles)
        {
            foreach (var (hash, _) in s.Distinct) all[filled++] = hash;
        }

        Array.Sort(all);
        var spread = new Dictionary<ulong, int>();
        for (var start = 0; start < all.Length;)
        {
            var end = start + 1;
            while (end < all.Length && all[end] == all[start]) end++;
            if (end - start >= 2) spread[all[start]] = end - start;
            start = end;
        }

        var total = shingles.Sum(s => s.Fingerprints.Length);
        var (keys, docs) = (new ulong[total], new int[total]);
        var at = 0;
        for (var d = 0; d < shingles.Length; d++)
        {
            foreach (var f in shingles[d].Fingerprints) (keys[at], docs[at++]) = (f, d);
        }

        Array.Sort(keys, docs);
        var pairs = new HashSet<(int, int)>();
        for (var start = 0; start < keys.Length;)
        {
            var end = start + 1;
            while (end < keys.Length && keys[end] == keys[start]) end++;
            if (end - start >= 2 && spread[keys[start]] <= settings.MaxShingleDocuments)
            {
                for (var i = start; i < end; i++)
                {
                    for (var j = i + 1; j < end; j++) pairs.Add((Math.Min(docs[i], docs[j]), Math.Max(docs[i], docs[j])));
                }
            }

            start = end;
        }

        return (spread, pairs.Order().ToList());
    }

    /// <summary>Greedy diagonal chaining: a match continues a run when it follows it closely in both documents.</summary>
    private static IEnumerable<List<Match>> Chain(List<Match> matches, int maxGap)
    {
        var runs = new List<List<Match>>();
        matches.Sort((x, y) => x.A != y.A ? x.A.CompareTo(y.A) : x.B.CompareTo(y.B));
        foreach (var m in matches)
        {
            var run = runs.LastOrDefault(r => Follows(m.A - r[^1].A, maxGap) && Follows(m.B - r[^1].B, maxGap)
                                              && Math.Abs((m.A - r[^1].A) - (m.B - r[^1].B)) <= maxGap);
            if (run is null) runs.Add([m]);
            else run.Add(m);
        }

        return runs;
    }

    private static bool Follows(int step, int maxGap) => step > 0 && step <= maxGap + 1;

    private static Reuse? ToReuse(Document a, Document b, Shingles sa, Shingles sb, List<Match> run, ReuseSettings settings)
    {
        var k = settings.ShingleWords;
        var (aStart, aEnd) = (run[0].A, run[^1].A + k);
        var (bStart, bEnd) = (run[0].B, run[^1].B + k);
        var words = Math.Min(aEnd - aStart, bEnd - bStart);
        if (words < settings.MinWords) return null;

        var coveredA = run.SelectMany(m => Enumerable.Range(m.A, k)).Distinct().Count();
        var coveredB = run.SelectMany(m => Enumerable.Range(m.B, k)).Distinct().Count();
        var similarity = Math.Round((coveredA / (double)(aEnd - aStart) + coveredB / (double)(bEnd - bStart)) / 2, 3);

        var aSpan = (sa.WordStarts[aStart], sa.WordEnds[aEnd - 1]);
        var bSpan = (sb.WordStarts[bStart], sb.WordEnds[bEnd - 1]);
        if (QuotedShare(a, aSpan) >= settings.QuotedShare && QuotedShare(b, bSpan) >= settings.QuotedShare) return null;

        var (fromIsA, basis) = Direction(a, b);
        return fromIsA
            ? new Reuse(a.Id, b.Id, aSpan, bSpan, words, similarity, basis)
            : new Reuse(b.Id, a.Id, bSpan, aSpan, words, similarity, basis);
    }

    /// <summary>Which document likely came first: by publication date, else by which one has an identifiable source.</summary>
    internal static (bool FromIsA, string Basis) Direction(Document a, Document b)
    {
        if (a.Published is { } pa && b.Published is { } pb && pa != pb)
        {
            var aFirst = pa < pb;
            return (aFirst, string.Create(CultureInfo.InvariantCulture,
                $"published {(aFirst ? pa : pb):yyyy-MM-dd}, before {(aFirst ? b.Id : a.Id)} ({(aFirst ? pb : pa):yyyy-MM-dd})"));
        }

        var aUnknown = Anonymous(a);
        var bUnknown = Anonymous(b);
        if (aUnknown != bUnknown)
        {
            var (original, copy) = aUnknown ? (b, a) : (a, b);
            var dates = a.Published is null && b.Published is null ? "neither has a publication date" : "only one has a publication date";
            return (!aUnknown, $"{dates}; {copy.Id} has no identifiable author or publisher, {original.Id} does, so {copy.Id} is taken as the copy");
        }

        return (string.CompareOrdinal(a.Id, b.Id) <= 0, "direction unknown: no publication dates or provenance tell which came first");
    }

    private static bool Anonymous(Document d) => d.Source.ProvenanceUnknown && d.FromText.Authors.Count == 0 && d.FromText.PublisherNamed is null && d.FromText.CopyrightHolder is null;

    private static double QuotedShare(Document document, (int Start, int End) span)
    {
        var inside = 0;
        foreach (var segment in document.Body.Where(s => s.End > span.Start && s.Start < span.End))
        {
            foreach (var (qs, qe) in Sentences.QuotationRegions(document.Text, segment.Start, segment.End))
                inside += Math.Max(0, Math.Min(qe, span.End) - Math.Max(qs, span.Start));
        }

        return inside / (double)Math.Max(1, span.End - span.Start);
    }
}
