using ReliabilityTool.Core.Claims;

namespace ReliabilityTool.Core.Tests.Claims;

public sealed class ClaimIndexTests
{
    private static Claim ClaimOf(string id) => new(id, "doc", 0, 10, "It happened.", ClaimKind.Factual, 0.5, [], [], [], ClaimDetails.Empty);

    [Fact]
    public void Should_Index_A_Fixed_List_Once()
    {
        var claims = new FixedClaims([ClaimOf("c1"), ClaimOf("c2")]);

        var first = ClaimIndex.Of(claims);

        Assert.Same(first, ClaimIndex.Of(claims));
        Assert.Equal("c2", first["c2"].Id);
    }

    /// <summary>A list its caller can still change, even behind a read-only view, is indexed afresh each time, so a claim added since is found.</summary>
    [Fact]
    public void Should_Index_A_List_Its_Caller_Can_Change_Afresh()
    {
        var claims = new List<Claim> { ClaimOf("c1") };
        var view = claims.AsReadOnly();
        Assert.Single(ClaimIndex.Of(claims));
        Assert.Single(ClaimIndex.Of(view));

        claims.Add(ClaimOf("c2"));

        Assert.Equal("c2", ClaimIndex.Of(claims)["c2"].Id);
        Assert.Equal("c2", ClaimIndex.Of(view)["c2"].Id);
    }
}
