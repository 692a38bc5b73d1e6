using ReliabilityTool.Core.Matching;

namespace ReliabilityTool.Core.Tests.Matching;

public sealed class CrossDocumentAnalyserTests
{
    private static readonly CrossDocumentAnalysis Analysis = SeedAnalysis.Analyse();

    [Fact]
    public void Should_Make_The_Killing_Of_Al_Masri_One_Assertion_Across_Four_Documents()
    {
        var assertion = SeedAnalysis.AssertionOf(Analysis, "004", "resulted in the assassination of Al-Qaeda commander");

        Assert.Equal(["000_a932271a348b754b", "002_ed3d10d6aa1a326f", "003_a3ff147797a93eea", "004_9b73190adbc7682c"], assertion.DocumentIds);
        Assert.Contains(SeedAnalysis.Claim("000", "2020 Abdullah Ahmed Abdullah reportedly slain").Id, assertion.ClaimIds);
        Assert.Contains(SeedAnalysis.Claim("002", "was assassinated in Tehran in August 2020").Id, assertion.ClaimIds);
    }

    [Fact]
    public void Should_Put_The_Saudi_Owned_Outlets_In_One_Independence_Group()
    {
        var assertion = SeedAnalysis.AssertionOf(Analysis, "004", "resulted in the assassination of Al-Qaeda commander");

        var saudi = Assert.Single(SeedAnalysis.GroupsOf(assertion), g => g.DocumentIds.Contains("000_a932271a348b754b"));
        Assert.Equal(["000_a932271a348b754b", "002_ed3d10d6aa1a326f", "004_9b73190adbc7682c"], saudi.DocumentIds);
        Assert.Contains(saudi.Reasons, r => r.Text.StartsWith("same owner group: Saudi Research & Media Group", StringComparison.Ordinal));
        Assert.Equal(2, SeedAnalysis.GroupsOf(assertion).Count);
    }

    [Fact]
    public void Should_Make_The_Hijackers_Transit_One_Assertion()
    {
        var assertion = SeedAnalysis.AssertionOf(Analysis, "003", "Several of the 9/11 hijackers transited Iran");

        Assert.Contains(SeedAnalysis.Claim("000", "Al least eight of the hijackers passed through Iran").Id, assertion.ClaimIds);
        Assert.Contains(SeedAnalysis.Claim("002", "Iran facilitated the transit of al-Qaeda members").Id, assertion.ClaimIds);
        // 001 never says "hijackers": its "Saudi activists" are tied to 9/11 only by the report it cites.
        Assert.Contains(SeedAnalysis.Claim("001", "8-10 out of 14 Saudi activists").Id, assertion.ClaimIds);
        Assert.Equal(["000_a932271a348b754b", "001_87c85a06c95f109d", "002_ed3d10d6aa1a326f", "003_a3ff147797a93eea"], assertion.DocumentIds);
    }

    [Fact]
    public void Should_Not_Merge_Different_Events_That_Share_Names()
    {
        var killing = SeedAnalysis.AssertionOf(Analysis, "004", "resulted in the assassination of Al-Qaeda commander");
        var embassies = SeedAnalysis.AssertionOf(Analysis, "004", "Al-Masri was involved in the attacks on the US embassies");

        Assert.NotEqual(killing.Id, embassies.Id);
    }

    [Fact]
    public void Should_Make_Killing_223_People_And_Killed_223_Persons_One_Assertion()
    {
        var bombings = SeedAnalysis.AssertionOf(Analysis, "000", "killing 223 people and wounding thousands more");

        Assert.Contains(SeedAnalysis.Claim("001", "The two terrorist attacks killed 223 persons").Id, bombings.ClaimIds);
    }

    [Theory]
    // Shares only a count word ("three"), a name and the story's topic.
    [InlineData("000", "could help accomplish Iran’s three main revolutionary aims", "003", "blacklisted three members of Al-Qaeda")]
    // Cooperating with al-Qaeda is nearly the opposite of cooperating with the United States against jihadists.
    [InlineData("002", "Iran has been accused of cooperating with al-Qaeda", "003", "Iran has cooperated fitfully with the United States",
        Skip = "Still joined (issue 14 open): they share the predicate and the story's main name, and \"the United States\" is not read as a name; see EVALUATION.md")]
    // Links that "became weaker" do not corroborate support that was provided.
    [InlineData("003", "links with Iran became weaker", "002", "Iran provided al-Qaeda operatives with logistical and travel support",
        Skip = "Still joined (issue 14 open): they share the background clause \"moved ... to Afghanistan\"; telling it from the main predicate needs a parse; see EVALUATION.md")]
    public void Should_Keep_Apart_Sentences_That_State_Different_Facts_About_One_Story(string document, string fragment, string otherDocument, string otherFragment)
    {
        var assertion = SeedAnalysis.AssertionOf(Analysis, document, fragment);

        Assert.DoesNotContain(SeedAnalysis.Claim(otherDocument, otherFragment).Id, assertion.ClaimIds);
    }

    [Fact]
    public void Should_Put_Every_Factual_Or_Quote_Claim_In_Exactly_One_Assertion()
    {
        var assertable = SeedAnalysis.Claims.Where(c => c.IsAssertion).Select(c => c.Id).Order().ToList();
        var assigned = Analysis.Assertions.SelectMany(a => a.ClaimIds).Order().ToList();

        Assert.Equal(assertable, assigned);
    }

    [Fact]
    public void Should_Find_Passages_003_Copied_From_004_With_Spans_And_Direction()
    {
        var copies = Analysis.Reuse.Where(r => r.From == "004_9b73190adbc7682c" && r.To == "003_a3ff147797a93eea").ToList();
        var schools = Assert.Single(copies, r => r.Words > 150);
        var from = SeedAnalysis.Documents.Single(d => d.Id == r(schools.From)).Text[schools.FromSpan.Start..schools.FromSpan.End];
        var to = SeedAnalysis.Documents.Single(d => d.Id == r(schools.To)).Text[schools.ToSpan.Start..schools.ToSpan.End];

        Assert.True(copies.Count >= 6, $"{copies.Count} passages");
        Assert.StartsWith("In theory, there are two different schools", from);
        Assert.StartsWith("In theory, there are two different schools", to);
        Assert.Contains("003_a3ff147797a93eea has no identifiable author or publisher", schools.DirectionBasis);
        Assert.True(schools.Similarity > 0.9);

        static string r(string id) => id;
    }

    [Fact]
    public void Should_Not_Report_A_Shared_Quotation_As_Reuse()
    {
        var quote = "money and arms and everything they need";
        var at000 = SeedAnalysis.Documents.Single(d => d.Id.StartsWith("000", StringComparison.Ordinal)).Text.IndexOf(quote, StringComparison.Ordinal);

        Assert.DoesNotContain(Analysis.Reuse, r => r.From.StartsWith("000", StringComparison.Ordinal) && r.FromSpan.Start <= at000 && at000 < r.FromSpan.End);
    }

    [Fact]
    public void Should_Group_A_Copied_Claim_With_Its_Original()
    {
        var assertion = SeedAnalysis.AssertionOf(Analysis, "004", "Many members of Al-Qaeda and its affiliated groups found");

        var group = Assert.Single(SeedAnalysis.GroupsOf(assertion));
        Assert.Equal(["003_a3ff147797a93eea", "004_9b73190adbc7682c"], group.DocumentIds);
        Assert.Contains(group.Reasons, r => r.Text.StartsWith("copied: 003_a3ff147797a93eea reproduces this passage of 004_9b73190adbc7682c", StringComparison.Ordinal));
        Assert.Contains(SeedAnalysis.GroupsOf(assertion).SelectMany(g => g.Reasons), DocumentRelations.IsCopying);
    }

    [Fact]
    public void Should_Follow_The_Rubric_When_A_Rule_Is_Switched_Off()
    {
        var rules = IndependenceRules.Default with { SameOwnerGroup = false, CopiedPassage = false };

        Assert.Equal(4, SeedAnalysis.GroupsOf(SeedAnalysis.AssertionOf(Analysis, "004", "resulted in the assassination of Al-Qaeda commander"), rules).Count);
        Assert.Equal(2, SeedAnalysis.GroupsOf(SeedAnalysis.AssertionOf(Analysis, "004", "Many members of Al-Qaeda and its affiliated groups found"), rules).Count);
    }

    [Fact]
    public void Should_Record_Conflicting_Dates_With_Where_Each_Comes_From()
    {
        var pompeo = SeedAnalysis.Claim("002", "The statements of US Secretary of State Mike Pompeo on January 15, 2021");
        var other = SeedAnalysis.Claim("000", "2021 US Secretary of State Mike Pompeo announces");

        var conflicts = ConflictFinder.Find([pompeo, other with { DocumentId = "x", Details = other.Details with { Dates = [new("January 12, 2021", "2021-01-12", 0)] } }]);

        var conflict = Assert.Single(conflicts, c => c.Detail == "date");
        Assert.Contains(conflict.Values, v => v.Value.Contains("2021-01-15") && v.ClaimId == pompeo.Id);
        Assert.Contains(conflict.Values, v => v.Value.Contains("2021-01-12"));
    }
}
