using ReliabilityTool.Core.Claims;

namespace ReliabilityTool.Core.Tests.Claims;

public sealed class ClaimIndexTests
{
    private static Claim ClaimOf(string id) => new(id, "doc", 0, 10, "It happened.", ClaimKind.Factual, 0.5, [], [], [], ClaimDetails.Empty);

    [Fact]
    public void Should_Index_A_Read_Only_List_Once()
    {
        var claims = new List<Claim> { ClaimOf("c1"), ClaimOf("c2") }.AsReadOnly();

        var first = ClaimIndex.Of(claims);

        Assert.Same(first, ClaimIndex.Of(claims));
        Assert.Equal("c2", first["c2"].Id);
    }

    /// <summary>A list its caller can still change is indexed afresh each time, so a claim added since is found.</summary>
    [Fact]
    public void Should_Index_A_List_Its_Caller_Can_Change_Afresh()
    {
        var claims = new List<Claim> { ClaimOf("c1") };
        Assert.Single(ClaimIndex.Of(claims));

        claims.Add(ClaimOf("c2"));

        Assert.Equal("c2", ClaimIndex.Of(claims)["c2"].Id);
    }
}
