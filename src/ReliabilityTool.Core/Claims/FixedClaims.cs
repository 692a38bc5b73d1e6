using System.Collections;

namespace ReliabilityTool.Core.Claims;

/// <summary>
/// A list of claims that no one can change: it copies what it is made from and hands out no way
/// in. Storage returns an archive's claims so, and the stages that look them up by id may then
/// index them once for all (<see cref="ClaimIndex"/>).
/// </summary>
public sealed class FixedClaims(IEnumerable<Claim> claims) : IReadOnlyList<Claim>
{
    private readonly Claim[] _claims = claims.ToArray();

    public int Count => _claims.Length;

    public Claim this[int index] => _claims[index];

    public IEnumerator<Claim> GetEnumerator() => ((IEnumerable<Claim>)_claims).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
