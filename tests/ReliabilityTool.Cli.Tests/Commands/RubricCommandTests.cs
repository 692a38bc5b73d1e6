using System.Text.RegularExpressions;
using ReliabilityTool.Tests;

namespace ReliabilityTool.Cli.Tests.Commands;

public sealed class RubricCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Should_Accept_The_Three_Shipped_Rubrics()
    {
        var result = Cli.Run(["rubric", "check", .. Directory.GetFiles(RepoPaths.Rubrics, "*.yaml").Order()]);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(3, result.Out.Split('\n').Count(l => l.StartsWith("ok: ", StringComparison.Ordinal)));
    }

    [Fact]
    public void Should_Reject_A_Bad_Rubric_Naming_File_Line_And_Column()
    {
        var bad = _folder.Write("bad.yaml", File.ReadAllText(Path.Combine(RepoPaths.Rubrics, "default.yaml")).Replace("same_author: true", "same_autor: true"));

        var result = Cli.Run("rubric", "check", bad);

        Assert.Equal(ExitCodes.BadConfiguration, result.ExitCode);
        Assert.Contains("bad.yaml:32:3: unknown key 'same_autor'", result.Error);
        Assert.Contains("Did you mean 'same_author'?", result.Error);
    }

    [Fact]
    public void Should_Refuse_To_Ingest_With_A_Bad_Rubric_And_Store_Nothing()
    {
        var db = _folder.File("r.db");
        var bad = _folder.Write("bad.yaml", "name: x\ngrades: []\n");

        var result = Cli.Run("ingest", RepoPaths.Seeds, "--rubric", bad, "--db", db);

        Assert.Equal(ExitCodes.BadConfiguration, result.ExitCode);
        Assert.Contains("bad.yaml:2:1: a rubric needs 'grades'", result.Error);
        Assert.Contains("No documents stored yet", Cli.Run("documents", "--db", db).Out);
    }

    [Fact]
    public void Should_Diff_Default_And_Strict_Over_The_Stored_Seeds()
    {
        var db = _folder.File("r.db");
        Cli.Run("ingest", RepoPaths.Seeds, "--db", db);

        var result = Cli.Run("rubric", "diff", Path.Combine(RepoPaths.Rubrics, "default.yaml"), Path.Combine(RepoPaths.Rubrics, "strict.yaml"), "--db", db);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("grades are compared by band", result.Out);
        Assert.Matches(@"\d+ assertions change between 'default' .* and 'strict'", result.Out);
        Assert.Contains("corroboration: 20 → 15", result.Out);
    }

    [Fact]
    public void Should_Diff_A_Stored_Assessment_Without_Analysing_It_Again()
    {
        var db = _folder.File("r.db");
        Assert.Equal(0, Cli.Run("assess", RepoPaths.Seeds, "--db", db, "--out", _folder.File("out"), "--quiet").ExitCode);

        var result = Cli.Run("rubric", "diff", Path.Combine(RepoPaths.Rubrics, "default.yaml"), Path.Combine(RepoPaths.Rubrics, "strict.yaml"), "--db", db);

        Assert.Equal(0, result.ExitCode);
        Assert.DoesNotContain("extracted and matched again", result.Out);
        Assert.DoesNotContain("analyse it afresh", result.Out);
        Assert.Contains("corroboration: 20 → 15", result.Out);
    }

    [Fact]
    public void Should_List_The_Most_Consequential_Changes_First_Up_To_The_Limit()
    {
        var db = _folder.File("r.db");
        Assert.Equal(0, Cli.Run("assess", RepoPaths.Seeds, "--db", db, "--out", _folder.File("out"), "--quiet").ExitCode);
        string[] diff = ["rubric", "diff", Path.Combine(RepoPaths.Rubrics, "default.yaml"), Path.Combine(RepoPaths.Rubrics, "strict.yaml"), "--db", db];

        var all = Cli.Run([.. diff, "--limit", "0"]);
        var three = Cli.Run([.. diff, "--limit", "3"]);
        var negative = Cli.Run([.. diff, "--limit", "-1"]);

        var total = int.Parse(Regex.Match(all.Out, @"(\d+) assertions change between").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.DoesNotContain("more (listed:", all.Out);
        Assert.Contains($"… and {total - 3} more (listed: the 3 that gain or lose a single-partisan-source flag first", three.Out);
        Assert.Equal(3, Regex.Count(three.Out, @"a-[0-9a-f]{10}"));
        Assert.NotEqual(0, negative.ExitCode);
        Assert.Contains("--limit must be 0", negative.Error);
    }

    [Fact]
    public void Should_Say_When_A_Rubric_Changes_The_Lexicon_And_Analyse_For_It()
    {
        var db = _folder.File("r.db");
        Assert.Equal(0, Cli.Run("assess", RepoPaths.Seeds, "--db", db, "--out", _folder.File("out"), "--quiet").ExitCode);
        var hedgier = _folder.Write("hedgier.yaml", File.ReadAllText(Path.Combine(RepoPaths.Rubrics, "default.yaml")).Replace("hedges: [reportedly, allegedly, purportedly]", "hedges: [reportedly, allegedly, purportedly, reported]"));

        var result = Cli.Run("rubric", "diff", Path.Combine(RepoPaths.Rubrics, "default.yaml"), hedgier, "--db", db);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("hedgier.yaml changes the lexicon the archive was assessed with", result.Out);
        Assert.Contains("+hedged", result.Out);
    }
}
