using ReliabilityTool.Core.Claims;
using ReliabilityTool.Core.Documents;
using ReliabilityTool.Corpus;
using ReliabilityTool.Tests;

namespace ReliabilityTool.Core.Tests.Claims;

/// <summary>Issue 15: every character of article text is in a claim or in a labelled block that makes none.</summary>
public sealed class TextCoverageTests
{
    private static readonly SentenceClaimExtractor Extractor = new(Lexicon.Default);

    private static string Gaps(Document document)
    {
        var gaps = TextCoverage.Uncovered(document, Extractor.Extract(document));
        return string.Join("\n", gaps.Take(5).Select(g => $"{document.Id} {g.Start}-{g.End}: \"{document.Text[g.Start..g.End]}\""));
    }

    [Theory]
    [InlineData("000_a932271a348b754b")]
    [InlineData("001_87c85a06c95f109d")]
    [InlineData("002_ed3d10d6aa1a326f")]
    [InlineData("003_a3ff147797a93eea")]
    [InlineData("004_9b73190adbc7682c")]
    public void Should_Account_For_Every_Character_Of_A_Seed(string id)
    {
        var document = new HeuristicDocumentExtractor().Extract(id, id, RepoPaths.ReadSeed(id), "sha");

        Assert.Equal("", Gaps(document));
    }

    [Fact]
    public void Should_Account_For_Every_Character_Of_A_Thousand_Generated_Articles()
    {
        var corpus = CorpusGenerator.Generate(new CorpusSettings(1000, Seed: 20261121));

        var gaps = corpus.Articles.Select(a => Gaps(new HeuristicDocumentExtractor().Extract(a.Id, a.Id + ".txt", a.Text, "sha"))).Where(g => g.Length > 0).ToList();

        Assert.True(gaps.Count == 0, $"{gaps.Count} articles lose text:\n{string.Join("\n", gaps.Take(5))}");
    }

    [Fact]
    public void Should_Find_Text_That_No_Claim_Holds()
    {
        var document = new HeuristicDocumentExtractor().Extract("t", "t.txt", "The minister resigned on Monday after the vote.\n", "sha");

        var gaps = TextCoverage.Uncovered(document, []);

        Assert.Equal([(0, 48)], gaps);
    }

    [Fact]
    public void Should_Keep_A_Paragraph_That_Ends_In_A_Read_More_Link_And_Set_The_Label_Apart()
    {
        var text = "Title of the story\n\nThe council approved the budget on Tuesday after a long debate. Read more\n";
        var document = new HeuristicDocumentExtractor().Extract("t", "t.txt", text, "sha");
        var claims = Extractor.Extract(document);

        var claim = Assert.Single(claims);
        Assert.Equal("The council approved the budget on Tuesday after a long debate.", claim.Text);
        var label = Assert.Single(TextCoverage.LeftOut(document), s => s.Reason == "a link label");
        Assert.Equal("Read more", document.SliceOf(label));
        Assert.Empty(TextCoverage.Uncovered(document, claims));
    }

    [Fact]
    public void Should_Make_A_Footnote_A_Note_Not_A_Factual_Claim()
    {
        var claim = Assert.Single(Extractor.Extract(new HeuristicDocumentExtractor().Extract("001_87c85a06c95f109d", "f", RepoPaths.ReadSeed("001_87c85a06c95f109d"), "sha")),
            c => c.Text.StartsWith("[1] Many Shia Muslims", StringComparison.Ordinal));

        Assert.Equal(ClaimKind.Note, claim.Kind);
    }
}
