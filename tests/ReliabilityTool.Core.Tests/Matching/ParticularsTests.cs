using ReliabilityTool.Core.Claims;
using ReliabilityTool.Core.Documents;
using ReliabilityTool.Core.Matching;

namespace ReliabilityTool.Core.Tests.Matching;

/// <summary>When two sentences of one article restate one fact, and when they only share its words.</summary>
public sealed class ParticularsTests
{
    private static Particulars Of(string sentence) =>
        Particulars.Of(new SentenceClaimExtractor(Lexicon.Default).Extract(new HeuristicDocumentExtractor().Extract("a", "a.txt", sentence, "sha")).Single());

    [Fact]
    public void Should_Take_A_Headline_And_Its_Lede_For_One_Fact()
    {
        Assert.True(Particulars.Restate(
            Of("Gunman kills office manager at holiday party."),
            Of("A former employee opened fire at the party on Friday, killing the office manager.")));
    }

    [Theory]
    [InlineData("The manager was killed at the party.", "Police denied that the manager was killed at the party.")]
    [InlineData("The fire killed 14 people in the warehouse.", "The fire killed 41 people in the warehouse.")]
    [InlineData("The manager was killed at the party.", "The manager organised the party.")]
    public void Should_Not_Take_A_Denial_Another_Count_Or_Another_Happening_For_A_Restatement(string first, string second)
    {
        Assert.False(Particulars.Restate(Of(first), Of(second)));
    }

    [Fact]
    public void Should_Read_Denials_And_Negations_As_Negated()
    {
        Assert.True(Of("The ministry denied the report.").Negated);
        Assert.True(Of("The convoy did not cross the border.").Negated);
        Assert.True(Of("The convoy didn't cross the border.").Negated);
        Assert.False(Of("The convoy crossed the border.").Negated);
        Assert.True(Of("The ministers haven't met since May.").Negated);
        Assert.False(Of("The group found a safe haven in the mountains.").Negated);
        Assert.False(Of("He became the group's No. 2 in 2011.").Negated);
    }
}
