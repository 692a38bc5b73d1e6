using ReliabilityTool.Core.Claims;
using ReliabilityTool.Core.Documents;
using ReliabilityTool.Core.Matching;

namespace ReliabilityTool.Core.Tests.Matching;

/// <summary>Which documents report one happening, and how that reads the sentences in them.</summary>
public sealed class CoverageTests
{
    // Two robberies of one kind, told in the same words: only their particulars tell them apart.
    private const string Harwick1 = "Three masked men robbed the Alder Savings Bank in Harwick on Tuesday. Police chief Dana Morrow said the robbers fled with $2 million in a grey van. Morrow asked witnesses to call the Harwick police.";
    private const string Harwick2 = "Robbers took $2 million from the Alder Savings Bank in Harwick, police chief Dana Morrow said. The three masked men escaped in a grey van on Tuesday.";
    private const string Selby = "Three masked men robbed the Fenwick Trust in Selby on Friday. Sheriff Omar Quist said the robbers fled with $2 million in a grey van. Quist asked witnesses to call the Selby sheriff.";

    private static IReadOnlyList<Claim> ClaimsOf(params (string Id, string Text)[] articles) =>
        articles.SelectMany(a => new SentenceClaimExtractor(Lexicon.Default).Extract(new HeuristicDocumentExtractor().Extract(a.Id, a.Id + ".txt", a.Text, "sha")))
            .Where(c => c.IsAssertion)
            .ToList();

    [Fact]
    public void Should_Group_Reports_Of_One_Robbery_Apart_From_A_Robbery_Told_In_The_Same_Words()
    {
        var coverage = Coverage.Of(ClaimsOf(("h1", Harwick1), ("h2", Harwick2), ("s", Selby)), MatchSettings.Default);

        Assert.True(coverage.SameHappening("h1", "h2"));
        Assert.True(coverage.OtherHappening("h1", "s"));
        Assert.True(coverage.Likeness("h1", "h2") > coverage.Likeness("h1", "s"));
    }

    [Fact]
    public void Should_Keep_Apart_Alike_Sentences_About_Different_Happenings()
    {
        var claims = ClaimsOf(("h1", Harwick1), ("h2", Harwick2), ("s", Selby));
        static IReadOnlyList<Claim> Loot(IReadOnlyList<IReadOnlyList<Claim>> groups) =>
            groups.Single(g => g.Any(c => c.DocumentId == "h1" && c.Text.Contains("fled with $2 million", StringComparison.Ordinal)));

        var read = Loot(AssertionMatcher.Group(claims));
        var blind = Loot(AssertionMatcher.Group(claims, MatchSettings.Default with { OtherHappeningThreshold = 0 }));

        // Read alone, the two sentences are one assertion; read with what their documents report, they are two robberies.
        Assert.Contains(blind, c => c.DocumentId == "s");
        Assert.DoesNotContain(read, c => c.DocumentId == "s");
    }

    [Fact]
    public void Should_Not_Take_A_Document_Without_Particulars_For_Another_Happening()
    {
        const string vague = "It was over in minutes. The robbers fled with the money in a grey van.";
        var coverage = Coverage.Of(ClaimsOf(("h1", Harwick1), ("s", Selby), ("v", vague)), MatchSettings.Default);

        // Particulars that share nothing: two happenings. No particulars at all: nothing to tell.
        Assert.True(coverage.OtherHappening("h1", "s"));
        Assert.False(coverage.OtherHappening("h1", "v"));
        Assert.False(coverage.SameHappening("h1", "v"));
        Assert.False(coverage.OtherHappening("h1", "unseen"));
        Assert.Equal(0, coverage.Likeness("h1", "unseen"));
    }
}
