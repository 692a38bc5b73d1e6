using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using ReliabilityTool.Core.Claims;
using ReliabilityTool.Core.Documents;
using ReliabilityTool.Core.Matching;
using ReliabilityTool.Core.Sources;
using ReliabilityTool.Core.Text;

namespace ReliabilityTool.Core.Scoring;

/// <summary>The whole judgement on a corpus under one rubric.</summary>
public sealed record Assessment(
    Rubric Rubric,
    IReadOnlyList<Document> Documents,
    IReadOnlyList<Claim> Claims,
    CrossDocumentAnalysis Analysis,
    IReadOnlyDictionary<string, Partisanship> Partisanship,
    IReadOnlyDictionary<string, ScoreCard> Cards)
{
    /// <summary>
    /// Each assertion's card by the assertion itself: the reports look cards up a million times,
    /// and hashing an object's identity is cheaper than hashing its id. Kept beside the assessment
    /// rather than in it, so that it takes no part in the record's equality, and a copy made with
    /// <c>with</c> (which may hold other assertions or cards) builds its own.
    /// </summary>
    private static readonly ConditionalWeakTable<Assessment, Lazy<Dictionary<Assertion, ScoreCard>>> ByAssertion = new();

    /// <summary>The assertion's card; an assertion this assessment does not hold is looked up by id.</summary>
    public ScoreCard CardOf(Assertion assertion)
    {
        // Writers on every core ask at once: the lazy builds the lookup once while the others wait.
        var byAssertion = ByAssertion.GetValue(this, static a => new Lazy<Dictionary<Assertion, ScoreCard>>(() =>
        {
            var cards = new Dictionary<Assertion, ScoreCard>(a.Analysis.Assertions.Count, ReferenceEqualityComparer.Instance);
            foreach (var x in a.Analysis.Assertions)
            {
                if (a.Cards.TryGetValue(x.Id, out var card)) cards.Add(x, card);
            }

            return cards;
        })).Value;
        return byAssertion.TryGetValue(assertion, out var card) ? card : Cards[assertion.Id];
    }
}

/// <summary>The scoring stage over a whole analysis: partisanship of each document, then a card for each assertion.</summary>
internal static class Assessor
{
    /// <summary>Scores an analysis already made: partisanship of each document, then a card for each assertion.</summary>
    public static Assessment Score(IReadOnlyList<Document> documents, IReadOnlyList<Claim> claims, CrossDocumentAnalysis analysis, Rubric rubric)
    {
        var partisanship = documents.ToDictionary(d => d.Id, d => PartisanshipAssessor.Assess(d, rubric.Partisanship));
        var claimsById = ClaimIndex.Of(claims);
        var memo = new ScoringMemo();
        var byShape = new ConcurrentDictionary<CardShape, ScoreCard>();
        // Each card is scored on its own, so every core takes a share; the dictionary is filled in assertion order.
        var assertions = analysis.Assertions;
        var scored = new ScoreCard[assertions.Count];
        Parallel.For(0, scored.Length, i =>
        {
            var a = assertions[i];
            var claimsOf = new Claim[a.ClaimIds.Count];
            for (var c = 0; c < claimsOf.Length; c++) claimsOf[c] = claimsById[a.ClaimIds[c]];
            var evidence = new AssertionEvidence(a, claimsOf, partisanship);
            if (CardShape.Of(a, claimsOf) is not { } shape)
            {
                scored[i] = RubricScorer.Score(rubric, evidence, memo);
                return;
            }

            // Two cores may both score a new shape; either card serves, as they are equal.
            var card = byShape.GetOrAdd(shape, static (_, s) => RubricScorer.Score(s.rubric, s.evidence, s.memo), (rubric, evidence, memo));
            scored[i] = card.AssertionId == a.Id ? card : card with { AssertionId = a.Id };
        });
        var cards = scored.ToDictionary(c => c.AssertionId);
        return new Assessment(rubric, documents, claims, analysis, partisanship, cards);
    }
}
