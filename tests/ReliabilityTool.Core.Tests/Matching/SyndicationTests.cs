using System.Globalization;
using ReliabilityTool.Core.Claims;
using ReliabilityTool.Core.Documents;
using ReliabilityTool.Core.Matching;
using ReliabilityTool.Core.Pipeline;
using ReliabilityTool.Core.Scoring;
using ReliabilityTool.Core.Sources;
using ReliabilityTool.Tests;

namespace ReliabilityTool.Core.Tests.Matching;

/// <summary>A story printed by many outlets is one source, however many print it; a shared footer is not a shared story.</summary>
public sealed class SyndicationTests
{
    private static Document Copy(int n, DateOnly published, bool trimmed, bool partisan)
    {
        var paragraphs = HarbourStory.Paragraphs.Take(trimmed ? HarbourStory.Paragraphs.Length / 2 + 1 : HarbourStory.Paragraphs.Length).ToList();
        // Light editing, as copying outlets do: a word changed here and there.
        if (n % 3 == 1) paragraphs[1] = paragraphs[1].Replace("smaller", "much smaller", StringComparison.Ordinal);
        if (n % 4 == 2) paragraphs[^1] = paragraphs[^1].Replace("barley", "barley crop", StringComparison.Ordinal);
        var text = $"Grain terminal closure: edition {n} of the harbour story\n\n{published.ToString("MMMM d, yyyy", CultureInfo.InvariantCulture)}\n\n"
                   + string.Join("\n\n", paragraphs)
                   + $"\n\nThe Outlet {n} Gazette has served readers of district {n} since {1900 + n} and is delivered every morning except Sunday.\n";
        var id = $"copy-{n:D3}";
        var document = new HeuristicDocumentExtractor().Extract(id, id + ".txt", text, "sha-" + id);
        var owner = new OwnerGroup($"owner-{n}", $"Owner Group {n}", [], [], partisan ? [new Fact("aligned with a party to the story", "test")] : [], []);
        var publisher = new Publisher($"pub-{n}", $"Outlet {n} Gazette", owner.Id, [], [], [], []);
        var catalog = new SourceCatalog("sources.yaml", [owner], [publisher], [], [new DocumentEntry(id, publisher.Id, [], published, null, [], 1, 1)]);
        return SourceMerger.Merge(document, catalog);
    }

    private static Assessment Assess(IReadOnlyList<Document> documents)
    {
        var claims = documents.SelectMany(new SentenceClaimExtractor(Lexicon.Default).Extract).ToList();
        return new AssessmentPipeline(RubricYaml.Default).Assess(documents, claims);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(12)]
    [InlineData(60)]
    [InlineData(200)]
    public void Should_Count_Every_Copy_Of_A_Partisan_Story_As_One_Source_However_Many_Outlets_Print_It(int copies)
    {
        var first = new DateOnly(2020, 1, 1);
        var documents = Enumerable.Range(0, copies).Select(n => Copy(n, first.AddDays(n), trimmed: n % 5 == 4, partisan: n == 0)).ToList();

        var assessment = Assess(documents);

        var cluster = Assert.Single(assessment.Analysis.Clusters);
        Assert.Equal(copies, cluster.Members.Count);
        Assert.Equal("copy-000", cluster.Origin);
        Assert.Contains("earliest dated copy (2020-01-01)", cluster.OriginBasis, StringComparison.Ordinal);
        var story = assessment.Analysis.Assertions.Where(a => a.DocumentIds.Count > 1).ToList();
        Assert.True(story.Count >= 8, $"the story's sentences should be assertions carried by several copies; found {story.Count}");
        foreach (var assertion in story)
        {
            var card = assessment.CardOf(assertion);
            var group = Assert.Single(card.Groups);
            Assert.Equal("copy-000", group.Origin);
            Assert.Contains(Flags.SinglePartisanSource, card.FlagNames);
            Assert.Contains("does not become neutral because other outlets reprint it", card.Flags[0].Why, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Should_Not_Flag_A_Neutral_Story_Because_A_Partisan_Outlet_Reprinted_It()
    {
        var first = new DateOnly(2020, 1, 1);
        var documents = Enumerable.Range(0, 4).Select(n => Copy(n, first.AddDays(n), trimmed: false, partisan: n == 3)).ToList();

        var assessment = Assess(documents);

        var assertion = assessment.Analysis.Assertions.First(a => a.DocumentIds.Count == 4);
        Assert.Equal(["copy-003"], assessment.CardOf(assertion).Groups[0].Carriers.Where(c => c == "copy-003"));
        Assert.DoesNotContain(Flags.SinglePartisanSource, assessment.CardOf(assertion).FlagNames);
    }

    [Fact]
    public void Should_Say_So_When_No_Date_Or_Provenance_Names_The_Origin()
    {
        var documents = Enumerable.Range(0, 3).Select(n => Copy(n, new DateOnly(2020, 1, 1), trimmed: false, partisan: false)).ToList();

        var cluster = Assert.Single(Assess(documents).Analysis.Clusters);

        Assert.Null(cluster.Origin);
        Assert.StartsWith("origin unknown: 3 copies share the earliest date", cluster.OriginBasis, StringComparison.Ordinal);
    }

    private static Document Article(string id, string text, string publisher)
    {
        var document = new HeuristicDocumentExtractor().Extract(id, id + ".txt", text, "sha-" + id);
        var owner = new OwnerGroup("o-" + publisher, "Owner of " + publisher, [], [], [], []);
        var pub = new Publisher("p-" + publisher, publisher, owner.Id, [], [], [], []);
        return SourceMerger.Merge(document, new SourceCatalog("sources.yaml", [owner], [pub], [], [new DocumentEntry(id, pub.Id, [], null, null, [], 1, 1)]));
    }

    private const string Disclaimer =
        "The views expressed in this article are those of the author and do not necessarily reflect the editorial policy of this newspaper or its owners.";

    private const string Footer =
        "Sign up for our morning briefing to receive the day's most important stories from the region straight to your inbox every weekday morning.";

    [Fact]
    public void Should_Not_Join_Documents_That_Share_Only_A_Footer_A_Disclaimer_Or_Page_Chrome()
    {
        var a = Article("a", $"Terminal closes\n\nThe grain terminal at the eastern quay will close for eleven months, the harbour authority said on Tuesday.\n\nFarmers in the valley said nobody had asked them, and that their own barns could not hold a full harvest this year.\n\n{Disclaimer}\n\n{Footer}\n\nRelated Articles\n", "North Post");
        var b = Article("b", $"Quay shutdown\n\nPort Anselm's eastern grain quay is to shut for nearly a year while engineers rebuild its cracked silos, officials announced.\n\nHauliers warned that queues at the western terminal would grow longer during the harvest.\n\n{Disclaimer}\n\n{Footer}\n\nRelated Articles\n", "South Herald");
        var c = Article("c", $"Harbour works\n\nThe eastern grain terminal will be closed for eleven months, the harbour authority confirmed this week.\n\nShipping agents expect freight rates to rise while vessels wait to load elsewhere.\n\n{Disclaimer}\n\n{Footer}\n", "West Times");

        var assessment = Assess([a, b, c]);

        Assert.Empty(assessment.Analysis.Clusters);
        Assert.Empty(assessment.Analysis.Reuse);
        var closure = assessment.Analysis.Assertions.Single(x => x.DocumentIds.Count >= 2 && x.Summary.Contains("eleven months", StringComparison.Ordinal));
        Assert.Equal(closure.DocumentIds.Count, assessment.CardOf(closure).Groups.Count);
    }

    [Fact]
    public void Should_Treat_Two_Documents_Quoting_One_Primary_Document_As_Quotation_Not_Reuse()
    {
        const string ruling = "\"The authority failed in its duty to inspect the silos at the intervals the law requires, and the closure of the terminal is therefore lawful and necessary.\"";
        var a = Article("a", $"Court backs closure\n\nThe regional court ruled on Monday in favour of the harbour authority. In its judgment the court wrote: {ruling}\n\nFarmers said they would appeal.\n", "North Post");
        var b = Article("b", $"Judges side with port\n\nA ruling published on Monday settles the dispute over the grain terminal. The judges found: {ruling}\n\nHauliers said the decision came too late.\n", "South Herald");

        var assessment = Assess([a, b]);

        Assert.Empty(assessment.Analysis.Reuse);
        Assert.Empty(assessment.Analysis.Clusters);
    }

    [Fact]
    public void Should_Not_Let_A_Partisan_Outlet_Decide_Another_Story_Because_Both_Credit_One_Wire()
    {
        var partisan = Copy(0, new DateOnly(2020, 1, 1), trimmed: false, partisan: true);
        var crediting = Article("x", "Farm bill passes\n\nWASHINGTON (AP) — The Senate passed the farm bill on Friday after a long debate over subsidies for dairy farmers.\n", "North Post");
        var x = partisan with { Text = crediting.Text, Segments = crediting.Segments, FromText = crediting.FromText, Source = partisan.Source with { Credits = crediting.FromText.Credits } };
        var y = Article("y", "Museum reopens\n\nLYON (AP) — The city museum reopened its east wing on Saturday after two years of repairs to the roof and the old galleries.\n", "South Herald");
        var z = Article("z", "East wing open again\n\nLYON (AP) — The city museum reopened its east wing on Saturday after two years of repairs to the roof and the galleries.\n", "West Times");

        var assessment = Assess([x, y, z]);

        var museum = assessment.Analysis.Assertions.Single(a => a.DocumentIds.SequenceEqual(["y", "z"]));
        Assert.Null(Assert.Single(assessment.CardOf(museum).Groups).Origin);
        Assert.DoesNotContain(Flags.SinglePartisanSource, assessment.CardOf(museum).FlagNames);
        Assert.Null(Assert.Single(assessment.Analysis.Clusters).Origin);
    }

    [Fact]
    public void Should_Put_Documents_That_Credit_One_Wire_In_One_Group_Even_When_Rewritten()
    {
        var a = Article("a", "Closure confirmed\n\nPORT ANSELM (Reuters) - The grain terminal at the eastern quay will close for eleven months, the harbour authority said on Tuesday.\n\nFarmers objected to the plan.\n", "North Post");
        var b = Article("b", "Terminal to shut\n\nThe eastern quay's grain terminal is set to close for eleven months, the harbour authority said on Tuesday, in a move farmers say will hurt them.\n\nReporting by Anna Berg; Editing by Tom Hale\n\nReuters contributed to this report.\n", "South Herald");

        var assessment = Assess([a, b]);

        Assert.Equal("Reuters", Assert.Single(a.Credits).Upstream);
        Assert.Contains(b.Credits, c => c.Upstream == "Reuters");
        var cluster = Assert.Single(assessment.Analysis.Clusters);
        Assert.Equal("Reuters", cluster.Upstream);
        var closure = assessment.Analysis.Assertions.Single(x => x.DocumentIds.Count == 2);
        var group = Assert.Single(assessment.CardOf(closure).Groups);
        Assert.Contains(group.Reasons, r => r.Text.StartsWith("same wire: a, b carry the copy of Reuters", StringComparison.Ordinal));

        Document[] both = [a, b];
        var off = new AssessmentPipeline(RubricYaml.Default with { Independence = IndependenceRules.Default with { SameWire = false } })
            .Assess(both, both.SelectMany(new SentenceClaimExtractor(Lexicon.Default).Extract).ToList());
        Assert.Equal(2, off.CardOf(off.Analysis.Assertions.Single(x => x.DocumentIds.Count == 2)).Groups.Count);
    }
}
