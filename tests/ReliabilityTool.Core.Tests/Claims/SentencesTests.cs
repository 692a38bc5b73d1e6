using ReliabilityTool.Core.Claims;

namespace ReliabilityTool.Core.Tests.Claims;

public sealed class SentencesTests
{
    private static List<string> Split(string text) =>
        Sentences.Split(text, 0, text.Length).Select(s => text[s.Start..s.End]).ToList();

    [Theory]
    [InlineData("The U.S. Treasury acted. It named three men.", 2)]
    [InlineData("Dr. Rafizadeh wrote it. Arab News ran it.", 2)]
    [InlineData("He was killed on Aug. 7 in Tehran. Iran denied it.", 2)]
    [InlineData("On Nov. 14, 2020, outlets reported it.", 1)]
    [InlineData("al-Qaeda’s No.2 Abdullah was killed.", 1)]
    [InlineData("Judge John D. Bates ruled that Iran was liable. The ruling ran to 45 pages.", 2)]
    [InlineData("Is this new? No, it is not.", 2)]
    public void Should_End_Sentences_Only_Where_They_End(string text, int expected)
    {
        Assert.Equal(expected, Split(text).Count);
    }

    [Fact]
    public void Should_Keep_A_Short_Quotation_Of_Several_Sentences_In_One_Claim()
    {
        var text = "Allahkaram said: “They were in Bosnia. They were connected to us.” Then he left.";

        Assert.Equal(["Allahkaram said: “They were in Bosnia. They were connected to us.”", "Then he left."], Split(text));
    }

    [Fact]
    public void Should_Keep_The_Speaker_Who_Follows_A_Quotation()
    {
        var text = "“We used to hold regular meetings.” Jawad Mansouri added. Later it closed.";

        Assert.Equal(["“We used to hold regular meetings.” Jawad Mansouri added.", "Later it closed."], Split(text));
    }

    [Fact]
    public void Should_Split_A_Long_Quotation_And_Mark_Its_Sentences_As_Quoted()
    {
        var inner = string.Concat(Enumerable.Repeat("Iran is ready to help him with money and weapons. ", 15));
        var text = $"Abu Hafes says: “{inner.TrimEnd()}” The end.";

        var spans = Sentences.Split(text, 0, text.Length);

        Assert.True(spans.Count > 10);
        Assert.False(spans[0].InsideQuotation);
        Assert.True(spans[5].InsideQuotation);
    }

    [Fact]
    public void Should_Point_Every_Span_At_The_Original_Text()
    {
        var text = "  First one.  Second one!\nThird?";

        var spans = Sentences.Split(text, 0, text.Length);

        Assert.Equal(["First one.", "Second one!", "Third?"], spans.Select(s => text[s.Start..s.End]));
    }
}
