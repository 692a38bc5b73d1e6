using ReliabilityTool.Core.Text;

namespace ReliabilityTool.Core.Tests.Text;

public sealed class NamedDaysTests
{
    [Theory]
    [InlineData("after the 7/7 bombings in London", "day0707")]
    [InlineData("the 26/11 attacks on Mumbai", "day1126")]
    [InlineData("victims of the September 11 attacks", "day0911")]
    [InlineData("victims of 11 September attacks", "day0911")]
    [InlineData("the 11th of March 2004 bombings", "day0311")]
    [InlineData("Since March 11, the city has mourned.", "day0311")]
    [InlineData("before the 9/11 hijackings", "day0911")]
    [InlineData("since the 9-11 attacks", "day0911")]
    public void Should_Read_A_Day_Used_As_An_Event_Name_As_One_Token(string text, string token)
    {
        Assert.Contains(token, Features.Of(text));
    }

    [Theory]
    [InlineData("The store is open 24/7 to all.")]
    [InlineData("About 3/4 of voters agreed.")]
    [InlineData("On 11 September 2001 the price rose.")]
    [InlineData("The court will hear the case on March 11 in Denver.")]
    [InlineData("Shares fell on 11/30/2021, a Tuesday.")]
    [InlineData("Since January 1, 2020, prices have risen.")]
    [InlineData("Critics rated it 4/5 stars.")]
    [InlineData("He won 7/5 in the tie-break.")]
    [InlineData("On ٣/١١ bombs exploded.")]
    public void Should_Leave_A_Plain_Date_Or_Fraction_A_Date_Or_A_Fraction(string text)
    {
        Assert.DoesNotContain(Features.Of(text), NamedDays.IsToken);
    }

    [Fact]
    public void Should_Write_Every_Form_Of_One_Named_Day_Alike()
    {
        var forms = new[] { "the 9/11 attacks", "the September 11 attacks", "the 11 September attacks", "after September 11, they fled" }
            .Select(t => Features.Of(t).Single(NamedDays.IsToken)).Distinct().ToList();

        Assert.Equal(["day0911"], forms);
    }
}
