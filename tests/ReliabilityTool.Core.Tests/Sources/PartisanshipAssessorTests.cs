using ReliabilityTool.Core.Documents;
using ReliabilityTool.Core.Sources;

namespace ReliabilityTool.Core.Tests.Sources;

public sealed class PartisanshipAssessorTests
{
    private static readonly OwnerGroup StateAligned = new("g", "Group", [], [], [new Fact("state-aligned", "public record", "Saudi Arabia")], []);
    private static readonly Publisher Outlet = new("p", "Outlet", "g", [], [], [], []);

    [Fact]
    public void Should_Call_A_State_Aligned_Owner_Partisan_With_The_Basis()
    {
        var verdict = PartisanshipAssessor.Assess(new SourceProfile(Outlet, StateAligned, [], null, null, [], []), PartisanshipRules.Default);

        Assert.True(verdict.IsPartisan);
        var reason = Assert.Single(verdict.Reasons);
        Assert.Contains("state alignment (owner Group)", reason.Summary);
        Assert.Equal("public record", reason.Basis);
    }

    [Fact]
    public void Should_Ignore_Alignment_With_A_Party_Outside_The_Story()
    {
        var rules = PartisanshipRules.Default with { StoryParties = ["Iran"] };

        var verdict = PartisanshipAssessor.Assess(new SourceProfile(Outlet, StateAligned, [], null, null, [], []), rules);

        Assert.False(verdict.IsPartisan);
    }

    [Fact]
    public void Should_Follow_The_Rubric_On_Unknown_Provenance()
    {
        var partisan = PartisanshipAssessor.Assess(SourceProfile.Unknown, PartisanshipRules.Default);
        var neutral = PartisanshipAssessor.Assess(SourceProfile.Unknown, PartisanshipRules.Default with { UnknownProvenance = UnknownProvenance.NotPartisan });

        Assert.True(partisan.IsPartisan);
        Assert.Contains("unknown provenance", partisan.Reasons[0].Summary);
        Assert.False(neutral.IsPartisan);
    }

    [Fact]
    public void Should_Count_Undisclosed_Funding_Only_When_The_Rubric_Says_So()
    {
        var outlet = Outlet with { OwnerId = null, Funding = [new Fact("undisclosed", "site names no funder")] };
        var profile = new SourceProfile(outlet, null, [], null, null, [], []);

        Assert.False(PartisanshipAssessor.Assess(profile, PartisanshipRules.Default).IsPartisan);
        Assert.True(PartisanshipAssessor.Assess(profile, PartisanshipRules.Default with { UndisclosedFunding = true }).IsPartisan);
    }

    [Fact]
    public void Should_Give_Reliance_On_A_Partys_Claims_Its_Own_Reason_Not_Funding()
    {
        var outlet = Outlet with { OwnerId = null, Funding = [new Fact("undisclosed", "site names no funder")] };
        outlet = outlet with { ReliesOn = [new Fact("intelligence claims of the opposition", "article text", "Iran")] };

        var verdict = PartisanshipAssessor.Assess(new SourceProfile(outlet, null, [], null, null, [], []), PartisanshipRules.Default);

        var reason = Assert.Single(verdict.Reasons);
        Assert.Equal(PartisanKind.ReliesOnParty, reason.Kind);
        Assert.Equal("relies_on_party", reason.KindName);
        Assert.StartsWith("relies on a party's claims (publisher Outlet)", reason.Summary);
        Assert.DoesNotContain("funding", reason.Summary);
        Assert.False(PartisanshipAssessor.Assess(new SourceProfile(outlet, null, [], null, null, [], []), PartisanshipRules.Default with { ReliesOnParty = false }).IsPartisan);
    }

    [Fact]
    public void Should_Say_What_The_Text_Gives_When_Provenance_Is_Unknown()
    {
        var bylined = TextMetadata.Empty with { Authors = ["Jane Doe"], CopyrightHolder = "The Daily Example" };

        var reason = Assert.Single(PartisanshipAssessor.Assess(SourceProfile.Unknown, PartisanshipRules.Default, bylined).Reasons);
        var bare = Assert.Single(PartisanshipAssessor.Assess(SourceProfile.Unknown, PartisanshipRules.Default, TextMetadata.Empty).Reasons);

        Assert.Equal(PartisanKind.UnknownProvenance, reason.Kind);
        Assert.Contains("the text gives a byline (Jane Doe) and a copyright line (The Daily Example)", reason.Summary);
        Assert.DoesNotContain("no publisher or author can be identified", reason.Summary);
        Assert.Contains("the text gives no byline, copyright line or publisher's footer", bare.Summary);
    }
}
