using System.Globalization;
using ReliabilityTool.Core.Pipeline;
using ReliabilityTool.Core.Reporting;
using ReliabilityTool.Core.Scoring;
using ReliabilityTool.Core.Tests.Matching;

namespace ReliabilityTool.Core.Tests.Reporting;

public sealed class CsvClaimsWriterTests
{
    private static readonly Lazy<ReportContext> Seeds = new(() =>
        new ReportContext(new AssessmentPipeline(RubricYaml.Default).Assess(SeedAnalysis.Documents, SeedAnalysis.Claims), "9.9.9", "rubrics/default.yaml"));

    /// <summary>
    /// Rows are written in chunks on every core and joined: the file is the one a single chunk makes,
    /// a row per claim in claim order. (The golden claims.csv test of the command holds the bytes
    /// themselves to a file made before the rows were chunked.)
    /// </summary>
    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    public void Should_Join_Rows_Written_In_Chunks_Into_The_File_One_Writer_Makes(int chunk)
    {
        var context = Seeds.Value;
        var claims = context.Assessment.Claims;

        var whole = Written(context, claims.Count);
        var chunked = Written(context, chunk);

        Assert.Equal(whole, chunked);
        var lines = chunked.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("claim,document,start,end,kind,", lines[0]);
        // Quoted text may hold line breaks: count rows by their leading claim id instead.
        Assert.Equal(claims.Select(c => c.Id), lines.Skip(1).Where(l => claims.Any(c => l.StartsWith(c.Id + ",", StringComparison.Ordinal))).Select(l => l[..l.IndexOf(',', StringComparison.Ordinal)]));
    }

    private static string Written(ReportContext context, int chunk)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        CsvClaimsWriter.Write(context, writer, chunk);
        return writer.ToString();
    }
}
