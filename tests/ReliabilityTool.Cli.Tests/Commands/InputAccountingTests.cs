using System.Text;
using System.Text.Json;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using ReliabilityTool.Tests;

namespace ReliabilityTool.Cli.Tests.Commands;

/// <summary>Every file of an input accounted for: read (UTF-16, Word), or listed as skipped with why, or refused with what to do.</summary>
public sealed class InputAccountingTests : IDisposable
{
    private const string Story = "Officials said the bridge over the Varna river collapsed on 3 March 2024, killing 14 people.\n\nThe ministry announced that an inquiry would report within 60 days.\n";
    private readonly TempFolder _folder = new();

    [Fact]
    public void Should_Read_Utf16_And_Word_Articles_And_List_Every_File_It_Skips()
    {
        _folder.Write("in/plain.txt", "Bridge collapse\n\n" + Story);
        File.WriteAllBytes(_folder.File("in/utf16.txt"), [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes("Inquiry opened\n\nThe mayor’s office said 200 homes were evacuated.\n")]);
        WriteDocx(_folder.File("in/word.docx"), "Word article", "The regional council voted 31 to 9 on Tuesday to close the bridge.");
        File.WriteAllBytes(_folder.File("in/scan.pdf"), Encoding.ASCII.GetBytes("%PDF-1.4\n%fake\n"));

        var result = Cli.Run("assess", _folder.File("in"), "--out", _folder.File("out"), "--db", _folder.File("r.db"));

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Contains("1 file was not read:", result.Out);
        Assert.Contains("skipped: ", result.Out);
        Assert.Contains("scan.pdf: .pdf is not a supported format", result.Out);
        Assert.Matches(@"│ skipped files\s*│\s*1 │", result.Out);
        var report = JsonDocument.Parse(File.ReadAllText(_folder.File("out/report.json"))).RootElement;
        var skipped = Assert.Single(report.GetProperty("skipped").EnumerateArray());
        Assert.EndsWith("scan.pdf", skipped.GetProperty("file").GetString());
        Assert.Contains("pdftotext", skipped.GetProperty("reason").GetString());
        var texts = report.GetProperty("claims").EnumerateArray().Select(c => c.GetProperty("text").GetString()!).ToList();
        Assert.Contains(texts, t => t.Contains("200 homes were evacuated", StringComparison.Ordinal));
        Assert.Contains(texts, t => t.Contains("voted 31 to 9 on Tuesday", StringComparison.Ordinal));
        Assert.Equal(["plain", "utf16", "word"], report.GetProperty("documents").EnumerateArray().Select(d => d.GetProperty("id").GetString()).Order());
    }

    [Fact]
    public void Should_Refuse_A_File_Above_The_Size_Limit_Naming_The_Limit_And_How_To_Raise_It()
    {
        _folder.Write("in/plain.txt", "Bridge collapse\n\n" + Story);
        _folder.Write("in/huge.txt", "Dump\n\n" + string.Concat(Enumerable.Repeat(Story, 1_400_000 / Story.Length)));

        var refused = Cli.Run("assess", _folder.File("in"), "--out", _folder.File("out"), "--db", _folder.File("r.db"), "--max-file-mb", "1");

        Assert.Equal(ExitCodes.BadInput, refused.ExitCode);
        Assert.Contains("huge.txt: the file is 1.3 MB, above the 1 MB limit for one article", refused.Error);
        Assert.Contains("--max-file-mb 2", refused.Error);
        Assert.Contains("Input:MaxFileMegabytes", refused.Error);
        Assert.Equal("[]", Cli.Snapshot(_folder.File("r.db")).Trim());
    }

    [Theory]
    [InlineData("--rubric", "no-such-rubric.yaml", "no such rubric file")]
    [InlineData("--sources", "no-such-sources.yaml", "no such sources file")]
    public void Should_Exit_With_The_Configuration_Code_For_A_Missing_Configuration_File(string option, string file, string message)
    {
        _folder.Write("in/plain.txt", "Bridge collapse\n\n" + Story);

        var result = Cli.Run("assess", _folder.File("in"), "--out", _folder.File("out"), "--db", _folder.File("r.db"), option, _folder.File(file));

        Assert.Equal(ExitCodes.BadConfiguration, result.ExitCode);
        Assert.Contains($"{file}: {message}", result.Error);
    }

    [Fact]
    public void Should_Leave_The_Database_As_It_Was_When_The_Reports_Cannot_Be_Written()
    {
        _folder.Write("in/plain.txt", "Bridge collapse\n\n" + Story);
        var blocked = _folder.Write("out-is-a-file", "not a folder");

        var result = Cli.Run("assess", _folder.File("in"), "--out", blocked, "--db", _folder.File("r.db"));

        Assert.NotEqual(0, result.ExitCode);
        Assert.DoesNotContain("One or more errors occurred", result.Error);
        Assert.Equal("[]", Cli.Snapshot(_folder.File("r.db")).Trim());
    }

    private static void WriteDocx(string path, params string[] paragraphs)
    {
        using var word = WordprocessingDocument.Create(path, WordprocessingDocumentType.Document);
        var main = word.AddMainDocumentPart();
        main.Document = new Document(new Body(paragraphs.Select(p => (OpenXmlElement)new Paragraph(new Run(new Text(p))))));
        main.Document.Save();
    }

    public void Dispose() => _folder.Dispose();
}
