using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using ReliabilityTool.Core.Documents;
using ReliabilityTool.Core.Text;

namespace ReliabilityTool.Core.Matching;

/// <summary>
/// Groups documents that carry one story into copy clusters, whatever the number of copies:
/// documents that share most of their text (near-duplicates, trimmed and lightly edited copies),
/// and documents that credit one upstream source (a wire, or the outlet that first published it).
/// Near-duplicates are proposed by MinHash locality-sensitive hashing over each document's
/// shingles (one-permutation hashing, banded), so the work grows with the corpus, not with the
/// pairs in it, and sixty copies of one article cost sixty comparisons, not 1,770.
/// </summary>
internal static class CopyClusterFinder
{
    // 32 bands of 2 minimum hashes estimate resemblance (Jaccard): a pair sharing half its shingles
    // is proposed with probability 1 − (1 − 0.5²)³² > 0.9999, one sharing a twentieth under 0.08. A
    // copy trimmed to a quarter of the original resembles it less (p ≈ 0.87) and a very short one
    // fills few bins; the passage comparison below still finds and joins those when they share a
    // fingerprint few stories hold.
    private const int Bands = 32;
    private const int Rows = 2;
    private const int Bins = Bands * Rows;

    // In one bucket, each document is compared with at most this many hubs of other clusters.
    private const int HubsPerBucket = 4;

    public static IReadOnlyList<CopyCluster> Find(IReadOnlyList<Document> documents, IReadOnlyList<Shingles> shingles, ReuseSettings settings)
    {
        var n = documents.Count;
        var text = new UnionFind(n);
        var all = new UnionFind(n);
        var textBasis = new string?[n];

        foreach (var (a, b, share) in NearDuplicates(shingles, settings, text))
        {
            text.Union(a, b);
            all.Union(a, b);
            textBasis[b] ??= Share(share, documents[a].Id);
            textBasis[a] ??= Share(share, documents[b].Id);
        }

        var creditBasis = CreditTies(documents, all);
        return Clusters(documents, text, all, textBasis, creditBasis);
    }

    /// <summary>Whether two documents share enough text to carry one story, and how much: shared shingles over the smaller document's.</summary>
    public static double Containment(Shingles a, Shingles b)
    {
        var (x, y) = (a.Distinct, b.Distinct);
        if (x.Length == 0 || y.Length == 0) return 0;
        var shared = 0;
        for (int i = 0, j = 0; i < x.Length && j < y.Length;)
        {
            if (x[i].Hash < y[j].Hash) i++;
            else if (x[i].Hash > y[j].Hash) j++;
            else
            {
                shared++;
                i++;
                j++;
            }
        }

        return shared / (double)Math.Min(x.Length, y.Length);
    }

    public static bool IsCopy(Shingles a, Shingles b, ReuseSettings settings, out double share)
    {
        share = Containment(a, b);
        return share >= settings.CopyShare && Math.Min(a.Distinct.Length, b.Distinct.Length) >= settings.MinWords;
    }

    /// <summary>"shares 96% of its text with gen-000123".</summary>
    public static string Share(double share, string other) =>
        string.Create(CultureInfo.InvariantCulture, $"shares {share:P0} of its text with {other}").Replace(" %", "%", StringComparison.Ordinal);

    /// <summary>Pairs that share most of their text, each found through a bucket both fall in; pairs already joined are not compared again.</summary>
    private static IEnumerable<(int A, int B, double Share)> NearDuplicates(IReadOnlyList<Shingles> shingles, ReuseSettings settings, UnionFind joined)
    {
        var signatures = shingles.AsParallel().AsOrdered().Select(Signature).ToArray();
        var keys = new List<ulong>(shingles.Count * Bands);
        var holders = new List<int>(shingles.Count * Bands);
        for (var d = 0; d < signatures.Length; d++)
        {
            if (shingles[d].Distinct.Length < settings.MinWords) continue; // too short to be a copy of anything
            for (var band = 0; band < Bands; band++)
            {
                var key = Fnv.Offset ^ (ulong)band;
                var empty = false;
                for (var r = 0; r < Rows; r++)
                {
                    var value = signatures[d][band * Rows + r];
                    empty |= value == ulong.MaxValue;
                    key = Fnv.Add(key, value);
                }

                if (empty) continue;
                keys.Add(key);
                holders.Add(d);
            }
        }

        var keyArray = keys.ToArray();
        var holderArray = holders.ToArray();
        Array.Sort(keyArray, holderArray);
        var compared = new HashSet<long>();
        var found = new List<(int, int, double)>();
        var hubs = new List<int>(HubsPerBucket);
        for (var start = 0; start < keyArray.Length;)
        {
            var end = start + 1;
            while (end < keyArray.Length && keyArray[end] == keyArray[start]) end++;
            hubs.Clear();
            for (var i = start; i < end && end - start > 1; i++)
            {
                var d = holderArray[i];
                var placed = false;
                foreach (var hub in hubs)
                {
                    if (joined.Find(hub) == joined.Find(d))
                    {
                        placed = true;
                        break;
                    }

                    var pair = ((long)Math.Min(hub, d) << 32) | (uint)Math.Max(hub, d);
                    if (!compared.Add(pair)) continue;
                    if (IsCopy(shingles[hub], shingles[d], settings, out var share))
                    {
                        found.Add((hub, d, share));
                        joined.Union(hub, d);
                        placed = true;
                        break;
                    }
                }

                if (!placed && hubs.Count < HubsPerBucket && !hubs.Contains(d)) hubs.Add(d);
            }

            start = end;
        }

        return found;
    }

    /// <summary>One-permutation MinHash: each shingle falls in one of <see cref="Bins"/> bins by its mixed hash; the least value of each bin is kept.</summary>
    private static ulong[] Signature(Shingles shingles)
    {
        var signature = new ulong[Bins];
        Array.Fill(signature, ulong.MaxValue);
        foreach (var (hash, _) in shingles.Distinct)
        {
            var mixed = Mix(hash);
            var bin = (int)(mixed >> 58);
            var value = mixed & 0x03FF_FFFF_FFFF_FFFFUL;
            if (value < signature[bin]) signature[bin] = value;
        }

        return signature;
    }

    /// <summary>SplitMix64's finaliser: FNV hashes of similar text differ in few bits, and bins need all of them.</summary>
    private static ulong Mix(ulong x)
    {
        x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9UL;
        x = (x ^ (x >> 27)) * 0x94D049BB133111EBUL;
        return x ^ (x >> 31);
    }

    /// <summary>Documents that credit one upstream source, and the upstream's own copy when it is among them.</summary>
    private static string?[] CreditTies(IReadOnlyList<Document> documents, UnionFind all)
    {
        var basis = new string?[documents.Count];
        var byKey = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var d = 0; d < documents.Count; d++)
        {
            foreach (var credit in Upstream(documents[d]))
            {
                if (!byKey.TryGetValue(credit.Key, out var list)) byKey[credit.Key] = list = [];
                if (!list.Contains(d)) list.Add(d);
                basis[d] ??= $"credits {credit.Upstream}: \"{credit.Line}\"";
            }
        }

        for (var d = 0; d < documents.Count; d++)
        {
            if (documents[d].Source.Publisher?.Name is { } publisher && byKey.TryGetValue(Credits.KeyOf(publisher), out var crediting))
            {
                foreach (var other in crediting) all.Union(d, other);
            }
        }

        foreach (var list in byKey.Values)
        {
            for (var i = 1; i < list.Count; i++) all.Union(list[0], list[i]);
        }

        return basis;
    }

    private static List<CopyCluster> Clusters(IReadOnlyList<Document> documents, UnionFind text, UnionFind all, string?[] textBasis, string?[] creditBasis)
    {
        var clusters = new List<CopyCluster>();
        foreach (var members in Enumerable.Range(0, documents.Count).GroupBy(all.Find).Where(g => g.Count() > 1))
        {
            clusters.Add(Build(
                members.Select(m => documents[m]).ToList(),
                members.Where(m => textBasis[m] is not null).ToDictionary(m => documents[m].Id, text.Find),
                members.ToDictionary(m => documents[m].Id, m => textBasis[m] ?? creditBasis[m])));
        }

        return clusters.OrderBy(c => c.Id, StringComparer.Ordinal).ToList();
    }

    /// <summary>
    /// One cluster from its members: its origin, and each member's tie. <paramref name="textComponent"/>
    /// names, for each member that shares text with others, the component of text ties it is in;
    /// <paramref name="basis"/> says what ties each member (null: it is the upstream the others credit).
    /// </summary>
    public static CopyCluster Build(IReadOnlyList<Document> members, IReadOnlyDictionary<string, int> textComponent, IReadOnlyDictionary<string, string?> basis)
    {
        var ordered = members.OrderBy(d => d.Id, StringComparer.Ordinal).ToList();
        var (origin, originBasis) = Origin(ordered);
        var parts = ordered.Where(d => textComponent.ContainsKey(d.Id)).Select(d => textComponent[d.Id]).Distinct().ToList();
        var copyMembers = ordered.Select(d => new CopyMember(
            d.Id,
            textComponent.TryGetValue(d.Id, out var component) ? parts.IndexOf(component) : -1,
            d.Id == origin ? $"origin: {originBasis}" : basis.GetValueOrDefault(d.Id) ?? "the upstream's own copy, which the others credit")).ToList();
        var upstream = ordered.SelectMany(d => d.Credits).GroupBy(c => c.Key).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.First().Upstream).FirstOrDefault();
        return new CopyCluster(IdOf(ordered[0].Id), copyMembers, origin, originBasis, upstream);
    }

    /// <summary>
    /// The copy the others descend from: the one whose provenance says so (the others credit its
    /// publisher), else the single earliest dated copy. Without either, nobody can say.
    /// </summary>
    public static (string? Origin, string Basis) Origin(IReadOnlyList<Document> members)
    {
        var credited = members.SelectMany(Upstream).ToLookup(c => c.Key);
        var own = members.Where(d => d.Source.Publisher?.Name is { } p && credited.Contains(Credits.KeyOf(p)))
            .OrderBy(d => d.Published ?? DateOnly.MaxValue).ThenBy(d => d.Id, StringComparer.Ordinal).FirstOrDefault();
        if (own is not null)
        {
            var credit = credited[Credits.KeyOf(own.Source.Publisher!.Name)].First();
            return (own.Id, $"published by {own.Source.Publisher!.Name}, which the other copies credit (\"{credit.Line}\")");
        }

        // Copies that credit a wire or an outlet that is not among them descend from it, not from whichever printed first.
        if (credited.Count > 0)
        {
            var upstream = credited.OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).First().First();
            return (null, $"the copies credit {upstream.Upstream}, which is not among the documents: each copy's own source counts");
        }

        var dated = members.Where(d => d.Published is not null).ToList();
        if (dated.Count == 0)
            return (null, "origin unknown: no copy has a publication date or provenance that says it came first");
        var earliest = dated.Min(d => d.Published!.Value);
        var first = dated.Where(d => d.Published == earliest).ToList();
        var date = earliest.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        if (first.Count > 1)
            return (null, $"origin unknown: {first.Count} copies share the earliest date, {date}, and no provenance says which came first");
        return (first[0].Id, dated.Count == members.Count ? $"earliest dated copy ({date})" : $"earliest dated copy ({date}; {members.Count - dated.Count} undated)");
    }

    /// <summary>
    /// The credits that name another source: a document's dateline naming its own outlet
    /// ("LONDON (Daily Courier) —" in the Daily Courier) credits nobody.
    /// </summary>
    public static IEnumerable<Credit> Upstream(Document document) =>
        document.Credits.Where(c => document.Source.Publisher is not { } p || Credits.KeyOf(p.Name) != c.Key);

    /// <summary>An id from the first member by id: it stays as later copies join, unless one whose id sorts first does.</summary>
    public static string IdOf(string firstMember) => "c-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(firstMember)))[..10];
}
