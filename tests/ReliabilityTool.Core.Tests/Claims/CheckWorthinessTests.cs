using ReliabilityTool.Core.Claims;
using ReliabilityTool.Core.Learning;

namespace ReliabilityTool.Core.Tests.Claims;

public sealed class CheckWorthinessTests
{
    private static readonly SentenceClaimExtractor Extractor = new(Lexicon.Default);

    private static double Score(string sentence) => CheckWorthiness.Default.Score(Extractor.CheckWorthinessFeaturesOf(sentence)).Score;

    [Theory]
    [InlineData("Unemployment fell from 7.8 percent in 2012 to 4.7 percent in 2016.")]
    [InlineData("The city council voted 7-2 on Tuesday to cut the police budget by $12 million.")]
    [InlineData("Exports to Canada doubled between 2001 and 2010, according to the Commerce Department.")]
    public void Should_Score_A_Specific_Factual_Claim_Above_The_Threshold(string sentence)
    {
        Assert.True(Score(sentence) >= 0.5, $"{Score(sentence):0.00}");
    }

    [Theory]
    [InlineData("Thank you very much, and good evening.")]
    [InlineData("I think we can do better than this.")]
    [InlineData("What would you do about it?")]
    public void Should_Score_Courtesies_Views_And_Questions_Below_The_Threshold(string sentence)
    {
        Assert.True(Score(sentence) < 0.5, $"{Score(sentence):0.00}");
    }

    [Fact]
    public void Should_Name_A_Debate_Name_Only_As_A_Name()
    {
        var features = Extractor.CheckWorthinessFeaturesOf("Senator Obama voted against the bill in 2007.");

        Assert.DoesNotContain(features.Keys, f => f.Contains("obama", StringComparison.OrdinalIgnoreCase));
        Assert.Contains("person", features.Keys);
        Assert.Contains("w:vote", features.Keys);
        Assert.Contains("date", features.Keys);
    }

    [Fact]
    public void Should_Give_Reasons_In_Words_With_How_Far_Each_Moved_The_Score()
    {
        var (_, reasons) = CheckWorthiness.Default.Score(Extractor.CheckWorthinessFeaturesOf("Unemployment fell to 4.7 percent in 2016."));

        Assert.Equal(3, reasons.Count);
        Assert.Contains(reasons, r => r.StartsWith("a specific number (+", StringComparison.Ordinal));
        Assert.DoesNotContain(reasons, r => r.Contains("w:", StringComparison.Ordinal) || r.Contains("b:", StringComparison.Ordinal));
    }

    [Fact]
    public void Should_Learn_A_Separable_Rule_And_Read_Back_What_It_Wrote()
    {
        var examples = Enumerable.Range(0, 200)
            .Select(i => new Example(new Dictionary<string, double> { [i % 2 == 0 ? "number" : "w:think"] = 1, ["w:the"] = 1 }, i % 2 == 0))
            .ToList();

        var model = new LogisticRegression(MinCount: 1).Fit(examples);
        var writer = new StringWriter();
        model.Write(writer, ["a note"]);
        var read = LinearModel.Read(new StringReader(writer.ToString()));

        Assert.True(read.Probability(new Dictionary<string, double> { ["number"] = 1, ["w:the"] = 1 }) > 0.9);
        Assert.True(read.Probability(new Dictionary<string, double> { ["w:think"] = 1, ["w:the"] = 1 }) < 0.1);
        Assert.Equal(model.Bias, read.Bias, 4);
        Assert.StartsWith("# a note", writer.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Should_Reject_A_Weights_Line_Without_A_Weight_With_Its_Line_Number()
    {
        var error = Assert.Throws<FormatException>(() => LinearModel.Read(new StringReader("# note\nbias\t0.1\nnumber\n")));

        Assert.StartsWith("line 3:", error.Message, StringComparison.Ordinal);
    }
}
