namespace ReliabilityTool.Core.Reporting;

/// <summary>
/// How much of an archive the reports meant for people show. report.json and claims.csv hold
/// everything; report.md, report.html and claimreview.jsonld list the most urgent assertions
/// first and stop where a reader would, saying how many they left out.
/// </summary>
internal static class ReportLimits
{
    /// <summary>Assertions listed in each section of report.md.</summary>
    public const int ListedAssertions = 500;

    /// <summary>Assertions embedded in report.html (with their claims and documents): a page a browser opens in a second.</summary>
    public const int PageAssertions = 2000;

    /// <summary>ClaimReview entries: the ones a fact-checker would publish first.</summary>
    public const int ClaimReviews = 2000;
}
