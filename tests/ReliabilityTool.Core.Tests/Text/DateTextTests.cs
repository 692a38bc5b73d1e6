using ReliabilityTool.Core.Text;

namespace ReliabilityTool.Core.Tests.Text;

public sealed class DateTextTests
{
    [Theory]
    [InlineData("January 12, 2021", "2021-01-12")]
    [InlineData("Nov 29, 2021", "2021-11-29")]
    [InlineData("12 January 2021", "2021-01-12")]
    public void Should_Parse_A_Date_Standing_Alone(string text, string expected)
    {
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), DateText.ParseStandalone(text));
    }

    [Theory]
    [InlineData("killed in Tehran on Aug. 7, 2020.", "2020-08-07")]
    [InlineData("On the 28th of November 2011, the local court", "2011-11-28")]
    [InlineData("On November 28, 2011 a U.S. District court", "2011-11-28")]
    [InlineData("between 1992 and 1996, several officials met", "1992/1996")]
    [InlineData("• 1992-1996 Iranian regime emissary", "1992/1996")]
    [InlineData("in the May 2003 attacks in Saudi Arabia", "2003-05")]
    [InlineData("On 30th may 2018 Muhammed Jawad Larejani said", "2018-05-30")]
    public void Should_Normalise_Dates_In_A_Sentence(string text, string expected)
    {
        Assert.Contains(expected, DateText.Find(text, null).Select(d => d.Value));
    }

    [Fact]
    public void Should_Read_Last_Year_Against_The_Publication_Date()
    {
        var dates = DateText.Find("in Tehran on Aug. 7 last year.", new DateOnly(2021, 1, 12));

        Assert.Contains("2020-08-07", dates.Select(d => d.Value));
    }

    [Fact]
    public void Should_Take_The_Year_Of_A_Timeline_Item_For_A_Date_Without_One()
    {
        var dates = DateText.Find("• 2020 Abdullah Ahmed Abdullah reportedly slain in Tehran on Aug. 7 along with his daughter", new DateOnly(2021, 1, 12));

        Assert.Contains("2020-08-07", dates.Select(d => d.Value));
    }

    [Fact]
    public void Should_Not_Read_Money_Or_Counts_As_Years()
    {
        Assert.Empty(DateText.Find("a reward of $2,000 and 1,998 people", null));
    }
}
