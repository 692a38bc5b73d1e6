using ReliabilityTool.Core.Text;

namespace ReliabilityTool.Core.Tests.Text;

public sealed class NumberTextTests
{
    [Theory]
    [InlineData("Report of the Joint Committee on 11 September attacks stated that 8-10 out of 14 Saudi activists", new[] { 8.0, 14 })] // the end of a range is not read
    [InlineData("On May 2nd 12 people were hurt", new[] { 12.0 })]
    [InlineData("the 1998 bombings killed 223 people", new[] { 223.0 })]
    [InlineData("at least eight of the hijackers", new[] { 8.0 })]
    public void Should_Find_Counts_But_Not_Days_Of_The_Month(string sentence, double[] expected)
    {
        var numbers = NumberText.Find(sentence, DateText.Find(sentence, null)).Select(n => n.Value).Order();

        Assert.Equal(expected, numbers);
    }
}
