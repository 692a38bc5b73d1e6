using System.Text.RegularExpressions;
using ReliabilityTool.Tests;

namespace ReliabilityTool.Cli.Tests.Commands;

/// <summary>
/// An editor's rubric change, seen without re-analysing: <c>report --rubric</c> on an archive
/// assessed with another rubric rescores the stored analysis, and must give exactly what a whole
/// <c>assess</c> under the new rubric gives.
/// </summary>
public sealed partial class ReportCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData("strict")]
    [InlineData("admiralty")]
    public void Should_Rescore_A_Stored_Assessment_Under_Another_Rubric_As_Assess_Would(string rubric)
    {
        var file = Path.Combine(RepoPaths.Rubrics, rubric + ".yaml");
        var db = _folder.File("default.db");
        Assert.Equal(0, Cli.Run("assess", RepoPaths.Seeds, "--db", db, "--out", _folder.File("default"), "--quiet").ExitCode);
        Assert.Equal(0, Cli.Run("assess", RepoPaths.Seeds, "--rubric", file, "--db", _folder.File("whole.db"), "--out", _folder.File("whole"), "--quiet").ExitCode);

        var result = Cli.Run("report", "--rubric", file, "--db", db, "--out", _folder.File("rescored"));

        Assert.Equal(0, result.ExitCode);
        foreach (var report in new[] { "report.json", "report.md", "report.html", "claims.csv", "claimreview.jsonld" })
            Assert.True(Same(report), $"{report} rescored under {rubric} differs from a whole assess under it");
        Assert.False(File.ReadAllText(_folder.File("default/report.json")) == File.ReadAllText(_folder.File("rescored/report.json")), "the rubric changed nothing");
    }

    [Fact]
    public void Should_Apply_A_Rubric_That_Switches_Independence_Rules_Off_Without_Re_Matching()
    {
        var file = _folder.Write("lenient.yaml", File.ReadAllText(Path.Combine(RepoPaths.Rubrics, "default.yaml"))
            .Replace("same_owner_group: true", "same_owner_group: false").Replace("copied_passage: true", "copied_passage: false"));
        var db = _folder.File("default.db");
        Assert.Equal(0, Cli.Run("assess", RepoPaths.Seeds, "--db", db, "--out", _folder.File("default"), "--quiet").ExitCode);
        Assert.Equal(0, Cli.Run("assess", RepoPaths.Seeds, "--rubric", file, "--db", _folder.File("whole.db"), "--out", _folder.File("whole"), "--quiet").ExitCode);

        Assert.Equal(0, Cli.Run("report", "--rubric", file, "--db", db, "--out", _folder.File("rescored")).ExitCode);

        foreach (var report in new[] { "report.json", "report.md", "report.html", "claims.csv", "claimreview.jsonld" })
            Assert.True(Same(report), $"{report} rescored with independence rules off differs from a whole assess with them off");
        Assert.DoesNotContain("same owner group:", File.ReadAllText(_folder.File("rescored/report.json")));
        Assert.Contains("same owner group:", File.ReadAllText(_folder.File("default/report.json")));
    }

    [Fact]
    public void Should_Ask_For_Assess_When_The_Rubric_Changes_The_Lexicon()
    {
        var db = _folder.File("default.db");
        Assert.Equal(0, Cli.Run("assess", RepoPaths.Seeds, "--db", db, "--out", _folder.File("default"), "--quiet").ExitCode);
        var hedgier = _folder.Write("hedgier.yaml", File.ReadAllText(Path.Combine(RepoPaths.Rubrics, "default.yaml")).Replace("hedges: [reportedly, allegedly, purportedly]", "hedges: [reportedly, allegedly, purportedly, seemingly]"));

        var result = Cli.Run("report", "--rubric", hedgier, "--db", db, "--out", _folder.File("rescored"));

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains("claims were extracted with another lexicon than the one", result.Error);
        Assert.Contains($"--rubric {hedgier}", result.Error);
        Assert.False(Directory.Exists(_folder.File("rescored")));
    }

    /// <summary>The same file, but for the review date, which is the day each command ran (the two may straddle midnight).</summary>
    private bool Same(string report)
    {
        string Read(string folder) => Dated().Replace(File.ReadAllText(Path.Combine(_folder.File(folder), report)), "DATE");
        return Read("whole") == Read("rescored");
    }

    [GeneratedRegex(@"\b\d{4}-\d{2}-\d{2}\b")]
    private static partial Regex Dated();
}
