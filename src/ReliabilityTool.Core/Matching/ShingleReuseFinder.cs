using System.Globalization;
using ReliabilityTool.Core.Claims;
using ReliabilityTool.Core.Documents;

namespace ReliabilityTool.Core.Matching;

/// <summary>Tuning of reuse detection.</summary>
/// <param name="ShingleWords">Words per shingle.</param>
/// <param name="MaxGap">Words of edit tolerated between two matching shingles of one passage.</param>
/// <param name="MinWords">Shortest passage reported, in words.</param>
/// <param name="MaxShingleClusters">
/// A shingle found in more independent stories (copy clusters, or documents in none) than this is
/// stock phrasing or boilerplate, not evidence of copying. Counting stories, not documents, keeps a
/// story printed by sixty outlets a copy, however many print it.
/// </param>
/// <param name="QuotedShare">A passage at least this much inside quotation marks in both documents is a shared quotation, not reuse.</param>
/// <param name="FingerprintWindow">Shingles per winnowing window; with <paramref name="ShingleWords"/> it must keep <c>window + words − 1 ≤ MinWords</c>, so no reportable passage slips through.</param>
/// <param name="CopyShare">Two documents sharing at least this share of the smaller one's shingles carry one story: one copy cluster.</param>
/// <param name="TemplateStories">A shingle held in this many stories or more, all by documents of one publisher, is that outlet's template (a footer, a standing line): an outlet repeating itself corroborates nothing, and its own documents share an owner anyway.</param>
public sealed record ReuseSettings(int ShingleWords = 5, int MaxGap = 8, int MinWords = 12, int MaxShingleClusters = 10, double QuotedShare = 0.6, int FingerprintWindow = 8, double CopyShare = 0.5, int TemplateStories = 2)
{
    public static ReuseSettings Default { get; } = new();
}

/// <summary>What reuse detection found, and what it needs to compare one more document later.</summary>
/// <param name="Fingerprints">Each document's winnowed shingle fingerprints.</param>
/// <param name="Common">Boilerplate shingles: held by more than <see cref="ReuseSettings.MaxShingleClusters"/> stories, or an outlet's template.</param>
/// <param name="Clusters">Documents that carry one story.</param>
public sealed record ReuseFindings(IReadOnlyList<Reuse> Reuse, IReadOnlyList<(string DocumentId, ulong[] Fingerprints)> Fingerprints, IReadOnlyList<ulong> Common, IReadOnlyList<CopyCluster> Clusters);

/// <summary>
/// Finds passages one document reproduces from another, at any number of copies. Documents that
/// carry one story are first grouped into copy clusters (<see cref="CopyClusterFinder"/>); each
/// copy is then aligned with its cluster's origin, and clusters with each other through their
/// shared rare fingerprints, one representative a cluster, so sixty copies of a story cost sixty
/// alignments, never 1,770. Boilerplate is told by what it is, not by how many documents hold it:
/// runs too short to report, page chrome (never shingled), an outlet's own template lines, and
/// phrasing found in many unrelated stories. Pairs are aligned shingle by shingle and matches
/// chained along the diagonal into passages, which tolerates light editing. The same pairwise
/// comparison serves a whole corpus and one article added to an indexed archive.
/// </summary>
internal static class ShingleReuseFinder
{
    private readonly record struct Match(int A, int B);

    public static IReadOnlyList<Reuse> Find(IReadOnlyList<Document> documents, ReuseSettings? settings = null) => Analyse(documents, settings).Reuse;

    /// <summary>The reuse found, with the copy clusters and fingerprint index behind it, kept so that a later article can be compared without reading the corpus again.</summary>
    public static ReuseFindings Analyse(IReadOnlyList<Document> documents, ReuseSettings? settings = null)
    {
        settings ??= ReuseSettings.Default;
        var shingles = documents.AsParallel().AsOrdered().Select(d => Shingles.Of(d, settings)).ToArray();
        var clusters = CopyClusterFinder.Find(documents, shingles, settings);
        var index = documents.Select((d, i) => (d.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);

        // Every document is in one story: the copies in its cluster that share its text, or a story of its own.
        // (A cluster tied by a wire credit can hold several of the wire's stories, each with its own copies.)
        var story = new int[documents.Count];
        Array.Fill(story, -1);
        var anchors = new List<int>();
        foreach (var cluster in clusters)
        {
            foreach (var part in cluster.Members.Where(m => m.TextPart >= 0).GroupBy(m => m.TextPart))
            {
                var anchor = index[part.Any(m => m.DocumentId == cluster.Origin) ? cluster.Origin! : part.First().DocumentId];
                foreach (var m in part) story[index[m.DocumentId]] = anchors.Count;
                anchors.Add(anchor);
            }
        }

        for (var d = 0; d < story.Length; d++)
        {
            if (story[d] >= 0) continue;
            story[d] = anchors.Count;
            anchors.Add(d);
        }

        var common = Boilerplate(documents, shingles, story, anchors.Count, settings);
        bool IsBoilerplate(ulong shingle) => common.Contains(shingle);
        var pairs = Pairs(shingles, story, anchors, common, settings);
        for (var d = 0; d < story.Length; d++)
        {
            var anchor = anchors[story[d]];
            if (anchor != d) pairs.Add((Math.Min(anchor, d), Math.Max(anchor, d)));
        }

        var clustersByDocument = new CopyClusters(clusters);
        var reuse = pairs.Order().AsParallel().AsOrdered()
            .SelectMany(p => FromOrigin(Compare(documents[p.A], shingles[p.A], documents[p.B], shingles[p.B], IsBoilerplate, settings), clustersByDocument))
            .ToList();
        return new ReuseFindings(reuse, shingles.Select(s => (s.DocumentId, s.Fingerprints)).ToList(), common.Order().ToList(), clusters);
    }

    /// <summary>Within a copy cluster whose origin is known, every passage runs from the origin, for the reason the cluster gives.</summary>
    public static IEnumerable<Reuse> FromOrigin(IReadOnlyList<Reuse> found, CopyClusters clusters)
    {
        foreach (var r in found)
        {
            if (clusters.Of(r.From) is not { Cluster.Origin: { } origin } of || !clusters.ShareText(r.From, r.To) || (r.From != origin && r.To != origin))
            {
                yield return r;
                continue;
            }

            var basis = $"origin of copy cluster {of.Cluster.Id}: {of.Cluster.OriginBasis}";
            yield return r.From == origin
                ? r with { DirectionBasis = basis }
                : new Reuse(r.To, r.From, r.ToSpan, r.FromSpan, r.Words, r.Similarity, basis);
        }
    }

    /// <summary>
    /// The passages two documents share. A shingle <paramref name="isBoilerplate"/> says is
    /// stock phrasing or an outlet's template matches nothing.
    /// </summary>
    public static IReadOnlyList<Reuse> Compare(Document a, Shingles sa, Document b, Shingles sb, Func<ulong, bool> isBoilerplate, ReuseSettings? settings = null)
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
                if (!isBoilerplate(x[i].Hash)) matches.Add(new Match(x[i].Position, y[j].Position));
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
    /// Shingles that are boilerplate by what they are: found in more stories than
    /// <see cref="ReuseSettings.MaxShingleClusters"/> (stock phrasing), or held only by documents of
    /// one publisher in different stories (its template: a footer, a standing line). Each story
    /// counts a shingle once, however many copies carry it. Sorting flat arrays keeps this to a
    /// few allocations however large the corpus.
    /// </summary>
    private static HashSet<ulong> Boilerplate(IReadOnlyList<Document> documents, Shingles[] shingles, int[] story, int stories, ReuseSettings settings)
    {
        var (hashes, holders) = (new ulong[shingles.Sum(s => s.Distinct.Length)], new int[shingles.Sum(s => s.Distinct.Length)]);
        var at = 0;
        for (var d = 0; d < shingles.Length; d++)
        {
            foreach (var (hash, _) in shingles[d].Distinct) (hashes[at], holders[at++]) = (hash, d);
        }

        var publisherOf = documents.Select(d => d.Source.Publisher?.Id).ToArray();
        Array.Sort(hashes, holders);
        var common = new HashSet<ulong>();
        var seen = new HashSet<int>();
        for (var start = 0; start < hashes.Length;)
        {
            var end = start + 1;
            while (end < hashes.Length && hashes[end] == hashes[start]) end++;
            if (end - start >= 2)
            {
                seen.Clear();
                var publisher = publisherOf[holders[start]];
                for (var i = start; i < end && seen.Count <= settings.MaxShingleClusters; i++)
                {
                    seen.Add(story[holders[i]]);
                    if (publisherOf[holders[i]] != publisher) publisher = null;
                }

                if (seen.Count > settings.MaxShingleClusters || (publisher is not null && seen.Count >= settings.TemplateStories)) common.Add(hashes[start]);
            }

            start = end;
        }

        return common;
    }

    /// <summary>
    /// Pairs of documents of different stories that share a fingerprint that is not boilerplate:
    /// one representative a story (its anchor where it holds the fingerprint), so a passage copied
    /// from a story printed sixty times is aligned once.
    /// </summary>
    private static HashSet<(int A, int B)> Pairs(Shingles[] shingles, int[] story, List<int> anchors, HashSet<ulong> common, ReuseSettings settings)
    {
        var total = shingles.Sum(s => s.Fingerprints.Length);
        var (keys, docs) = (new ulong[total], new int[total]);
        var at = 0;
        for (var d = 0; d < shingles.Length; d++)
        {
            foreach (var f in shingles[d].Fingerprints) (keys[at], docs[at++]) = (f, d);
        }

        Array.Sort(keys, docs);
        var pairs = new HashSet<(int, int)>();
        var representatives = new Dictionary<int, int>();
        for (var start = 0; start < keys.Length;)
        {
            var end = start + 1;
            while (end < keys.Length && keys[end] == keys[start]) end++;
            if (end - start >= 2 && !common.Contains(keys[start]))
            {
                representatives.Clear();
                for (var i = start; i < end; i++)
                {
                    var s = story[docs[i]];
                    if (!representatives.TryGetValue(s, out var r) || (docs[i] == anchors[s]) || (r != anchors[s] && docs[i] < r)) representatives[s] = docs[i];
                }

                if (representatives.Count is >= 2 and var count && count <= settings.MaxShingleClusters)
                {
                    var reps = representatives.Values.Order().ToArray();
                    for (var i = 0; i < reps.Length; i++)
                    {
                        for (var j = i + 1; j < reps.Length; j++) pairs.Add((reps[i], reps[j]));
                    }
                }
            }

            start = end;
        }

        return pairs;
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
