using ReliabilityTool.Core.Claims;
using ReliabilityTool.Core.Documents;
using ReliabilityTool.Core.Matching;

namespace ReliabilityTool.Core.Tests.Matching;

public sealed class AssertionMatcherTests
{
    private static IReadOnlyList<Claim> ClaimsOf(params (string Id, string Text)[] articles) =>
        articles.SelectMany(a => new SentenceClaimExtractor(Lexicon.Default).Extract(new HeuristicDocumentExtractor().Extract(a.Id, a.Id + ".txt", a.Text, "sha")))
            .Where(c => c.IsAssertion)
            .ToList();

    private static HashSet<string> FeaturesOf(IReadOnlyList<Claim> claims, string fragment) =>
        AssertionMatcher.FeatureSets(claims)[claims.ToList().FindIndex(c => c.Text.Contains(fragment, StringComparison.Ordinal))];

    [Fact]
    public void Should_Join_One_Happening_With_One_Specific_Count_However_The_Rest_Is_Worded()
    {
        var claims = ClaimsOf(
            ("a", "Bombs at the two embassies in Nairobi and Dar es Salaam went off within minutes of each other in August 1998, killing 223 people and wounding thousands."),
            ("b", "The two attacks killed 223 persons."));

        Assert.Single(AssertionMatcher.Group(claims));
    }

    [Fact]
    public void Should_Not_Chain_Two_Events_Through_A_Sentence_Vague_Enough_To_Fit_Both()
    {
        var claims = ClaimsOf(
            ("a", "Khaled al-Tutani was killed in Bergen on November 17, 2003, according to officials."),
            ("b", "A militant was killed in Bergen in November 2003, according to officials."),
            ("c", "Mohamed al-Shuqini was killed in Bergen on November 8, 2003, according to officials."));

        var groups = AssertionMatcher.Group(claims);

        // Another day and another man: whatever the vague report joins, it cannot join these two.
        Assert.DoesNotContain(groups, g => g.Any(c => c.DocumentId == "a") && g.Any(c => c.DocumentId == "c"));
        Assert.Contains(groups, g => g.Count == 2 && g.Any(c => c.DocumentId == "b"));
    }

    [Fact]
    public void Should_Not_Take_Where_Someone_Is_From_For_Who_They_Are()
    {
        var claims = ClaimsOf(("a", "Peruvian officials met Ana Quispe in Lima on Monday."));

        var features = FeaturesOf(claims, "Peruvian officials");
        Assert.DoesNotContain(features, f => f.StartsWith("e:", StringComparison.Ordinal) && f.Contains("prv", StringComparison.Ordinal));
        Assert.Contains(features, f => f.StartsWith("e:", StringComparison.Ordinal) && f.Contains("ksp", StringComparison.Ordinal));
    }

    [Fact]
    public void Should_Read_A_Bare_Event_Word_In_The_Light_Of_The_Named_Event_Before_It()
    {
        var claims = ClaimsOf(("a", "Iran let operatives cross its territory ahead of the 9/11 attacks. At least eight of the hijackers passed through Iran."));

        Assert.Contains("f:day0911+hijack", FeaturesOf(claims, "At least eight"));
    }

    [Fact]
    public void Should_Give_A_Pronoun_Sentence_The_Names_Of_The_Sentence_Before()
    {
        var claims = ClaimsOf(("a", "Mahfouz Ould al-Walid led the legal committee of Al-Qaeda. On 20 December 2001, he travelled to Iran with forged documents."));

        Assert.Contains(FeaturesOf(claims, "he travelled"), f => f.StartsWith("f:transit+", StringComparison.Ordinal) && f.Contains("wld", StringComparison.Ordinal));
    }

    [Fact]
    public void Should_Not_Carry_Context_Across_Documents()
    {
        var claims = ClaimsOf(("a", "The 9/11 attacks killed nearly 3,000 people."), ("b", "At least eight of the hijackers passed through Iran."));

        Assert.DoesNotContain("day0911", FeaturesOf(claims, "At least eight"));
    }

    [Theory]
    [InlineData(0.0, new[] { "a", "a", "b" })]
    [InlineData(1.01, new[] { "a", "b" })]
    public void Should_Hold_Sentences_Of_One_Article_Apart_Unless_They_Are_Alike_Enough(double sameDocumentThreshold, string[] expected)
    {
        var claims = ClaimsOf(
            ("a", "Abu Muhammad al-Masri was killed in Tehran in August 2020. Al-Masri was later buried in Tehran in August 2020."),
            ("b", "Abu Mohammed al-Masri was shot dead in Tehran in August 2020."));

        var groups = AssertionMatcher.Group(claims, new MatchSettings(SameDocumentThreshold: sameDocumentThreshold));

        var killing = Assert.Single(groups, g => g.Any(c => c.Text.Contains("shot dead", StringComparison.Ordinal)));
        Assert.Equal(expected, killing.Select(c => c.DocumentId).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("A bomb in Karachi killed 15 people on 25 November 2009.", true)] // one disagreement: a conflict within one assertion
    [InlineData("A bomb in Basra killed 26 people on 22 June 2009.", false)] // another place, toll and day: another event
    [InlineData("A bomb in Karachi killed 26 people in June 2009.", false)] // another month and toll: another event
    [InlineData("A bomb in Karachi killed 26 people in November 2009.", true)] // the month fits the day; only the toll disagrees
    public void Should_Tell_A_Conflicting_Report_From_Another_Event(string other, bool same)
    {
        var claims = ClaimsOf(("a", "A bomb in Karachi killed 14 people on 25 November 2009."), ("b", other));

        var groups = AssertionMatcher.Group(claims);

        Assert.Equal(same ? 1 : 2, groups.Count);
    }

    [Theory]
    [InlineData("Rasheed Al Riqiquni received $19 million in funding from the faction fund in July 2006.", true)] // the same man, another sum
    [InlineData("Rashid al-Daghaqani received $19 million in funding from the faction fund in July 2006.", false)] // another man (same first name) and another sum
    [InlineData("Quds Force Commander General Rashid Riqiquni received $19 million from the faction fund in July 2006.", true)] // his name read as an organisation still names him
    public void Should_Tell_Another_Person_From_A_Conflicting_Report_By_Surname(string other, bool same)
    {
        var claims = ClaimsOf(("a", "Rashid al-Riqiquni received $12 million in funding from the faction fund in July 2006."), ("b", other));

        var groups = AssertionMatcher.Group(claims);

        Assert.Equal(same ? 1 : 2, groups.Count);
    }
}
