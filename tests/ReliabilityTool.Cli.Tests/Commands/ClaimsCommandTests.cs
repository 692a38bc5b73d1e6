using System.Text.Json;
using ReliabilityTool.Tests;

namespace ReliabilityTool.Cli.Tests.Commands;

public sealed class ClaimsCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private string Db => _folder.File("r.db");

    public void Dispose() => _folder.Dispose();

    private JsonElement[] Claims(params string[] filters)
    {
        var result = Cli.Run(["claims", "--format", "json", "--db", Db, .. filters]);
        Assert.Equal(0, result.ExitCode);
        return JsonDocument.Parse(result.Out).RootElement.EnumerateArray().ToArray();
    }

    [Fact]
    public void Should_List_The_Claims_Of_The_Ingested_Seeds_With_Their_Spans()
    {
        Cli.Run("ingest", RepoPaths.Seeds, "--db", Db);

        var claims = Claims();

        Assert.True(claims.Length > 400, $"{claims.Length} claims");
        foreach (var claim in claims.Take(50))
        {
            var text = RepoPaths.ReadSeed(claim.GetProperty("document_id").GetString()!);
            Assert.Equal(text[claim.GetProperty("start").GetInt32()..claim.GetProperty("end").GetInt32()], claim.GetProperty("text").GetString());
        }
    }

    [Fact]
    public void Should_Filter_Claims_As_Asked()
    {
        Cli.Run("ingest", RepoPaths.Seeds, "--db", Db);

        var hedged = Claims("--hedged", "--document", "000_a932271a348b754b");
        var recommendations = Claims("--kind", "recommendation");
        var anonymous = Claims("--evidence", "anonymous");

        Assert.Contains(hedged, c => c.GetProperty("text").GetString()!.Contains("Sheikh Nomani reportedly met"));
        Assert.All(hedged, c => Assert.NotEmpty(c.GetProperty("hedges").EnumerateArray()));
        Assert.All(recommendations, c => Assert.Equal("recommendation", c.GetProperty("kind").GetString()));
        Assert.Contains(recommendations, c => c.GetProperty("text").GetString()!.StartsWith("Thus, this regime should be confronted", StringComparison.Ordinal));
        Assert.All(anonymous, c => Assert.Contains(c.GetProperty("evidence").EnumerateArray(), e => e.GetProperty("class").GetString() == "anonymous"));
    }

    [Fact]
    public void Should_Reject_An_Unknown_Kind()
    {
        var result = Cli.Run("claims", "--kind", "rumour", "--db", Db);

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("rumour", result.Error + result.Out);
    }
}
