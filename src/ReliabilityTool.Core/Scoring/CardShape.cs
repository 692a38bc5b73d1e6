using ReliabilityTool.Core.Claims;
using ReliabilityTool.Core.Matching;

namespace ReliabilityTool.Core.Scoring;

/// <summary>
/// Everything a card depends on, besides the rubric and the documents' partisanship, for an
/// assertion that one document carries alone with no conflict among its claims: that document,
/// the copy it carries (if its claims lie in a passage taken from its cluster's origin), and what
/// each of its claims hedges and cites, in order. Most assertions of an
/// archive are such, and many share a shape (every uncited sentence of one article), so the
/// scorer makes one card per shape and gives each assertion a copy under its own id.
/// </summary>
internal readonly struct CardShape : IEquatable<CardShape>
{
    private readonly string _document;
    private readonly IReadOnlyList<CarriedCopy> _carried;
    private readonly IReadOnlyList<Claim> _claims;
    private readonly int _hash;

    private CardShape(string document, IReadOnlyList<CarriedCopy> carried, IReadOnlyList<Claim> claims)
    {
        _document = document;
        _carried = carried;
        _claims = claims;
        var hash = new HashCode();
        hash.Add(document, StringComparer.Ordinal);
        hash.Add(carried.Count);
        foreach (var claim in claims)
        {
            hash.Add(claim.Hedges.Count);
            foreach (var hedge in claim.Hedges) hash.Add(hedge, StringComparer.Ordinal);
            hash.Add(claim.Evidence.Count);
            foreach (var evidence in claim.Evidence) hash.Add(evidence);
        }

        _hash = hash.ToHashCode();
    }

    /// <summary>The assertion's shape, or null when its card depends on more: several documents, or conflicts.</summary>
    public static CardShape? Of(Assertion assertion, IReadOnlyList<Claim> claims) =>
        assertion.DocumentIds.Count == 1 && assertion.Relations.Relations.Count == 0 && assertion.Conflicts.Count == 0
            ? new CardShape(assertion.DocumentIds[0], assertion.Relations.Carried, claims)
            : null;

    public bool Equals(CardShape other)
    {
        if (_hash != other._hash || _claims.Count != other._claims.Count || !string.Equals(_document, other._document, StringComparison.Ordinal)) return false;
        if (!_carried.SequenceEqual(other._carried)) return false;
        for (var i = 0; i < _claims.Count; i++)
        {
            if (!_claims[i].Hedges.SequenceEqual(other._claims[i].Hedges, StringComparer.Ordinal)) return false;
            if (!_claims[i].Evidence.SequenceEqual(other._claims[i].Evidence)) return false;
        }

        return true;
    }

    public override bool Equals(object? obj) => obj is CardShape other && Equals(other);

    public override int GetHashCode() => _hash;
}
