using System.Globalization;
using ReliabilityTool.Core.Claims;
using ReliabilityTool.Core.Documents;

namespace ReliabilityTool.Core.Matching;

/// <summary>Tuning of reuse detection.</summary>
/// <param name="ShingleWords">Words per shingle.</param>
/// <param name="MaxGap">Words of edit tolerated between two matching shingles of one passage.</param>
/// <param name="MinWords">Shortest passage reported, in words.</param>
/// <param name="MaxShingleDocuments">A shingle found in more documents than this is boilerplate, not evidence of copying.</param>
/// <param name="QuotedShare">A passage at least this much inside quotation marks in both documents is a shared quotation, not reuse.</param>
public sealed record ReuseSettings(int ShingleWords = 5, int MaxGap = 8, int MinWords = 12, int MaxShingleDocuments = 10, double QuotedShare = 0.6)
{
    public static ReuseSettings Default { get; } = new();
}

/// <summary>
/// Finds passages one document reproduces from another. Shingles go into an inverted index, so
/// only documents that share a rare shingle are ever compared, never all pairs; matches are then
/// chained along the diagonal into aligned passages, which tolerates light editing.
/// </summary>
public static class ShingleReuseFinder
{
    private readonly record struct Token(int Start, int End, string Word);

    private readonly record struct Match(int A, int B);

    public static IReadOnlyList<Reuse> Find(IReadOnlyList<Document> documents, ReuseSettings? settings = null)
    {
        settings ??= ReuseSettings.Default;
        var tokens = documents.Select(BodyTokens).ToList();
        var index = new Dictionary<ulong, List<(int Doc, int Pos)>>();
        for (var d = 0; d < documents.Count; d++)
        {
            var words = tokens[d];
            for (var p = 0; p + settings.ShingleWords <= words.Count; p++)
            {
                var hash = Hash(words, p, settings.ShingleWords);
                if (!index.TryGetValue(hash, out var postings)) index[hash] = postings = [];
                if (postings.Count > 0 && postings[^1].Doc == d) continue; // one posting per document keeps lists short
                postings.Add((d, p));
            }
        }

        var pairs = new Dictionary<(int, int), List<Match>>();
        foreach (var postings in index.Values)
        {
            if (postings.Count < 2 || postings.Count > settings.MaxShingleDocuments) continue;
            for (var i = 0; i < postings.Count; i++)
            {
                for (var j = i + 1; j < postings.Count; j++)
                {
                    var (x, y) = postings[i].Doc < postings[j].Doc ? (postings[i], postings[j]) : (postings[j], postings[i]);
                    if (!pairs.TryGetValue((x.Doc, y.Doc), out var matches)) pairs[(x.Doc, y.Doc)] = matches = [];
                    matches.Add(new Match(x.Pos, y.Pos));
                }
            }
        }

        var found = new List<Reuse>();
        foreach (var ((a, b), matches) in pairs.OrderBy(p => p.Key))
        {
            foreach (var run in Chain(matches, settings.MaxGap))
            {
                var reuse = ToReuse(documents[a], documents[b], tokens[a], tokens[b], run, settings);
                if (reuse is not null) found.Add(reuse);
            }
        }

        return found;
    }

    /// <summary>Greedy diagonal chaining: a match continues a run when it follows it closely in both documents.</summary>
    private static IEnumerable<List<Match>> Chain(List<Match> matches, int maxGap)
    {
        var runs = new List<List<Match>>();
        foreach (var m in matches.OrderBy(m => m.A).ThenBy(m => m.B))
        {
            var run = runs.LastOrDefault(r => Follows(m.A - r[^1].A, maxGap) && Follows(m.B - r[^1].B, maxGap)
                                              && Math.Abs((m.A - r[^1].A) - (m.B - r[^1].B)) <= maxGap);
            if (run is null) runs.Add([m]);
            else run.Add(m);
        }

        return runs;
    }

    private static bool Follows(int step, int maxGap) => step > 0 && step <= maxGap + 1;

    private static Reuse? ToReuse(Document a, Document b, List<Token> ta, List<Token> tb, List<Match> run, ReuseSettings settings)
    {
        var k = settings.ShingleWords;
        var (aStart, aEnd) = (run[0].A, run[^1].A + k);
        var (bStart, bEnd) = (run[0].B, run[^1].B + k);
        var words = Math.Min(aEnd - aStart, bEnd - bStart);
        if (words < settings.MinWords) return null;

        var coveredA = run.SelectMany(m => Enumerable.Range(m.A, k)).Distinct().Count();
        var coveredB = run.SelectMany(m => Enumerable.Range(m.B, k)).Distinct().Count();
        var similarity = Math.Round((coveredA / (double)(aEnd - aStart) + coveredB / (double)(bEnd - bStart)) / 2, 3);

        var aSpan = (ta[aStart].Start, ta[aEnd - 1].End);
        var bSpan = (tb[bStart].Start, tb[bEnd - 1].End);
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

    private static List<Token> BodyTokens(Document document)
    {
        var tokens = new List<Token>();
        foreach (var segment in document.Body)
        {
            var text = document.Text;
            var start = -1;
            for (var i = segment.Start; i <= segment.End; i++)
            {
                var isWord = i < segment.End && char.IsLetterOrDigit(text[i]);
                if (isWord && start < 0) start = i;
                else if (!isWord && start >= 0)
                {
                    tokens.Add(new Token(start, i, text[start..i].ToLowerInvariant()));
                    start = -1;
                }
            }
        }

        return tokens;
    }

    /// <summary>FNV-1a over the shingle's words: deterministic across runs, unlike string.GetHashCode.</summary>
    private static ulong Hash(List<Token> tokens, int position, int count)
    {
        var hash = 14695981039346656037UL;
        for (var i = position; i < position + count; i++)
        {
            foreach (var c in tokens[i].Word)
            {
                hash ^= c;
                hash *= 1099511628211UL;
            }

            hash ^= ' ';
            hash *= 1099511628211UL;
        }

        return hash;
    }
}
