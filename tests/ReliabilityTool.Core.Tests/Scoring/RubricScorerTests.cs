using ReliabilityTool.Core.Scoring;
using ReliabilityTool.Core.Tests.Matching;
using ReliabilityTool.Tests;

using ReliabilityTool.Core.Pipeline;

namespace ReliabilityTool.Core.Tests.Scoring;

public sealed class RubricScorerTests
{
    private static Rubric Shipped(string name) => RubricYaml.Parse($"rubrics/{name}.yaml", File.ReadAllText(Path.Combine(RepoPaths.Rubrics, name + ".yaml")));

    private static readonly Assessment Default = new AssessmentPipeline(Shipped("default")).Assess(SeedAnalysis.Documents, SeedAnalysis.Claims);

    private static ScoreCard CardOf(Assessment assessment, string document, string fragment) =>
        assessment.CardOf(SeedAnalysis.AssertionOf(assessment.Analysis, document, fragment));

    [Fact]
    public void Should_Flag_An_Assertion_Resting_Only_On_Iranian_Opposition_Intelligence_In_001()
    {
        var card = CardOf(Default, "001", "According to intelligence reports received by Iranian Opposition");

        var flag = Assert.Single(card.Flags, f => f.Flag == Flags.SinglePartisanSource);
        Assert.Contains("001_87c85a06c95f109d", flag.Why);
        Assert.Contains("declared advocacy (publisher The Middle East and North Africa Media Monitor)", flag.Why);
        Assert.Equal(PrimaryBacking.None, card.PrimaryBacking);
    }

    [Fact]
    public void Should_Flag_An_Assertion_003_Only_Has_Because_It_Copied_004()
    {
        var card = CardOf(Default, "004", "Many members of Al-Qaeda and its affiliated groups found");

        Assert.Equal([Flags.SinglePartisanSource, Flags.Copied], card.FlagNames);
        Assert.Contains("copied: 003_a3ff147797a93eea reproduces this passage of 004_9b73190adbc7682c", card.Flags[0].Why);
    }

    [Fact]
    public void Should_Not_Flag_The_Hijackers_Transit_And_Should_See_Its_Primary_Document()
    {
        var card = CardOf(Default, "003", "Several of the 9/11 hijackers transited Iran");

        Assert.DoesNotContain(Flags.SinglePartisanSource, card.FlagNames);
        Assert.Equal(PrimaryBacking.Cited, card.PrimaryBacking);
        var primary = Assert.Single(card.Breakdown, l => l.Term == "primary documents");
        Assert.Contains("official report cited (Report of the Joint Committee on 11 September) but not verified", primary.Why);
        Assert.Equal(18, primary.Points);
    }

    [Fact]
    public void Should_Make_The_Score_The_Sum_Of_Its_Breakdown()
    {
        Assert.All(Default.Cards.Values, card =>
            Assert.Equal(Math.Round(Math.Clamp(card.Breakdown.Sum(l => l.Points), 0, 100), 1), card.Score));
    }

    [Fact]
    public void Should_Count_A_Verified_Citation_In_Full()
    {
        var rubric = Shipped("default") with
        {
            PrimaryDocuments = Shipped("default").PrimaryDocuments with { Verified = [new VerifiedCitation("9/11 Commission", "official_report", "read the report, p. 240")] },
        };

        var card = CardOf(new AssessmentPipeline(rubric).Assess(SeedAnalysis.Documents, SeedAnalysis.Claims), "003", "Several of the 9/11 hijackers transited Iran");

        Assert.Equal(PrimaryBacking.Verified, card.PrimaryBacking);
        Assert.Equal(30, card.Breakdown.Single(l => l.Term == "primary documents").Points);
    }

    [Fact]
    public void Should_Cap_Assertions_Without_Primary_Documents_Under_The_Strict_Rubric()
    {
        var strict = new AssessmentPipeline(Shipped("strict")).Assess(SeedAnalysis.Documents, SeedAnalysis.Claims);

        Assert.All(strict.Cards.Values.Where(c => c.PrimaryBacking == PrimaryBacking.None), c => Assert.True(c.Score <= 24));
        Assert.All(strict.Cards.Values.Where(c => c.PrimaryBacking == PrimaryBacking.None), c => Assert.Equal("unproven", c.Grade));
    }

    [Fact]
    public void Should_Grade_Like_The_Admiralty_Code()
    {
        var admiralty = new AssessmentPipeline(Shipped("admiralty")).Assess(SeedAnalysis.Documents, SeedAnalysis.Claims);

        Assert.All(admiralty.Cards.Values, c => Assert.Matches("^[A-F][1-6]$", c.Grade));
        Assert.StartsWith("D", CardOf(admiralty, "001", "According to intelligence reports received by Iranian Opposition").Grade);
        Assert.DoesNotContain(admiralty.Cards.Values, c => c.Grade.EndsWith('1') && c.Groups.Count < 2);
    }

    [Fact]
    public void Should_List_Real_Changes_Between_The_Default_And_Strict_Rubrics()
    {
        var strict = new AssessmentPipeline(Shipped("strict")).Assess(SeedAnalysis.Documents, SeedAnalysis.Claims);

        var changes = RubricDiff.Compare(Default, strict);

        Assert.True(RubricDiff.ComparesByRank(Default, strict));
        Assert.NotEmpty(changes);
        Assert.All(changes, c => Assert.True(c.Terms.Count > 0 || c.FlagsAdded.Count + c.FlagsRemoved.Count > 0 || c.GradeBefore is null || c.GradeAfter is null));
        var transit = Assert.Single(changes, c => c.AssertionId == SeedAnalysis.AssertionOf(Default.Analysis, "003", "Several of the 9/11 hijackers transited Iran").Id);
        Assert.Contains(transit.Terms, t => t.Term == "corroboration" && t.Before == 30 && t.After == 25);
    }

    /// <summary>A rescore's two sides share one analysis, walked as it is; two analyses are merged and put in id order: the same changes either way.</summary>
    [Fact]
    public void Should_List_The_Same_Changes_For_A_Shared_Analysis_As_For_Two()
    {
        var strict = new AssessmentPipeline(Shipped("strict")).Score(Default.Documents, Default.Claims, Default.Analysis);
        var reordered = Default with { Analysis = Default.Analysis with { Assertions = Default.Analysis.Assertions.Reverse().ToList() } };
        static string Shown(IReadOnlyList<RubricChange> changes) =>
            string.Join("\n", changes.Select(c => $"{c.AssertionId} {c.Summary} {c.GradeBefore}->{c.GradeAfter} +{string.Join(",", c.FlagsAdded)} -{string.Join(",", c.FlagsRemoved)} {string.Join(",", c.Terms.Select(t => t.Term))}"));

        var shared = RubricDiff.Compare(Default, strict);
        var merged = RubricDiff.Compare(reordered, strict);

        Assert.NotEmpty(shared);
        Assert.Equal(Shown(merged), Shown(shared));
    }

    [Fact]
    public void Should_Find_No_Change_Between_A_Rubric_And_Itself()
    {
        Assert.Empty(RubricDiff.Compare(Default, Default));
    }
}
