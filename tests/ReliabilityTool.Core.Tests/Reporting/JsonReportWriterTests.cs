using System.Text.Json;
using ReliabilityTool.Core.Documents;
using ReliabilityTool.Core.Pipeline;
using ReliabilityTool.Core.Reporting;
using ReliabilityTool.Core.Scoring;
using ReliabilityTool.Core.Tests.Matching;

namespace ReliabilityTool.Core.Tests.Reporting;

public sealed class JsonReportWriterTests
{
    /// <summary>
    /// report.json is streamed field by field with generated code; the contract is the Report record.
    /// A field added to the record but not to the stream, or written in another order, fails here.
    /// </summary>
    /// <remarks>
    /// Claims and assertions are serialised in chunks on every core and joined: at one entry a
    /// chunk, a few, or the default, the joins must not show.
    /// </remarks>
    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(InChunks.DefaultSize)]
    public void Should_Stream_Exactly_The_Report_Record_Serialised_Whole(int chunk)
    {
        var assessment = new AssessmentPipeline(RubricYaml.Default).Assess(SeedAnalysis.Documents, SeedAnalysis.Claims);
        var context = new ReportContext(assessment, "9.9.9", "rubrics/default.yaml") { Skipped = [new SkippedFile("notes.bin", "not a text file")] };

        using var output = new MemoryStream();
        JsonReportWriter.Write(context, output, chunk);
        var streamed = System.Text.Encoding.UTF8.GetString(output.ToArray());

        Assert.True(streamed.Length > 1 << 17, "the seeds' report passes the size at which the writer hands a block to the file");
        Assert.Equal(JsonSerializer.Serialize(JsonReportWriter.Build(context), JsonReportWriter.Options), streamed);
        Assert.Contains("\"skipped\":[{\"file\":\"notes.bin\",\"reason\":\"not a text file\"}]", streamed);
    }
}
