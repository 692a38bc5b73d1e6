using ReliabilityTool.Core.Documents;
using ReliabilityTool.Core.Sources;

namespace ReliabilityTool.Core.Tests.Sources;

public sealed class SourceMergerTests
{
    private static readonly SourceCatalog Catalog = SourcesYaml.Parse("s.yaml", """
        publishers:
          - id: outlet
            name: The Daily
        authors:
          - id: ann
            name: Ann Lee
        documents:
          - id: a
            publisher: outlet
            authors: [ann]
            published: 2021-01-12
        """);

    private static Document Article(string text) => new HeuristicDocumentExtractor().Extract("a", "a.txt", text, "sha");

    [Fact]
    public void Should_Keep_Both_Values_When_Text_And_Sources_Disagree()
    {
        var document = SourceMerger.Merge(Article("A title\n\nBy Bob Smith\n\nJanuary 13, 2021\n\nSomething happened in Tehran on Aug. 7, 2020.\n"), Catalog);

        Assert.Contains(new MetadataConflict("authors", "Bob Smith", "Ann Lee"), document.Source.Conflicts);
        Assert.Contains(new MetadataConflict("published", "2021-01-13", "2021-01-12"), document.Source.Conflicts);
    }

    [Fact]
    public void Should_Record_No_Conflict_When_They_Agree()
    {
        var document = SourceMerger.Merge(Article("A title\n\nBy Dr. Ann Lee\n\nJanuary 12, 2021\n\nSomething happened.\n"), Catalog);

        Assert.Empty(document.Source.Conflicts);
        Assert.Equal("The Daily", document.Source.Publisher!.Name);
        Assert.Equal(["Ann Lee"], document.Authors);
    }

    [Fact]
    public void Should_Leave_An_Undescribed_Document_Unknown()
    {
        var document = SourceMerger.Merge(Article("Something happened.\n"), Catalog);
        var other = SourceMerger.Merge(new HeuristicDocumentExtractor().Extract("b", "b.txt", "Something happened.\n", "sha"), Catalog);

        Assert.NotNull(document.Source.Publisher);
        Assert.True(other.Source.ProvenanceUnknown);
    }
}
