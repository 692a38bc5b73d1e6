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
    [Fact]
    public void Should_Stream_Exactly_The_Report_Record_Serialised_Whole()
    {
        var assessment = new AssessmentPipeline(RubricYaml.Default).Assess(SeedAnalysis.Documents, SeedAnalysis.Claims);
        var context = new ReportContext(assessment, "9.9.9", "rubrics/default.yaml") { Skipped = [new SkippedFile("notes.bin", "not a text file")] };

        var streamed = JsonReportWriter.Write(context);

        Assert.True(streamed.Length > 1 << 17, "the seeds' report passes the size at which the writer hands a block to the file");
        Assert.Equal(JsonSerializer.Serialize(JsonReportWriter.Build(context), JsonReportWriter.Options), streamed);
        Assert.Contains("\"skipped\":[{\"file\":\"notes.bin\",\"reason\":\"not a text file\"}]", streamed);
    }
}
