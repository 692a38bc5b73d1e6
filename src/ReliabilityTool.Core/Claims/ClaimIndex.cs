using System.Runtime.CompilerServices;

namespace ReliabilityTool.Core.Claims;

/// <summary>
/// A list of claims by id. A rescore rebuilds the assertions, scores them (twice for
/// <c>rubric diff</c>) and writes the reports from one list of half a million claims, and each
/// step looks claims up by id: for a list no one can change, the index is made once and kept
/// for as long as the list lives.
/// </summary>
internal static class ClaimIndex
{
    private static readonly ConditionalWeakTable<FixedClaims, IReadOnlyDictionary<string, Claim>> Made = new();

    /// <remarks>Any list but <see cref="FixedClaims"/> could be changed by its caller between two stages, and is indexed afresh each time.</remarks>
    public static IReadOnlyDictionary<string, Claim> Of(IReadOnlyList<Claim> claims) =>
        claims is FixedClaims fixedList ? Made.GetValue(fixedList, static list => ById(list)) : ById(claims);

    private static Dictionary<string, Claim> ById(IReadOnlyList<Claim> claims) => claims.ToDictionary(c => c.Id);
}
