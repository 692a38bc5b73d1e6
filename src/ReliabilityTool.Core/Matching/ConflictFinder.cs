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
        Add(conflicts, "date", claims, c => c.Details.Dates.Where(d => d.Value.Length >= 7).Select(d => d.Value).ToList(), v => v,
            Text.DateText.Compatible);
        Add(conflicts, "number", claims, c => c.Details.Numbers.Where(n => n.Value >= 3).Select(n => n.Value).ToList(), v => v.ToString(System.Globalization.CultureInfo.InvariantCulture),
            (x, y) => Math.Abs(x - y) <= 0.1 * Math.Max(x, y));
        // Places are compared by their name key, made once per claim rather than once per pair: an assertion carried by two hundred outlets has twenty thousand pairs.
        Add(conflicts, "place", claims, c =>
        {
            var places = c.Details.Entities.Where(e => e.Type == EntityType.Place).Select(e => (e.Text, Key: Text.NameKey.Of(e.Text))).ToList();
            return places.Count == 1 ? places : [];
        }, p => p.Text, (x, y) => x.Key == y.Key);
        return conflicts.Count == 0 ? [] : conflicts;
    }

    /// <param name="values">A claim's values of this detail, in the form they are compared in.</param>
    /// <param name="shown">A value as the report shows it.</param>
    private static void Add<T>(List<Conflict> conflicts, string detail, IReadOnlyList<Claim> claims, Func<Claim, List<T>> values, Func<T, string> shown, Func<T, T, bool> compatible)
    {
        var withValues = claims.Select(c => (Claim: c, Values: values(c))).Where(x => x.Values.Count > 0)
            .Select(x => (x.Claim, x.Values, Shown: string.Join(", ", x.Values.Select(shown)))).ToList();
        var distinct = new List<ConflictValue>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        void Clash(Claim claim, string value)
        {
            if (seen.Add(claim.Id)) distinct.Add(new ConflictValue(value, claim.Id));
        }

        for (var i = 0; i < withValues.Count; i++)
        {
            for (var j = i + 1; j < withValues.Count; j++)
            {
                if (withValues[i].Claim.DocumentId == withValues[j].Claim.DocumentId) continue;
                if (withValues[i].Values.Any(x => withValues[j].Values.Any(y => compatible(x, y)))) continue;
                Clash(withValues[i].Claim, withValues[i].Shown);
                Clash(withValues[j].Claim, withValues[j].Shown);
            }
        }

        if (distinct.Count > 0) conflicts.Add(new Conflict(detail, distinct));
    }
}
