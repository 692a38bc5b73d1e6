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

    /// <summary>
    /// A document's source terms are worked out once for its lone assertions, but an assertion in the
    /// passage it copied from a partisan origin stands on the origin, and one of its own sentences on
    /// the document alone: each gets its own. The two are listed in both orders, as the cores may
    /// take them in either.
    /// </summary>
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Should_Judge_A_Copy_s_Own_Sentence_On_Its_Own_Source_And_Its_Copied_Sentence_On_The_Origin(bool ownSentenceFirst)
    {
        static Document Article(string id, IReadOnlyList<Fact> advocacy) =>
            new HeuristicDocumentExtractor().Extract(id, $"{id}.txt", "A headline\n\nThe dam was closed in March.\n", $"sha-{id}") with
            {
                Source = SourceProfile.Unknown with { Publisher = new Publisher($"p-{id}", $"{id} Daily", null, [], [], advocacy, []) },
            };

        Document[] documents = [Article("origin", [new Fact("campaigns for the dam's closure", "its mission statement", "Dam Party")]), Article("copy", [])];
        var cluster = new CopyCluster("c-1", [new CopyMember("origin", 0, "shares most of its text"), new CopyMember("copy", 0, "shares most of its text")], "origin", "earliest dated copy", null);
        Claim ClaimOf(string id) => new(id, "copy", 0, 10, "The dam was closed in March.", ClaimKind.Factual, 0.5, [], [], [], ClaimDetails.Empty);
        Claim[] claims = [ClaimOf("copy-copied"), ClaimOf("copy-own")];
        var copied = new Assertion("a-copied", "The dam was closed.", ["copy-copied"], ["copy"], new DocumentRelations([], [new CarriedCopy("copy", cluster)]), [], 0.5);
        var own = new Assertion("a-own", "The dam was closed.", ["copy-own"], ["copy"], DocumentRelations.None, [], 0.5);
        var analysis = new CrossDocumentAnalysis(ownSentenceFirst ? [own, copied] : [copied, own], []) { Clusters = [cluster] };

        var assessment = Assessor.Score(documents, claims, analysis, RubricYaml.Default);

        Assert.Contains(Flags.SinglePartisanSource, assessment.Cards["a-copied"].Flags.Select(f => f.Flag));
        Assert.DoesNotContain(Flags.SinglePartisanSource, assessment.Cards["a-own"].Flags.Select(f => f.Flag));
        foreach (var assertion in analysis.Assertions)
        {
            var alone = RubricScorer.Score(RubricYaml.Default, new AssertionEvidence(assertion, claims.Where(c => assertion.ClaimIds.Contains(c.Id)).ToList(), assessment.Partisanship));
            Assert.Equal(JsonSerializer.Serialize(alone), JsonSerializer.Serialize(assessment.Cards[assertion.Id]));
        }
    }
}
