using System.Text.Json;
using ReliabilityTool.Tests;

namespace ReliabilityTool.Cli.Tests.Commands;

/// <summary>The README's main command, run for real on the seeds; the reports checked as a reader and a program would.</summary>
public sealed class AssessCommandTests : IClassFixture<AssessedSeeds>
{
    private readonly AssessedSeeds _seeds;

    public AssessCommandTests(AssessedSeeds seeds) => _seeds = seeds;

    [Fact]
    public void Should_Write_All_Five_Reports_And_Print_The_Summary()
    {
        Assert.Equal(0, _seeds.Result.ExitCode);
        foreach (var file in new[] { "report.json", "report.md", "report.html", "claims.csv", "claimreview.jsonld" })
            Assert.True(new FileInfo(Path.Combine(_seeds.Out, file)).Length > 1000, file);
        Assert.Contains("single partisan source", _seeds.Result.Out);
        Assert.Matches(@"│ 5 \(5 new or changed\)\s*│ \d+\s*│ \d+\s*│ \d+\s*│ 11\s*│", _seeds.Result.Out);
    }

    [Fact]
    public void Should_Not_Reprocess_Unchanged_Files()
    {
        var again = Cli.Run("assess", RepoPaths.Seeds, "--rubric", Path.Combine(RepoPaths.Rubrics, "default.yaml"), "--out", _seeds.Out + "-again", "--db", _seeds.Db);

        Assert.Equal(0, again.ExitCode);
        Assert.Contains("5 (0 new or changed)", again.Out);
        Assert.Equal(File.ReadAllText(Path.Combine(_seeds.Out, "report.json")), File.ReadAllText(Path.Combine(_seeds.Out + "-again", "report.json")));
    }

    [Fact]
    public void Should_Exit_With_The_Flagged_Code_When_Asked_To_Fail_On_Flags()
    {
        var result = Cli.Run("assess", RepoPaths.Seeds, "--out", _seeds.Out + "-flag", "--db", _seeds.Db, "--quiet", "--fail-on-flag");

        Assert.Equal(ExitCodes.Flagged, result.ExitCode);
        Assert.Equal("", result.Out);
    }

    [Fact]
    public void Should_Refuse_A_Bad_Rubric_Before_Doing_Any_Work()
    {
        var bad = Path.Combine(_seeds.Out + "-bad", "bad.yaml");
        Directory.CreateDirectory(Path.GetDirectoryName(bad)!);
        File.WriteAllText(bad, "name: x\ngrades:\n  - { label: a, min: 0, max: 50 }\n  - { label: b, min: 40, max: 100 }\n");

        var result = Cli.Run("assess", RepoPaths.Seeds, "--rubric", bad, "--out", _seeds.Out + "-bad/out", "--db", _seeds.Db);

        Assert.Equal(ExitCodes.BadConfiguration, result.ExitCode);
        Assert.Contains("bad.yaml:4:5: grade bands overlap", result.Error);
        Assert.False(Directory.Exists(_seeds.Out + "-bad/out"));
    }

    [Fact]
    public void Should_Open_Report_Md_With_Single_Partisan_Source_Assertions_And_Their_Reasons()
    {
        var md = File.ReadAllText(Path.Combine(_seeds.Out, "report.md"));
        var section = md[md.IndexOf("## Assertions that depend on a single partisan source", StringComparison.Ordinal)..md.IndexOf("## All assertions by grade", StringComparison.Ordinal)];

        Assert.StartsWith("## Assertions that depend on a single partisan source", md[md.IndexOf("## ", StringComparison.Ordinal)..]);
        Assert.Contains("According to intelligence reports received by Iranian Opposition represented by Mujahedi Khalk", section);
        Assert.Contains("declared advocacy (publisher The Middle East and North Africa Media Monitor)", section);
        Assert.Contains("**What would corroborate it:**", section);
        Assert.Contains("Many members of Al-Qaeda and its affiliated groups found they had no choice", section);
        // Supported by independent groups or a primary document: not in the section.
        Assert.DoesNotContain("Several of the 9/11 hijackers transited Iran", section[..section.IndexOf("### Single partisan source, but citing", StringComparison.Ordinal)]);
        Assert.DoesNotContain("resulted in the assassination of Al-Qaeda commander", section);
    }

    [Fact]
    public void Should_Write_Source_Cards_And_Reuse_In_Report_Md()
    {
        var md = File.ReadAllText(Path.Combine(_seeds.Out, "report.md"));

        Assert.Contains("### 004_9b73190adbc7682c: The Future Of Iran’s Ties With Al-Qaeda Under New US President", md);
        Assert.Contains("affiliation: founder and head of Rasanah", md);
        Assert.Matches(@"\*\*Its \d+ claims:\*\* \d+% hedged, \d+% primary-backed, \d+% single-source, \d+% copied", md);
        Assert.Contains("**003_a3ff147797a93eea** reproduces **004_9b73190adbc7682c**: 8 passages", md);
    }

    [Fact]
    public void Should_Write_Claims_Csv_One_Row_Per_Claim()
    {
        var rows = File.ReadAllLines(Path.Combine(_seeds.Out, "claims.csv"));
        var report = JsonDocument.Parse(File.ReadAllText(Path.Combine(_seeds.Out, "report.json"))).RootElement;

        Assert.StartsWith("claim,document,start,end,kind,check_worthy,hedges,evidence,evidence_class,assertion,grade,score,primary_backing,flags,text", rows[0]);
        Assert.True(rows.Length - 1 >= report.GetProperty("claims").GetArrayLength());
    }

    [Fact]
    public void Should_Write_A_ClaimReview_For_Each_Assertion()
    {
        var jsonld = JsonDocument.Parse(File.ReadAllText(Path.Combine(_seeds.Out, "claimreview.jsonld"))).RootElement;
        var report = JsonDocument.Parse(File.ReadAllText(Path.Combine(_seeds.Out, "report.json"))).RootElement;
        var reviews = jsonld.GetProperty("@graph").EnumerateArray().ToList();

        Assert.Equal("https://schema.org", jsonld.GetProperty("@context").GetString());
        Assert.Equal(report.GetProperty("assertions").GetArrayLength(), reviews.Count);
        Assert.All(reviews, r =>
        {
            Assert.Equal("ClaimReview", r.GetProperty("@type").GetString());
            Assert.True(r.GetProperty("claimReviewed").GetString()!.Length < 75);
            Assert.NotEmpty(r.GetProperty("itemReviewed").GetProperty("appearance").EnumerateArray());
            Assert.InRange(r.GetProperty("reviewRating").GetProperty("ratingValue").GetInt32(), 1, 5);
            Assert.False(string.IsNullOrEmpty(r.GetProperty("reviewRating").GetProperty("alternateName").GetString()));
        });
    }
}

/// <summary>Runs <c>assess</c> on the seeds once for the class.</summary>
public sealed class AssessedSeeds : IDisposable
{
    private readonly TempFolder _folder = new();

    public AssessedSeeds()
    {
        Db = _folder.File("r.db");
        Out = _folder.File("out");
        Result = Cli.Run("assess", RepoPaths.Seeds, "--rubric", Path.Combine(RepoPaths.Rubrics, "default.yaml"), "--out", Out, "--db", Db);
    }

    public string Db { get; }
    public string Out { get; }
    public CliResult Result { get; }

    public void Dispose() => _folder.Dispose();
}
