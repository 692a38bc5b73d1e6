using ReliabilityTool.Core.Documents;
using ReliabilityTool.Core.Sources;

namespace ReliabilityTool.Core.Tests.Documents;

/// <summary>The ordinary wire and syndication credit lines, and lines that only look like them.</summary>
public sealed class CreditsTests
{
    private static Document Article(string body) =>
        new HeuristicDocumentExtractor().Extract("x", "x.txt", $"A headline for the piece\n\nBy Jane Roe\n\n{body}\n", "sha");

    [Theory]
    [InlineData("WASHINGTON (Reuters) - The Senate passed the bill on Friday after a long debate over its cost.", "Reuters", CreditKind.Wire)]
    [InlineData("SAN JUAN, Puerto Rico (AP) — Power returned to most homes on Sunday, officials said.", "Associated Press", CreditKind.Wire)]
    [InlineData("(AFP) – Floods swept through the lowlands overnight, the ministry said.", "Agence France-Presse", CreditKind.Wire)]
    [InlineData("LONDON (Daily Courier) — A fire closed the station for most of the day.", "Daily Courier", CreditKind.Wire)]
    [InlineData("The ministry said the talks would resume next week. — AFP", "Agence France-Presse", CreditKind.Wire)]
    [InlineData("The Associated Press contributed to this report.", "Associated Press", CreditKind.Wire)]
    [InlineData("This article originally appeared in The Conversation.", "The Conversation", CreditKind.Original)]
    [InlineData("Republished with permission of Foreign Policy.", "Foreign Policy", CreditKind.Original)]
    [InlineData("A version of this story first ran in the Harbour Herald on Monday.", "Harbour Herald", CreditKind.Original)]
    public void Should_Recognise_The_Credit_And_Keep_The_Line_As_Its_Basis(string line, string upstream, CreditKind kind)
    {
        // The credit stands in an opening paragraph, as a dateline does, or closes one, as a trailing credit does.
        var document = Article($"The first paragraph sets the scene for what follows.\n\n{line}\n\nA closing paragraph says more about what happened and why it matters to readers.");

        var credit = Assert.Single(document.FromText.Credits);
        Assert.Equal(upstream, credit.Upstream);
        Assert.Equal(kind, credit.Kind);
        Assert.Equal(line, document.Text[credit.Start..credit.End]);
    }

    [Fact]
    public void Should_Credit_The_Reporters_Of_A_Wire_Report_And_Keep_The_Line_Out_Of_The_Article()
    {
        var document = Article("Talks ended without a deal on Tuesday, both delegations said.\n\nReporting by Anna Berg; Editing by Tom Hale");

        var credit = Assert.Single(document.FromText.Credits);
        Assert.Equal("wire report by Anna Berg", credit.Upstream);
        Assert.Contains(document.Segments, s => s.Kind == SegmentKind.PublisherNote && s.Reason == "wire or syndication credit line");
        Assert.DoesNotContain(document.Body, s => document.SliceOf(s).StartsWith("Reporting by", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("The report was first published by the Ministry of Defence in 2019, and it was later withdrawn.")]
    [InlineData("The Islamic Revolutionary Guard Corps (IRGC) — the country's most powerful force — denied it.")]
    [InlineData("Officials said the decision was final. — a spokesman")]
    [InlineData("Reporters from three papers contributed to the inquiry that followed.")]
    [InlineData("Originally published in Nature, the study found that the reef had lost a third of its coral.")]
    [InlineData("First posted on Telegram by the militia, the video shows the bridge after the strike.")]
    public void Should_Not_Take_Article_Prose_For_A_Credit_Line(string line)
    {
        var document = Article($"{line}\n\nA second paragraph says more about what happened and why it matters to readers.");

        Assert.Empty(document.FromText.Credits);
    }

    [Fact]
    public void Should_Add_The_Credit_To_The_Provenance_Beside_What_Sources_Yaml_Says()
    {
        var document = Article("WASHINGTON (Reuters) - The Senate passed the bill on Friday after a long debate over its cost.");
        var catalog = new SourceCatalog("sources.yaml", [], [], [], [new DocumentEntry("x", null, [], null, null, [new Fact("reposted from a news site", "public record")], 1, 1)
        {
            Upstream = [new Fact("Reuters", "the site's syndication page")],
        }]);

        var merged = SourceMerger.Merge(document, catalog);

        Assert.Contains(merged.Source.Provenance, f => f.Value == "reposted from a news site");
        Assert.Contains(merged.Source.Provenance, f => f.Value == "carries the wire copy of Reuters" && f.Basis.Contains("(Reuters) -", StringComparison.Ordinal));
        Assert.Single(merged.Credits, c => c.Key == Credits.KeyOf("Reuters"));
    }
}
