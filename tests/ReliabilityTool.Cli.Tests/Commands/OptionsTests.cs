using ReliabilityTool.Tests;

namespace ReliabilityTool.Cli.Tests.Commands;

/// <summary>One spelling and one meaning for the options a user types on every command.</summary>
public sealed class OptionsTests : IClassFixture<AssessedSeeds>
{
    private readonly AssessedSeeds _seeds;

    public OptionsTests(AssessedSeeds seeds) => _seeds = seeds;

    [Theory]
    [InlineData("assess")]
    [InlineData("add")]
    [InlineData("report")]
    [InlineData("ingest")]
    [InlineData("rubric", "check")]
    public void Should_Take_Quiet_Db_And_Verbose_On_Every_Command_That_Does_Work(params string[] command)
    {
        var help = Cli.Run([.. command, "--help"]).Out;

        Assert.Contains("-q, --quiet", help);
        Assert.Contains("--db <db>", help);
        Assert.Contains("-v, --verbose", help);
    }

    [Fact]
    public void Should_Print_Nothing_But_Write_The_Reports_With_Report_Quiet()
    {
        var result = Cli.Run("report", "-q", "--db", _seeds.Db, "--out", _seeds.Out + "-quiet");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("", result.Out);
        Assert.True(File.Exists(Path.Combine(_seeds.Out + "-quiet", "report.md")));
    }

    [Fact]
    public void Should_Print_Every_Rubric_Error_Under_Rubric_Check()
    {
        using var folder = new TempFolder();
        var bad = folder.Write("bad.yaml", File.ReadAllText(Path.Combine(RepoPaths.Rubrics, "default.yaml"))
            .Replace("court_ruling: 35", "court_ruling: -35").Replace("hedged: -10", "hedged: 10"));

        var result = Cli.Run("rubric", "check", bad);

        Assert.Equal(ExitCodes.BadConfiguration, result.ExitCode);
        Assert.Contains("bad.yaml:49:19: 'court_ruling' is -35; a primary document adds points, so its points must be 0 or more", result.Error);
        Assert.Contains("bad.yaml:63:11: 'hedged' is 10; a penalty takes points away", result.Error);
        Assert.Contains("2 errors; fix them all, then run again.", result.Error);
    }
}
