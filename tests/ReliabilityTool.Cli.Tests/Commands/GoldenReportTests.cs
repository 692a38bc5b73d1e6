using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ReliabilityTool.Cli.Ingestion;
using ReliabilityTool.Core.Reporting;
using ReliabilityTool.Core.Scoring;
using ReliabilityTool.Storage;
using ReliabilityTool.Tests;

using ReliabilityTool.Core.Pipeline;

namespace ReliabilityTool.Cli.Tests.Commands;

/// <summary>
/// Golden files: the seed reports as a reader gets them, kept in <c>Expectations/</c> so that any
/// change to what a fact-checker reads shows up as a diff in review. The tool version and the date
/// are passed in, so the files do not change from one day or release to the next.
/// <para>
/// After a change you mean, rewrite them with <c>UPDATE_EXPECTATIONS=1 dotnet test
/// ReliabilityTool.sln --filter GoldenReportTests</c>, then read <c>git diff tests/</c> before
/// committing.
/// </para>
/// </summary>
public sealed partial class GoldenReportTests : IClassFixture<AssessedSeeds>
{
    private const string Version = "golden";
    private static readonly DateOnly Day = new(2026, 1, 1);
    private readonly AssessedSeeds _seeds;

    public GoldenReportTests(AssessedSeeds seeds) => _seeds = seeds;

    private static string Expectations => Path.Combine(RepoPaths.Root, "tests", "ReliabilityTool.Cli.Tests", "Expectations");

    [Theory]
    [InlineData("report.md")]
    [InlineData("report-data.json")]
    [InlineData("claims.csv")]
    [InlineData("claimreview.jsonld")]
    [InlineData("assess-summary.txt")]
    public void Should_Write_The_Seed_Reports_As_The_Golden_Files_Hold_Them(string file)
    {
        // The fixture reads the seeds by absolute path: the files hold them relative to the clone, wherever it is.
        var actual = Render(file).ReplaceLineEndings("\n").Replace(RepoPaths.Root.TrimEnd('/') + "/", "", StringComparison.Ordinal);
        var path = Path.Combine(Expectations, file);
        if (Environment.GetEnvironmentVariable("UPDATE_EXPECTATIONS") == "1")
        {
            Directory.CreateDirectory(Expectations);
            File.WriteAllText(path, actual);
            return;
        }

        Assert.True(File.Exists(path), $"{path} is missing: run UPDATE_EXPECTATIONS=1 dotnet test --filter GoldenReportTests to write it.");
        var expected = File.ReadAllText(path).ReplaceLineEndings("\n");
        if (expected == actual) return;
        var (e, a) = (expected.Split('\n'), actual.Split('\n'));
        var line = Enumerable.Range(0, Math.Min(e.Length, a.Length)).FirstOrDefault(i => e[i] != a[i], Math.Min(e.Length, a.Length));
        Assert.Fail($"{file} differs from {path} first at line {line + 1}:\n  expected: {At(e, line)}\n  actual:   {At(a, line)}\n" +
                    "If the change is meant, rewrite the golden files with UPDATE_EXPECTATIONS=1 dotnet test --filter GoldenReportTests and review git diff.");
    }

    private static string At(string[] lines, int i) => i < lines.Length ? lines[i] : "(end of file)";

    private string Render(string file)
    {
        if (file == "assess-summary.txt")
        {
            // What assess printed, up to the line that names this run's temporary folder.
            Assert.Equal(0, _seeds.Result.ExitCode);
            return string.Join('\n', _seeds.Result.Out.ReplaceLineEndings("\n").Split('\n').TakeWhile(l => !l.StartsWith("Reports written to ", StringComparison.Ordinal))).TrimEnd() + "\n";
        }

        var rubricPath = Path.Combine(RepoPaths.Rubrics, "default.yaml");
        var rubric = RubricYaml.Parse("rubrics/default.yaml", File.ReadAllText(rubricPath));
        using var database = Database.Open(_seeds.Db);
        var context = new ReportContext(StoredCorpus.Rescored(database, new AssessmentPipeline(rubric)), Version, "rubrics/default.yaml");
        switch (file)
        {
            case "report.md":
                return MarkdownReportWriter.Write(context);
            case "claims.csv":
                using (var writer = new StringWriter())
                {
                    CsvClaimsWriter.Write(context, writer);
                    return writer.ToString();
                }

            case "claimreview.jsonld":
                return ClaimReviewWriter.Write(context, Day, "ReliabilityTool");
            default:
                // The data report.html renders, without the articles' own text (the seeds hold that).
                var html = HtmlReportWriter.Write(context);
                var data = JsonNode.Parse(DataBlock().Match(html).Groups[1].Value.Replace("<\\/", "</", StringComparison.Ordinal))!.AsObject();
                data.Remove("texts");
                return data.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n";
        }
    }

    [GeneratedRegex("<script id=\"data\" type=\"application/json\">(.*?)</script>", RegexOptions.Singleline)]
    private static partial Regex DataBlock();
}
