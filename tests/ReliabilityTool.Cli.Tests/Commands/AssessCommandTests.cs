using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
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
        Assert.Matches(@"│ documents\s*│\s*5 │ articles read", _seeds.Result.Out);
        Assert.Matches(@"│ reused passages\s*│\s*11 │ passages one document reproduces from another", _seeds.Result.Out);
        Assert.Contains("5 of the 5 documents were new or changed.", _seeds.Result.Out);
    }

    /// <summary>
    /// The summary assess prints, report.md's summary table and report.html's give one set of
    /// counts in one set of words, and the counts are what report.json holds.
    /// </summary>
    [Fact]
    public void Should_Give_The_Same_Counts_In_The_Same_Words_Everywhere()
    {
        var printed = Regex.Matches(_seeds.Result.Out, @"│ (?<name>[^│]+?)\s*│\s*(?<value>\d+) │ (?<counts>[^│]+?)\s*│")
            .Select(m => (m.Groups["name"].Value, int.Parse(m.Groups["value"].Value, CultureInfo.InvariantCulture), m.Groups["counts"].Value)).ToList();
        var md = File.ReadAllText(Path.Combine(_seeds.Out, "report.md"));
        var summary = md[md.IndexOf("## Summary", StringComparison.Ordinal)..md.IndexOf("| document |", StringComparison.Ordinal)];
        var markdown = Regex.Matches(summary, @"^\| (?<name>[^|]+) \| (?<value>\d+) \| (?<counts>[^|]+) \|$", RegexOptions.Multiline)
            .Select(m => (m.Groups["name"].Value, int.Parse(m.Groups["value"].Value, CultureInfo.InvariantCulture), m.Groups["counts"].Value)).ToList();
        var html = File.ReadAllText(Path.Combine(_seeds.Out, "report.html"));
        var data = JsonDocument.Parse(Regex.Match(html, "<script id=\"data\" type=\"application/json\">(.*?)</script>", RegexOptions.Singleline).Groups[1].Value).RootElement;
        var page = data.GetProperty("summary").GetProperty("counts").EnumerateArray()
            .Select(c => (c.GetProperty("name").GetString()!, c.GetProperty("value").GetInt32(), c.GetProperty("counts").GetString()!)).ToList();

        Assert.Equal(9, printed.Count);
        Assert.Equal(printed, markdown);
        Assert.Equal(printed, page);

        var report = JsonDocument.Parse(File.ReadAllText(Path.Combine(_seeds.Out, "report.json"))).RootElement;
        var assertions = report.GetProperty("assertions").EnumerateArray().ToList();
        int Count(string name) => printed.Single(p => p.Item1 == name).Item2;
        Assert.Equal(report.GetProperty("claims").GetArrayLength(), Count("claims"));
        Assert.Equal(report.GetProperty("claims").EnumerateArray().Count(c => c.GetProperty("check_worthy").GetDouble() >= 0.5), Count("check-worthy claims"));
        Assert.Equal(assertions.Count, Count("assertions"));
        Assert.Equal(assertions.Count(a => a.GetProperty("flags").EnumerateArray().Any(f => f.GetString() == "single_partisan_source")), Count("single partisan source"));
    }

    [Fact]
    public void Should_Lead_Report_Md_With_A_Summary_And_Headline_That_Fit_On_A_Page()
    {
        var lines = File.ReadAllLines(Path.Combine(_seeds.Out, "report.md"));
        var end = Array.FindIndex(lines, l => l.StartsWith("… and ", StringComparison.Ordinal) && l.Contains("single-partisan-source assertions are listed below", StringComparison.Ordinal));

        Assert.InRange(end, 20, 80); // the summary and the headline, with its "and N more", within one screen
        var headline = lines[..end].SkipWhile(l => !l.StartsWith("## Check these first", StringComparison.Ordinal)).Where(l => Regex.IsMatch(l, @"^\d+\. ")).ToList();
        Assert.Equal(15, headline.Count); // the default rubric's report.headline
        var flagged = int.Parse(Regex.Match(lines[end], @"all (\d+) single").Groups[1].Value, CultureInfo.InvariantCulture);
        Assert.Contains($"… and {flagged - 15} more", lines[end]);
        // Each headline entry links to its full entry below, which exists.
        var text = string.Join('\n', lines);
        foreach (var id in headline.Select(l => Regex.Match(l, @"\(#(a-[0-9a-f]+)\)$").Groups[1].Value))
            Assert.Contains($"<a id=\"{id}\"></a>", text);
    }

    [Fact]
    public void Should_Not_Reprocess_Unchanged_Files()
    {
        var again = Cli.Run("assess", RepoPaths.Seeds, "--rubric", Path.Combine(RepoPaths.Rubrics, "default.yaml"), "--out", _seeds.Out + "-again", "--db", _seeds.Db);

        Assert.Equal(0, again.ExitCode);
        Assert.Contains("0 of the 5 documents were new or changed.", again.Out);
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

        // The summary, then the headline, then the full list.
        Assert.Equal(["## Summary", "## Check these first: assertions that depend on a single partisan source", "## Assertions that depend on a single partisan source"],
            md.Split('\n').Where(l => l.StartsWith("## ", StringComparison.Ordinal)).Take(3));
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
        var firstClaim = report.GetProperty("assertions").EnumerateArray().ToDictionary(
            a => a.GetProperty("id").GetString()!,
            a => report.GetProperty("claims").EnumerateArray().First(c => c.GetProperty("id").GetString() == a.GetProperty("claims")[0].GetString()).GetProperty("text").GetString()!);
        Assert.All(reviews, r =>
        {
            Assert.Equal("ClaimReview", r.GetProperty("@type").GetString());
            AssertCutAtAWordBoundary(r.GetProperty("claimReviewed").GetString()!, firstClaim[r.GetProperty("identifier").GetString()!]);
            Assert.NotEmpty(r.GetProperty("itemReviewed").GetProperty("appearance").EnumerateArray());
            Assert.InRange(r.GetProperty("reviewRating").GetProperty("ratingValue").GetInt32(), 1, 5);
            Assert.False(string.IsNullOrEmpty(r.GetProperty("reviewRating").GetProperty("alternateName").GetString()));
            Assert.StartsWith("Machine assessment by ReliabilityTool under the rubric 'default'", r.GetProperty("reviewRating").GetProperty("ratingExplanation").GetString());
            // Without --base-url there is no url to give, and no relative path or file path stands in for one.
            Assert.False(r.TryGetProperty("url", out _));
            Assert.All(r.GetProperty("itemReviewed").GetProperty("appearance").EnumerateArray(), a => Assert.False(a.TryGetProperty("url", out _)));
        });
        Assert.True(reviews.Count(r => r.GetProperty("claimReviewed").GetString()!.Length < 75) >= reviews.Count * 0.85);
    }

    /// <summary>The review is the start of the sentence (a leading "However," may go), cut where a word ends and a phrase can.</summary>
    private static void AssertCutAtAWordBoundary(string reviewed, string sentence)
    {
        var whole = string.Join(' ', sentence.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries));
        if (!reviewed.Contains('…')) return;
        var head = reviewed[..reviewed.IndexOf('…')];
        var at = whole.IndexOf(head[1..], StringComparison.Ordinal) - 1; // the first letter may have been capitalised
        Assert.True(at >= 0, $"'{reviewed}' is not cut from '{whole}'");
        var next = whole[at + head.Length];
        Assert.True(!char.IsLetterOrDigit(next), $"'{reviewed}' ends inside a word of '{whole}'");
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
