using ReliabilityTool.Core.Matching;
using ReliabilityTool.Core.Scoring;

namespace ReliabilityTool.Core.Tests.Scoring;

public sealed class IndependencePolicyTests
{
    private static CopyCluster Cluster(string? origin) =>
        new("c-1", [new CopyMember("origin", 0, "the first to publish"), new CopyMember("copy", 0, "shares 90% of its text")], origin, "published first", null);

    private static string Shown(IReadOnlyList<IndependenceGroup> groups) =>
        string.Join(" / ", groups.Select(g => $"[{string.Join(",", g.DocumentIds)}] reasons {g.Reasons.Count} origin {g.Origin ?? "-"} carriers [{string.Join(",", g.Carriers)}]"));

    [Theory]
    [InlineData(true, "origin", "copy")]
    [InlineData(true, "origin", "origin")]
    [InlineData(true, null, "copy")]
    [InlineData(false, "origin", "copy")]
    public void Should_Give_A_Lone_Carrier_The_Groups_The_Whole_Policy_Gives(bool copiesCount, string? origin, string document)
    {
        var rules = new IndependenceRules(SameOwnerGroup: true, SameAuthor: true, CopiedPassage: copiesCount);
        // A carried copy of another document is in the relations too, as a whole set's relations hold one for each.
        var relations = new DocumentRelations([], [new CarriedCopy("elsewhere", Cluster("elsewhere")), new CarriedCopy(document, Cluster(origin))]);

        Assert.Equal(Shown(IndependencePolicy.Joined([document], relations, rules)), Shown(IndependencePolicy.Groups([document], relations, rules)));
    }

    [Fact]
    public void Should_Let_The_Origin_Decide_For_A_Copy_That_Carries_Its_Story_Alone_When_Copies_Count()
    {
        var relations = new DocumentRelations([], [new CarriedCopy("copy", Cluster("origin"))]);

        var counted = IndependencePolicy.Groups(["copy"], relations, new IndependenceRules(true, true, CopiedPassage: true));
        var ignored = IndependencePolicy.Groups(["copy"], relations, new IndependenceRules(true, true, CopiedPassage: false));

        Assert.Equal("[copy] reasons 0 origin origin carriers [copy]", Shown(counted));
        Assert.Equal("[copy] reasons 0 origin - carriers []", Shown(ignored));
    }
}
