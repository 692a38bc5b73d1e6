using System.Text.Json;
using ReliabilityTool.Core.Claims;
using ReliabilityTool.Core.Documents;
using ReliabilityTool.Core.Matching;
using ReliabilityTool.Core.Scoring;
using ReliabilityTool.Core.Sources;
using ReliabilityTool.Corpus;
using ReliabilityTool.Tests;

namespace ReliabilityTool.Core.Tests.Scoring;

/// <summary>
/// The scoring stage over a whole analysis gives one card per shape of lone-document assertion and
/// copies it under each id: every card must still be the one the scorer makes for that assertion alone.
/// </summary>
public sealed class AssessorTests
{
    private static readonly Lazy<(IReadOnlyList<Document> Documents, IReadOnlyList<Claim> Claims, CrossDocumentAnalysis Analysis)> Generated = new(() =>
    {
        var corpus = CorpusGenerator.Generate(new CorpusSettings(80, Seed: 11));
        var catalog = SourcesYaml.Parse("sources.yaml", corpus.SourcesYaml);
        var documents = corpus.Articles.Select(a => SourceMerger.Merge(new HeuristicDocumentExtractor().Extract(a.Id, a.FileName, a.Text, "sha"), catalog)).ToList();
        var claims = documents.SelectMany(new SentenceClaimExtractor(Lexicon.Default).Extract).ToList();
        return (documents, claims, CrossDocumentAnalyser.Analyse(documents, claims));
    });

    [Theory]
    [InlineData("default.yaml")]
    [InlineData("strict.yaml")]
    [InlineData("admiralty.yaml")]
    public void Should_Give_Every_Assertion_The_Card_The_Scorer_Makes_For_It_Alone(string rubricFile)
    {
        var rubric = RubricYaml.Parse(rubricFile, File.ReadAllText(Path.Combine(RepoPaths.Rubrics, rubricFile)));
        var (documents, claims, analysis) = Generated.Value;

        var assessment = Assessor.Score(documents, claims, analysis, rubric);

        var claimsById = claims.ToDictionary(c => c.Id);
        foreach (var assertion in analysis.Assertions)
        {
            var alone = RubricScorer.Score(rubric, new AssertionEvidence(assertion, assertion.ClaimIds.Select(id => claimsById[id]).ToList(), assessment.Partisanship));
            Assert.Equal(JsonSerializer.Serialize(alone), JsonSerializer.Serialize(assessment.CardOf(assertion)));
        }

        // The shortcut is taken: assertions of one shape share their card's breakdown.
        var breakdowns = assessment.Cards.Values.Select(c => c.Breakdown).Distinct(ReferenceEqualityComparer.Instance).Count();
        Assert.True(breakdowns < assessment.Cards.Count / 2, $"{breakdowns} breakdowns for {assessment.Cards.Count} cards");
    }

    [Fact]
    public void Should_Look_Cards_Up_Afresh_In_A_Copy_With_Other_Cards()
    {
        var (documents, claims, analysis) = Generated.Value;
        var assessment = Assessor.Score(documents, claims, analysis, RubricYaml.Default);
        var first = analysis.Assertions[0];
        _ = assessment.CardOf(first); // the original has looked its cards up by assertion

        var changed = assessment.CardOf(first) with { Grade = "changed" };
        var copy = assessment with { Cards = assessment.Cards.Values.Select(c => c.AssertionId == first.Id ? changed : c).ToDictionary(c => c.AssertionId) };

        Assert.Equal("changed", copy.CardOf(first).Grade);
        Assert.NotEqual("changed", assessment.CardOf(first).Grade);
    }
}
