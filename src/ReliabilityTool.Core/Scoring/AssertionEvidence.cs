using ReliabilityTool.Core.Claims;
using ReliabilityTool.Core.Matching;
using ReliabilityTool.Core.Sources;

namespace ReliabilityTool.Core.Scoring;

/// <summary>Everything the scorer needs about one assertion: its claims and each carrying document's partisanship.</summary>
internal sealed record AssertionEvidence(
    Assertion Assertion,
    IReadOnlyList<Claim> Claims,
    IReadOnlyDictionary<string, Partisanship> Partisanship);
