using System.Text.Json;
using ReliabilityTool.Core.Claims;
using ReliabilityTool.Core.Documents;
using ReliabilityTool.Core.Text;
using ReliabilityTool.Tests;

namespace ReliabilityTool.Core.Tests.Claims;

public sealed class ClaimSharingTests
{
    private static IReadOnlyList<Claim> SeedClaims()
    {
        var extractor = new SentenceClaimExtractor(Lexicon.Default);
        string[] seeds = ["000_a932271a348b754b", "002_ed3d10d6aa1a326f"];
        return seeds
            .SelectMany(id => extractor.Extract(new HeuristicDocumentExtractor().Extract(id, id, RepoPaths.ReadSeed(id), "sha")))
            .ToList();
    }

    /// <summary>Each claim as read back from storage: fresh strings and lists, nothing shared.</summary>
    private static IReadOnlyList<Claim> ReadBack(IEnumerable<Claim> claims) =>
        claims.Select(c => JsonSerializer.Deserialize<Claim>(JsonSerializer.Serialize(c))!).ToList();

    /// <summary>Every occurrence of the reason most claims give ("a specific number (+1.88)").</summary>
    private static List<string> MostRepeatedReason(IEnumerable<Claim> claims) =>
        claims.SelectMany(c => c.CheckWorthyReasons).GroupBy(r => r, StringComparer.Ordinal).MaxBy(g => g.Count())!.ToList();

    [Fact]
    public void Should_Keep_Every_Value_Of_A_Claim_When_Sharing_Its_Strings()
    {
        var pool = new StringPool();
        foreach (var claim in ReadBack(SeedClaims()))
            Assert.Equal(JsonSerializer.Serialize(claim), JsonSerializer.Serialize(ClaimSharing.Share(claim, pool)));
    }

    [Fact]
    public void Should_Share_The_Strings_Repeated_Across_Claims_Read_Back()
    {
        var pool = new StringPool();
        var claims = ReadBack(SeedClaims()).Select(c => ClaimSharing.Share(c, pool)).ToList();

        var reasons = MostRepeatedReason(claims);
        var documentIds = claims.Select(c => c.DocumentId).Where(d => d == "002_ed3d10d6aa1a326f").ToList();

        Assert.True(reasons.Count > 1);
        Assert.All(reasons, r => Assert.Same(reasons[0], r));
        Assert.All(documentIds, d => Assert.Same(documentIds[0], d));
    }

    [Fact]
    public void Should_Hold_One_Instance_Of_A_Reason_Or_Name_Repeated_Across_Claims()
    {
        var claims = SeedClaims();

        var reasons = MostRepeatedReason(claims);
        var keys = claims.SelectMany(c => c.Details.Entities).GroupBy(e => e.Key).First(g => g.Count() > 1).ToList();

        Assert.True(reasons.Count > 1);
        Assert.All(reasons, r => Assert.Same(reasons[0], r));
        Assert.All(keys, e => Assert.Same(keys[0].Key, e.Key));
    }

    [Fact]
    public void Should_Give_Claims_Without_Details_The_One_Empty_Details()
    {
        var bare = SeedClaims().Where(c => c.Details.Entities.Count + c.Details.Dates.Count + c.Details.Numbers.Count == 0).ToList();

        Assert.NotEmpty(bare);
        Assert.All(bare, c => Assert.Same(ClaimDetails.Empty, c.Details));
    }
}
