using System.Collections.Concurrent;
using ReliabilityTool.Core.Matching;
using ReliabilityTool.Core.Text;

namespace ReliabilityTool.Core.Scoring;

/// <summary>
/// What the cards of one scoring run (one rubric, one set of partisanship findings) repeat. An
/// article's few dozen assertions mostly stand on it alone, and what a card says of their source
/// (its group, how far it corroborates, whether it is partisan) is the same for each: it is worked
/// out once per document. Safe to use from every core at once.
/// </summary>
internal sealed class ScoringMemo
{
    private readonly ConcurrentDictionary<(string Document, CarriedCopy? Copy), SourceTerms> _oneDocument = new();

    /// <summary>The reasons many cards repeat word for word, one instance each.</summary>
    public StringPool Strings { get; } = new();

    /// <summary>The source terms of an assertion one document carries alone (and, at most, the one copy it carries).</summary>
    /// <remarks>Two cores may both work out a document's terms at once; either serves, as they are equal.</remarks>
    public SourceTerms OfOneDocument<TState>(string document, CarriedCopy? copy, Func<TState, SourceTerms> make, TState state) =>
        _oneDocument.GetOrAdd((document, copy), static (_, s) => s.Make(s.State), (Make: make, State: state));
}

/// <summary>
/// What a card says of the sources behind an assertion: its independence groups, the corroboration
/// line, and, when its one group is partisan, the single-partisan-source flag and line.
/// </summary>
internal sealed record SourceTerms(IReadOnlyList<IndependenceGroup> Groups, BreakdownLine Corroboration, FlagReason? Partisan, BreakdownLine? PartisanLine);
