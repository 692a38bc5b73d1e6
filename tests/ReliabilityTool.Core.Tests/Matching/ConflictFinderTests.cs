using System.Globalization;
using ReliabilityTool.Core.Claims;
using ReliabilityTool.Core.Matching;
using ReliabilityTool.Core.Text;

namespace ReliabilityTool.Core.Tests.Matching;

/// <summary>
/// Conflicts are found by comparing sets of values, not every pair of claims: the result must be the
/// one the plain walk over every pair gives, values and order, on assertions of every make-up.
/// </summary>
public sealed class ConflictFinderTests
{
    private static readonly string[] Dates = ["2021-01-12", "2021-01", "2021-01-15", "2020-08-07", "2020-08", "2019"];
    private static readonly double[] Numbers = [3, 12, 13, 40, 100, 105, 2];
    // "Al Quds" and "Quds" differ as written but share a name key: places are compared by key, and shown as written.
    private static readonly string[] Places = ["Lagos", "Rabat", "Cebu", "Al Quds", "Quds"];

    [Fact]
    public void Should_Find_The_Conflicts_The_Walk_Over_Every_Pair_Finds()
    {
        var random = new Random(20261122);
        var template = new Claim("c", "d", 0, 10, "text", ClaimKind.Factual, 0.5, [], [], [], ClaimDetails.Empty);
        var conflicting = 0;
        for (var round = 0; round < 400; round++)
        {
            var claims = Enumerable.Range(0, random.Next(1, 25)).Select(i => template with
            {
                Id = $"c{i}",
                DocumentId = $"d{random.Next(0, 5)}",
                Details = new ClaimDetails(
                    Pick(random, Places, 2).Select(p => new Entity(p, p.ToLowerInvariant(), EntityType.Place)).ToList(),
                    Pick(random, Dates, 2).Select(d => new DateMention(d, d, 0)).ToList(),
                    Pick(random, Numbers, 2).Select(n => new NumberMention(n.ToString(CultureInfo.InvariantCulture), n)).ToList()),
            }).ToList();

            var found = ConflictFinder.Find(claims);

            Assert.Equal(Describe(EveryPair(claims)), Describe(found));
            if (found.Count > 0) conflicting++;
        }

        Assert.True(conflicting > 100, $"only {conflicting} of 400 random assertions had a conflict to compare");
    }

    private static List<T> Pick<T>(Random random, T[] from, int most) => Enumerable.Range(0, random.Next(0, most + 1)).Select(_ => from[random.Next(from.Length)]).Distinct().ToList();

    private static string Describe(IEnumerable<Conflict> conflicts) =>
        string.Join("\n", conflicts.Select(c => $"{c.Detail}: {string.Join(" | ", c.Values.Select(v => $"{v.ClaimId}={v.Value}"))}"));

    /// <summary>The rule as stated: every pair of claims of different documents, earlier claim first, each clashing claim listed when first met.</summary>
    private static List<Conflict> EveryPair(IReadOnlyList<Claim> claims)
    {
        var conflicts = new List<Conflict>();
        Walk(conflicts, "date", claims, c => c.Details.Dates.Where(d => d.Value.Length >= 7).Select(d => d.Value).ToList(), v => v, DateText.Compatible);
        Walk(conflicts, "number", claims, c => c.Details.Numbers.Where(n => n.Value >= 3).Select(n => n.Value).ToList(), v => v.ToString(CultureInfo.InvariantCulture), (x, y) => Math.Abs(x - y) <= 0.1 * Math.Max(x, y));
        Walk(conflicts, "place", claims, c =>
        {
            var places = c.Details.Entities.Where(e => e.Type == EntityType.Place).Select(e => (e.Text, Key: NameKey.Of(e.Text))).ToList();
            return places.Count == 1 ? places : [];
        }, p => p.Text, (x, y) => x.Key == y.Key);
        return conflicts;
    }

    private static void Walk<T>(List<Conflict> conflicts, string detail, IReadOnlyList<Claim> claims, Func<Claim, List<T>> values, Func<T, string> shown, Func<T, T, bool> compatible)
    {
        var withValues = claims.Select(c => (Claim: c, Values: values(c))).Where(x => x.Values.Count > 0).ToList();
        var listed = new List<ConflictValue>();
        void Clash(int k)
        {
            if (listed.All(v => v.ClaimId != withValues[k].Claim.Id)) listed.Add(new ConflictValue(string.Join(", ", withValues[k].Values.Select(shown)), withValues[k].Claim.Id));
        }

        for (var i = 0; i < withValues.Count; i++)
        {
            for (var j = i + 1; j < withValues.Count; j++)
            {
                if (withValues[i].Claim.DocumentId == withValues[j].Claim.DocumentId) continue;
                if (withValues[i].Values.Any(x => withValues[j].Values.Any(y => compatible(x, y)))) continue;
                Clash(i);
                Clash(j);
            }
        }

        if (listed.Count > 0) conflicts.Add(new Conflict(detail, listed));
    }
}
