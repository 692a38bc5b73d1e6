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
        Add(conflicts, "date", claims, c => c.Details.Dates.Where(d => d.Value.Length >= 7).Select(d => d.Value).ToList(),
            Text.DateText.Compatible);
        Add(conflicts, "number", claims, c => c.Details.Numbers.Where(n => n.Value >= 3).Select(n => n.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList(),
            (x, y) => Math.Abs(double.Parse(x, System.Globalization.CultureInfo.InvariantCulture) - double.Parse(y, System.Globalization.CultureInfo.InvariantCulture))
                      <= 0.1 * Math.Max(double.Parse(x, System.Globalization.CultureInfo.InvariantCulture), double.Parse(y, System.Globalization.CultureInfo.InvariantCulture)));
        Add(conflicts, "place", claims, c =>
        {
            var places = c.Details.Entities.Where(e => e.Type == EntityType.Place).Select(e => e.Text).ToList();
            return places.Count == 1 ? places : [];
        }, (x, y) => Text.NameKey.Of(x) == Text.NameKey.Of(y));
        return conflicts.Count == 0 ? [] : conflicts;
    }

    private static void Add(List<Conflict> conflicts, string detail, IReadOnlyList<Claim> claims, Func<Claim, List<string>> values, Func<string, string, bool> compatible)
    {
        var withValues = claims.Select(c => (Claim: c, Values: values(c))).Where(x => x.Values.Count > 0).ToList();
        var clashing = new List<ConflictValue>();
        for (var i = 0; i < withValues.Count; i++)
        {
            for (var j = i + 1; j < withValues.Count; j++)
            {
                if (withValues[i].Claim.DocumentId == withValues[j].Claim.DocumentId) continue;
                if (withValues[i].Values.Any(x => withValues[j].Values.Any(y => compatible(x, y)))) continue;
                clashing.Add(new ConflictValue(string.Join(", ", withValues[i].Values), withValues[i].Claim.Id));
                clashing.Add(new ConflictValue(string.Join(", ", withValues[j].Values), withValues[j].Claim.Id));
            }
        }

        var distinct = clashing.DistinctBy(v => v.ClaimId).ToList();
        if (distinct.Count > 0) conflicts.Add(new Conflict(detail, distinct));
    }
}
