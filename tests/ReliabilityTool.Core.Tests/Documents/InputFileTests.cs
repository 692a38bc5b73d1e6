using ReliabilityTool.Core.Documents;

namespace ReliabilityTool.Core.Tests.Documents;

public sealed class InputFileTests
{
    [Fact]
    public void Should_Refuse_An_Empty_File_Naming_It()
    {
        var e = Assert.Throws<InputException>(() => InputFile.Decode("in/empty.txt", "\n  \n"u8.ToArray()));

        Assert.Contains("in/empty.txt", e.Message);
        Assert.Contains("empty", e.Message);
    }

    [Fact]
    public void Should_Refuse_A_Binary_File_Naming_It()
    {
        var e = Assert.Throws<InputException>(() => InputFile.Decode("in/photo.txt", [0x89, 0x50, 0x4E, 0x47, 0x00, 0x01]));

        Assert.Contains("in/photo.txt", e.Message);
        Assert.Contains("binary", e.Message);
    }

    [Fact]
    public void Should_Refuse_Text_That_Is_Not_Utf8_With_Its_Line_And_Column()
    {
        // "Caf\xE9" in Windows-1252 on the second line.
        byte[] bytes = [.. "first line\nCaf"u8.ToArray(), 0xE9, (byte)'\n'];

        var e = Assert.Throws<InputException>(() => InputFile.Decode("in/latin1.txt", bytes));

        Assert.Contains("in/latin1.txt:2:4", e.Message);
        Assert.Contains("not valid UTF-8", e.Message);
        Assert.Contains("UTF-8", e.Message);
    }

    [Fact]
    public void Should_Drop_A_Byte_Order_Mark_So_Offsets_Start_At_The_Text()
    {
        Assert.Equal("Hello.", InputFile.Decode("a.txt", [0xEF, 0xBB, 0xBF, .. "Hello."u8.ToArray()]));
    }

    [Theory]
    [InlineData("in/._story.txt", "a hidden file")]
    [InlineData("in/~$story.docx", "lock file")]
    [InlineData("in/scan.pdf", "pdftotext")]
    public void Should_Say_Why_A_File_Is_Not_Read(string path, string why)
    {
        Assert.Contains(why, InputFile.WhySkipped(path));
    }

    [Fact]
    public void Should_Read_Articles_In_Every_Supported_Format()
    {
        Assert.All(new[] { "a.txt", "a.md", "a.html", "a.htm", "a.docx" }, f => Assert.Null(InputFile.WhySkipped(f)));
    }
}
