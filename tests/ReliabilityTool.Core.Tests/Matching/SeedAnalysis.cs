using ReliabilityTool.Core.Claims;
using ReliabilityTool.Core.Documents;
using ReliabilityTool.Core.Matching;
using ReliabilityTool.Core.Scoring;
using ReliabilityTool.Core.Sources;
using ReliabilityTool.Tests;

namespace ReliabilityTool.Core.Tests.Matching;

/// <summary>The seeds, run through the pipeline up to the cross-document stage, once per test run.</summary>
internal static class SeedAnalysis
{
    private static readonly Lazy<(IReadOnlyList<Document> Documents, IReadOnlyList<Claim> Claims)> Loaded = new(() =>
    {
        var documents = SeedDocuments.All;
        var extractor = new SentenceClaimExtractor(Lexicon.Default);
        return (documents, documents.SelectMany(extractor.Extract).ToList());
    });

    public static IReadOnlyList<Document> Documents => Loaded.Value.Documents;
    public static IReadOnlyList<Claim> Claims => Loaded.Value.Claims;

    public static CrossDocumentAnalysis Analyse() => CrossDocumentAnalyser.Analyse(Documents, Claims);

    /// <summary>An assertion's independence groups under these rules (by default, every rule on).</summary>
    public static IReadOnlyList<IndependenceGroup> GroupsOf(Assertion assertion, IndependenceRules? rules = null) =>
        IndependencePolicy.Groups(assertion.DocumentIds, assertion.Relations, rules ?? IndependenceRules.Default);

    public static Claim Claim(string document, string fragment) =>
        Claims.Single(c => c.DocumentId.StartsWith(document, StringComparison.Ordinal) && c.Text.Contains(fragment, StringComparison.Ordinal));

    public static Assertion AssertionOf(CrossDocumentAnalysis analysis, string document, string fragment)
    {
        var claim = Claim(document, fragment);
        return analysis.Assertions.Single(a => a.ClaimIds.Contains(claim.Id));
    }
}
