using ReliabilityTool.Core.Claims;
using ReliabilityTool.Core.Documents;
using ReliabilityTool.Core.Matching;
using ReliabilityTool.Core.Reporting;
using ReliabilityTool.Core.Scoring;
using ReliabilityTool.Core.Sources;
using ReliabilityTool.Corpus;

namespace ReliabilityTool.Core.Tests.Reporting;

/// <summary>The summary's headline keeps only the best few flagged assertions as it reads them: it must lead with what a full ranking would.</summary>
public sealed class ReportSummaryTests
{
    private static readonly Lazy<Assessment> Generated = new(() =>
    {
        var corpus = CorpusGenerator.Generate(new CorpusSettings(120, Seed: 5));
        var catalog = SourcesYaml.Parse("sources.yaml", corpus.SourcesYaml);
        var documents = corpus.Articles.Select(a => SourceMerger.Merge(new HeuristicDocumentExtractor().Extract(a.Id, a.FileName, a.Text, "sha"), catalog)).ToList();
        var claims = documents.SelectMany(new SentenceClaimExtractor(Lexicon.Default).Extract).ToList();
        return Assessor.Score(documents, claims, CrossDocumentAnalyser.Analyse(documents, claims), RubricYaml.Default);
    });

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(100_000)]
    public void Should_Lead_With_The_Flagged_Assertions_A_Full_Ranking_Puts_First(int size)
    {
        var assessment = Generated.Value with { Rubric = Generated.Value.Rubric with { Report = Generated.Value.Rubric.Report with { Headline = size } } };
        var context = new ReportContext(assessment, "test", "default.yaml");

        var flagged = context.SinglePartisanWithoutPrimary.Concat(context.SinglePartisanCitingPrimary).ToList();
        // The flagged lists come nearly in headline order already: the selection is also given them reversed and shuffled.
        var reversed = Enumerable.Reverse(flagged).ToList();
        var shuffled = flagged.OrderBy(_ => Random.Shared.Next()).ToList();

        // The ranking as HeadlineOrder words it, over every flagged assertion at once.
        var byId = assessment.Claims.ToDictionary(c => c.Id);
        static int Specifics(Claim c) => c.Details.Entities.Count + c.Details.Dates.Count + c.Details.Numbers.Count;
        var expected = flagged
            .Select(a => (Assertion: a, Claims: a.ClaimIds.Select(id => byId[id]).ToList()))
            .Where(x => x.Claims.Any(c => c.Kind is ClaimKind.Factual or ClaimKind.Quote && c.CheckWorthy >= ReportSummary.CheckWorthyThreshold && Specifics(c) > 0))
            .OrderBy(x => assessment.CardOf(x.Assertion).PrimaryBacking == PrimaryBacking.None ? 0 : 1)
            .ThenByDescending(x => x.Assertion.CheckWorthiness)
            .ThenByDescending(x => x.Claims.Max(Specifics))
            .ThenBy(x => x.Assertion.Id, StringComparer.Ordinal)
            .Take(size)
            .Select(x => x.Assertion.Id)
            .ToList();
        Assert.True(expected.Count >= Math.Min(size, 20), $"the corpus leads with {expected.Count} assertions: too few to test the ranking");
        Assert.Equal(expected, context.Summary.Headline.Select(a => a.Id));
        Assert.Equal(expected, ReportSummary.Leading(context, reversed, size).Select(a => a.Id));
        Assert.Equal(expected, ReportSummary.Leading(context, shuffled, size).Select(a => a.Id));
    }
}
