using ReliabilityTool.Core.Claims;

namespace ReliabilityTool.Core.Matching;

/// <summary>
/// Details on which the claims of one assertion disagree. Two claims conflict on dates when both
/// give dates and none of one's is compatible with any of the other's ("2020-08" fits
/// "2020-08-07"); likewise numbers (within 10%) and places (each names exactly one).
/// </summary>
internal static class ConflictFinder
{
    public static IReadOnlyList<Conflict> Find(IReadOnlyList<Claim> claims)
    {
        // Only claims of different documents can conflict: most assertions are one claim, or claims of one document.
        if (claims.All(c => c.DocumentId == claims[0].DocumentId)) return [];
        var conflicts = new List<Conflict>();
        Add(conflicts, "date", claims, DatesOf, v => v, v => v, Text.DateText.Compatible);
        Add(conflicts, "number", claims, NumbersOf, v => v.ToString(System.Globalization.CultureInfo.InvariantCulture), v => v,
            (x, y) => Math.Abs(x - y) <= 0.1 * Math.Max(x, y));
        // Places are compared by their name key, made once per distinct place rather than once per claim or pair.
        Add(conflicts, "place", claims, PlaceOf, p => p, Text.NameKey.Of, (x, y) => x == y);
        return conflicts.Count == 0 ? [] : conflicts;
    }

    // A claim's values of each detail, or null when it gives none: most claims give none, and nothing is made for them.
    private static List<string>? DatesOf(Claim claim)
    {
        List<string>? found = null;
        foreach (var date in claim.Details.Dates)
        {
            if (date.Value.Length >= 7) (found ??= []).Add(date.Value);
        }

        return found;
    }

    private static List<double>? NumbersOf(Claim claim)
    {
        List<double>? found = null;
        foreach (var number in claim.Details.Numbers)
        {
            if (number.Value >= 3) (found ??= []).Add(number.Value);
        }

        return found;
    }

    /// <summary>The claim's place, when it names exactly one.</summary>
    private static List<string>? PlaceOf(Claim claim)
    {
        string? place = null;
        foreach (var entity in claim.Details.Entities)
        {
            if (entity.Type != EntityType.Place) continue;
            if (place is not null) return null;
            place = entity.Text;
        }

        return place is null ? null : [place];
    }

    /// <param name="values">A claim's values of this detail, or null when it gives none.</param>
    /// <param name="shown">A value as the report shows it.</param>
    /// <param name="compared">A value in the form it is compared in, made once for each distinct set of values.</param>
    /// <remarks>
    /// Two claims clash when they come from different documents and none of one's values fits any of
    /// the other's. Claims that give the same values are compared as one: an assertion carried by
    /// two hundred outlets mostly repeats a few sets of values, so the sets are compared pairwise,
    /// not the claims. The clashing claims are listed in the order a walk over every pair of claims
    /// (first by the earlier claim, then the later) first meets them.
    /// </remarks>
    private static void Add<T, TCompared>(
        List<Conflict> conflicts, string detail, IReadOnlyList<Claim> claims, Func<Claim, List<T>?> values, Func<T, string> shown, Func<T, TCompared> compared,
        Func<TCompared, TCompared, bool> compatible)
    {
        var withValues = new List<(Claim Claim, List<T> Values)>();
        foreach (var claim in claims)
        {
            if (values(claim) is { Count: > 0 } found) withValues.Add((claim, found));
        }

        if (withValues.Count < 2 || withValues.All(x => x.Claim.DocumentId == withValues[0].Claim.DocumentId)) return;

        // Claims with the same values are one set; each set's values are shown and put in compared form once.
        var setIndex = new Dictionary<List<T>, int>(SameValues<T>.Instance);
        var setOf = new int[withValues.Count];
        var sets = new List<(string Shown, List<TCompared> Values, List<int> Claims)>();
        for (var k = 0; k < withValues.Count; k++)
        {
            if (!setIndex.TryGetValue(withValues[k].Values, out var set))
            {
                set = sets.Count;
                setIndex.Add(withValues[k].Values, set);
                sets.Add((string.Join(", ", withValues[k].Values.Select(shown)), withValues[k].Values.Select(compared).ToList(), []));
            }

            setOf[k] = set;
            sets[set].Claims.Add(k);
        }

        // Clashes(a, b): no value of set a (the earlier claim's) fits any value of set b.
        var clash = new bool[sets.Count * sets.Count];
        for (var a = 0; a < sets.Count; a++)
        {
            for (var b = 0; b < sets.Count; b++)
                clash[(a * sets.Count) + b] = !AnyFits(sets[a].Values, sets[b].Values, compatible);
        }

        bool Clashes(int a, int b) => clash[(a * sets.Count) + b];

        // Where the walk over pairs (i < j, i then j) first meets each clashing claim: in the pair with its
        // earliest earlier partner if it has one, else in the pair with its earliest later partner.
        var met = new List<(int I, int J, int Second, int Claim)>();
        for (var k = 0; k < withValues.Count; k++)
        {
            var document = withValues[k].Claim.DocumentId;
            var before = int.MaxValue;
            var after = int.MaxValue;
            for (var h = 0; h < sets.Count; h++)
            {
                if (Clashes(h, setOf[k]))
                {
                    foreach (var i in sets[h].Claims)
                    {
                        if (i >= k || i >= before) break;
                        if (withValues[i].Claim.DocumentId != document) before = i;
                    }
                }

                if (Clashes(setOf[k], h))
                {
                    // The set's claims are in order: start at the first one after this claim.
                    var members = sets[h].Claims;
                    var from = members.BinarySearch(k + 1);
                    for (var m = from < 0 ? ~from : from; m < members.Count && members[m] < after; m++)
                    {
                        if (withValues[members[m]].Claim.DocumentId != document) after = members[m];
                    }
                }
            }

            if (before != int.MaxValue) met.Add((before, k, 1, k));
            else if (after != int.MaxValue) met.Add((k, after, 0, k));
        }

        if (met.Count == 0) return;
        met.Sort();
        var distinct = met.Select(m => new ConflictValue(sets[setOf[m.Claim]].Shown, withValues[m.Claim].Claim.Id)).DistinctBy(v => v.ClaimId, StringComparer.Ordinal).ToList();
        conflicts.Add(new Conflict(detail, distinct));
    }

    private static bool AnyFits<T>(List<T> xs, List<T> ys, Func<T, T, bool> compatible)
    {
        foreach (var x in xs)
        {
            foreach (var y in ys)
            {
                if (compatible(x, y)) return true;
            }
        }

        return false;
    }

    /// <summary>Lists of values equal item by item: claims that give the same values.</summary>
    private sealed class SameValues<T> : IEqualityComparer<List<T>>
    {
        public static readonly SameValues<T> Instance = new();

        public bool Equals(List<T>? x, List<T>? y) => ReferenceEquals(x, y) || (x is not null && y is not null && x.SequenceEqual(y));

        public int GetHashCode(List<T> values)
        {
            var hash = new HashCode();
            foreach (var value in values) hash.Add(value);
            return hash.ToHashCode();
        }
    }
}
