using ReliabilityTool.Core.Claims;
using ReliabilityTool.Core.Documents;
using ReliabilityTool.Core.Matching;
using ReliabilityTool.Core.Sources;
using ReliabilityTool.Corpus;

namespace ReliabilityTool.Core.Tests.Corpus;

/// <summary>The benchmark corpus must be reproducible, readable by the tool, and its planted truth findable.</summary>
public sealed class CorpusGeneratorTests
{
    private static readonly GeneratedCorpus Small = CorpusGenerator.Generate(new CorpusSettings(120, Seed: 7));

    [Fact]
    public void Should_Generate_The_Same_Corpus_From_The_Same_Seed()
    {
        var again = CorpusGenerator.Generate(new CorpusSettings(120, Seed: 7));

        Assert.Equal(Small.Articles.Select(a => a.Text), again.Articles.Select(a => a.Text));
        Assert.Equal(Small.SourcesYaml, again.SourcesYaml);
        Assert.NotEqual(Small.Articles[0].Text, CorpusGenerator.Generate(new CorpusSettings(120, Seed: 8)).Articles[0].Text);
    }

    [Fact]
    public void Should_Write_Articles_Of_News_Length_With_A_Sources_Entry_Each()
    {
        var catalog = SourcesYaml.Parse("sources.yaml", Small.SourcesYaml);

        // A copied paragraph makes some longer; a syndicated copy trimmed to its first half is shorter.
        var copies = Small.Truth.Clusters.SelectMany(c => c.Documents.Where(d => d != c.Origin)).ToHashSet();
        Assert.All(Small.Articles.Where(a => !copies.Contains(a.Id)), a => Assert.InRange(a.Text.Split(' ', '\n').Count(w => w.Length > 0), 600, 1100));
        Assert.All(Small.Articles.Where(a => copies.Contains(a.Id)), a => Assert.InRange(a.Text.Split(' ', '\n').Count(w => w.Length > 0), 250, 1100));
        Assert.All(Small.Articles, a => Assert.NotNull(catalog.EntryFor(a.Id)));
        Assert.Contains(Small.Articles, a => catalog.EntryFor(a.Id)!.PublisherId is null); // some nobody stands behind
    }

    [Fact]
    public void Should_Let_The_Pipeline_Find_What_Was_Planted()
    {
        var catalog = SourcesYaml.Parse("sources.yaml", Small.SourcesYaml);
        var documents = Small.Articles.Select(a => SourceMerger.Merge(new HeuristicDocumentExtractor().Extract(a.Id, a.FileName, a.Text, "sha"), catalog)).ToList();
        var claims = documents.SelectMany(new SentenceClaimExtractor(Lexicon.Default).Extract).ToList();
        var analysis = CrossDocumentAnalyser.Analyse(documents, claims);
        var byId = claims.ToDictionary(c => c.Id);
        var texts = documents.ToDictionary(d => d.Id, d => d.Text);

        var score = TruthCheck.Score(
            Small.Truth,
            analysis.Assertions.Select(a => (IReadOnlyList<FoundClaim>)a.ClaimIds.Select(id => new FoundClaim(byId[id].DocumentId, byId[id].Text)).ToList()).ToList(),
            analysis.Reuse.Select(r => new FoundReuse(r.From, r.To, texts[r.To][r.ToSpan.Start..r.ToSpan.End])).ToList(),
            analysis.Clusters.Select(c => (IReadOnlyList<string>)c.DocumentIds.ToList()).ToList());

        Assert.True(Small.Truth.Assertions.Count > 50 && Small.Truth.Copies.Count > 3, "the corpus plants too little to measure");
        Assert.True(score.AssertionRecall >= 0.90, $"planted assertion recall {score.AssertionRecall:0.000}");
        Assert.True(score.AssertionPrecision >= 0.60, $"planted assertion precision {score.AssertionPrecision:0.000}");
        Assert.True(score.CopyRecall >= 0.75, $"planted copy recall {score.CopyRecall:0.000}");
        Assert.True(score.CopyPrecision >= 0.50, $"planted copy precision {score.CopyPrecision:0.000}");
        Assert.True(Small.Truth.Clusters.Count >= 1, "the corpus plants no syndication");
        Assert.True(score.ClusterRecall >= 0.95, $"planted syndication cluster recall {score.ClusterRecall:0.000}");
        Assert.True(score.ClusterPrecision >= 0.95, $"planted syndication cluster precision {score.ClusterPrecision:0.000}");
    }
}
