using ReliabilityTool.Core.Text;

namespace ReliabilityTool.Core.Tests.Text;

/// <summary>General English from WordNet and SUBTLEX-US, not lists fitted to one story.</summary>
public sealed class EnglishTests
{
    [Theory]
    [InlineData("killed", "kill")]
    [InlineData("killing", "kill")]
    [InlineData("slain", "slay")]
    [InlineData("went", "go")]
    [InlineData("persons", "person")]
    [InlineData("bombings", "bombing")]
    public void Should_Give_The_Dictionary_Form_Of_An_Inflected_Word(string word, string lemma) =>
        Assert.Equal(lemma, English.LemmaOf(word));

    [Theory]
    [InlineData("assassinated", "killed")]
    [InlineData("killing", "killed")]
    [InlineData("bombing", "bombed")]
    [InlineData("arrest", "arrested")]
    public void Should_Let_A_Paraphrase_Of_What_Happened_Meet_Its_Plain_Word(string a, string b) =>
        Assert.NotEmpty(English.PredicateSenses(a).Intersect(English.PredicateSenses(b)));

    [Theory]
    [InlineData("happen", true)]
    [InlineData("fun", true)]
    [InlineData("kill", true)]
    [InlineData("rehab", false)]
    [InlineData("detonat", false)]
    public void Should_Tell_Everyday_Words_From_Telling_Ones_By_Their_Frequency_In_English(string stem, bool common) =>
        Assert.Equal(common ? ReliabilityTool.Core.Matching.FeatureKind.CommonWord : ReliabilityTool.Core.Matching.FeatureKind.Word, ReliabilityTool.Core.Matching.FeatureVector.Of([stem]).Kinds.Single());

    [Theory]
    [InlineData("weakened", "provided")]
    [InlineData("arrested", "killed")]
    public void Should_Keep_Different_Happenings_Apart(string a, string b) =>
        Assert.Empty(English.PredicateSenses(a).Intersect(English.PredicateSenses(b)));

    [Theory]
    [InlineData("said")]
    [InlineData("accused")]
    [InlineData("believed")]
    public void Should_Take_Verbs_Of_Saying_And_Thinking_For_Attribution_Not_For_What_Happened(string word)
    {
        Assert.True(English.IsAttribution(word));
        Assert.Empty(English.PredicateSenses(word));
    }

    [Fact]
    public void Should_Weigh_A_Rare_Word_Above_A_Common_One()
    {
        Assert.True(English.Rarity("assassination") > English.Rarity("people") + 1);
        Assert.True(English.Rarity("zxqwv") >= English.Rarity("assassination"));
    }
}
