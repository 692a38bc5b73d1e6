using ReliabilityTool.Core.Claims;
using ReliabilityTool.Core.Documents;
using ReliabilityTool.Core.Reporting;
using ReliabilityTool.Core.Scoring;

namespace ReliabilityTool.Core.Tests.Reporting;

/// <summary>The reports print enum values in lower case from a table made once: every value must read as its name does.</summary>
public sealed class EnumTextTests
{
    [Fact]
    public void Should_Print_Every_Value_The_Reports_Print_As_Its_Name_In_Lower_Case()
    {
        Assert.All(Enum.GetValues<ClaimKind>(), v => Assert.Equal(v.ToString().ToLowerInvariant(), EnumText.Lower(v)));
        Assert.All(Enum.GetValues<EvidenceClass>(), v => Assert.Equal(v.ToString().ToLowerInvariant(), EnumText.Lower(v)));
        Assert.All(Enum.GetValues<PrimaryBacking>(), v => Assert.Equal(v.ToString().ToLowerInvariant(), EnumText.Lower(v)));
        Assert.All(Enum.GetValues<CreditKind>(), v => Assert.Equal(v.ToString().ToLowerInvariant(), EnumText.Lower(v)));
        Assert.Equal("factual", EnumText.Lower(ClaimKind.Factual));
    }

    [Fact]
    public void Should_Print_A_Value_Outside_The_Enum_As_Its_Number()
    {
        Assert.Equal("42", EnumText.Lower((ClaimKind)42));
    }
}
