using System.Text.Json;
using ReliabilityTool.Core.Documents;
using ReliabilityTool.Core.Matching;
using ReliabilityTool.Core.Pipeline;
using ReliabilityTool.Core.Scoring;
using ReliabilityTool.Core.Tests.Matching;
using ReliabilityTool.Tests;

namespace ReliabilityTool.Core.Tests.Pipeline;

/// <summary>
/// The pipeline's three runs on the seeds, without SQLite: an archive of four seed articles takes
/// in the fifth (004, whose passages 003 reproduces) as a whole assess would, and a stored analysis
/// rescored under another rubric gives the cards a whole assess under it gives.
/// </summary>
public sealed class AssessmentPipelineTests
{
    private const string Added = "004_9b73190adbc7682c";

    private static readonly Lazy<(Assessment Four, Assessment Five)> Runs = new(() =>
    {
        var pipeline = new AssessmentPipeline(RubricYaml.Default);
        var four = SeedAnalysis.Documents.Where(d => d.Id != Added).ToList();
        return (pipeline.Assess(four, SeedAnalysis.Claims.Where(c => c.DocumentId != Added).ToList()), pipeline.Assess(SeedAnalysis.Documents, SeedAnalysis.Claims));
    });

    /// <summary>The default rubric with one more hedge word: its claims differ, so an analysis made with the default lexicon cannot serve it.</summary>
    private static Rubric OtherLexicon => RubricYaml.Default with { Lexicon = RubricYaml.Default.Lexicon with { Hedges = [.. RubricYaml.Default.Lexicon.Hedges, "perchance"] } };

    private static Document Fifth => SeedAnalysis.Documents.Single(d => d.Id == Added);

    [Fact]
    public void Should_Add_An_Article_To_An_Archive_In_Memory_As_A_Whole_Assess_Would()
    {
        var archive = InMemoryArchive.Of(Runs.Value.Four);

        var report = new AssessmentPipeline(RubricYaml.Default).Add(archive, [Fifth]);

        Assert.Equal([Added], report.Added.Select(d => d.Id));
        var whole = Runs.Value.Five;
        // The copy 003 made of 004 is found by looking up fingerprints, as the whole run finds it.
        Assert.Contains(report.Reuse, r => r.From == Added && r.To == "003_a3ff147797a93eea");
        Assert.Equal(whole.Analysis.Reuse.Count(r => r.From == Added || r.To == Added), report.Reuse.Count);
        // Every assertable claim of the new article lands in exactly one assertion the add made or changed.
        var update = report.Update!;
        var addedClaims = SeedAnalysis.Claims.Where(c => c.DocumentId == Added && c.IsAssertion).Select(c => c.Id).Order().ToList();
        Assert.Equal(addedClaims, update.Matched.Select(m => m.ClaimId).Order());
        Assert.All(update.Matched, m => Assert.Contains(update.Assertions, a => a.Id == m.AssertionId && a.ClaimIds.Contains(m.ClaimId)));
        // A copied assertion is flagged, and not counted as corroboration.
        Assert.Contains(report.Changes, c => c.Now.Card.Has(Flags.Copied) && c.Now.Assertion.DocumentIds.Contains("003_a3ff147797a93eea"));
        // Nearly every assertion the add touched is the one the whole run makes.
        var wholeGroups = whole.Analysis.Assertions.Select(a => a.Id).ToHashSet();
        var same = report.Changes.Count(c => wholeGroups.Contains(c.Now.Assertion.Id));
        Assert.True(same >= 0.9 * report.Changes.Count, $"{same} of {report.Changes.Count} assertions the add made are the whole run's");
        Assert.Equal(whole.Analysis.Index!.Matched.Count, update.State.Claims);
    }

    [Fact]
    public void Should_Skip_An_Article_Already_Stored_With_The_Same_Text()
    {
        var report = new AssessmentPipeline(RubricYaml.Default).Add(InMemoryArchive.Of(Runs.Value.Five), [Fifth]);

        Assert.Empty(report.Added);
        Assert.Equal([Added], report.Unchanged.Select(d => d.Id));
        Assert.Null(report.Update);
    }

    [Fact]
    public void Should_Refuse_A_Stored_Article_With_Other_Text()
    {
        var changed = Fifth with { Sha256 = "other" };

        var error = Assert.Throws<InputException>(() => new AssessmentPipeline(RubricYaml.Default).Add(InMemoryArchive.Of(Runs.Value.Five), [changed]));

        Assert.Contains($"{Added} is already in the archive with other text", error.Message);
        Assert.Contains("reliability assess", error.Message);
    }

    [Fact]
    public void Should_Refuse_To_Add_To_An_Archive_Never_Assessed_Or_Made_With_Another_Lexicon()
    {
        var notAssessed = Assert.Throws<InputException>(() => new AssessmentPipeline(RubricYaml.Default).Add(InMemoryArchive.Unassessed(Runs.Value.Four), [Fifth]));
        Assert.Contains("holds no assessment yet", notAssessed.Message);

        var changed = Assert.Throws<InputException>(() => new AssessmentPipeline(OtherLexicon).Add(InMemoryArchive.Of(Runs.Value.Four), [Fifth]));
        Assert.Contains("claims must be extracted again", changed.Message);
    }

    [Theory]
    [InlineData("strict")]
    [InlineData("admiralty")]
    public void Should_Rescore_A_Stored_Analysis_Under_Another_Rubric_As_A_Whole_Assess_Under_It(string rubric)
    {
        var file = Path.Combine(RepoPaths.Rubrics, rubric + ".yaml");
        var other = RubricYaml.Parse(file, File.ReadAllText(file));
        var stored = Stored(Runs.Value.Five);

        var rescored = new AssessmentPipeline(other).Rescore(stored);
        var whole = new AssessmentPipeline(other).Assess(SeedAnalysis.Documents, SeedAnalysis.Claims);

        Assert.Equal(Json(whole.Cards), Json(rescored.Cards));
        Assert.NotEqual(Json(Runs.Value.Five.Cards), Json(rescored.Cards));
    }

    [Fact]
    public void Should_Apply_Independence_Switches_When_Rescoring_Not_When_Matching()
    {
        var switchedOff = RubricYaml.Default with { Independence = new IndependenceRules(SameOwnerGroup: false, SameAuthor: true, CopiedPassage: false, SameWire: true) };

        var rescored = new AssessmentPipeline(switchedOff).Rescore(Stored(Runs.Value.Five));
        var whole = new AssessmentPipeline(switchedOff).Assess(SeedAnalysis.Documents, SeedAnalysis.Claims);

        Assert.Equal(Json(whole.Cards), Json(rescored.Cards));
        // Documents of one owner group, and a copy with its original, now count as independent.
        Assert.True(rescored.Cards.Values.Sum(c => c.Groups.Count) > Runs.Value.Five.Cards.Values.Sum(c => c.Groups.Count));
        Assert.DoesNotContain(rescored.Cards.Values, c => c.Has(Flags.Copied));
    }

    [Fact]
    public void Should_Refuse_To_Rescore_Under_Another_Lexicon()
    {

        var error = Assert.Throws<InputException>(() => new AssessmentPipeline(OtherLexicon).Rescore(Stored(Runs.Value.Five)));

        Assert.Contains("Run `reliability assess", error.Message);
    }

    /// <summary>
    /// A rebuild puts stored members in the order of their assertion ids as text: ids as assess makes
    /// them are ordered by their number, and a list holding any other id (upper-case hex, another
    /// prefix, another length) is ordered as text throughout.
    /// </summary>
    [Theory]
    [InlineData(null)]
    [InlineData("a-ABCDEF0123")]
    [InlineData("x-1")]
    [InlineData("a-12345")]
    [InlineData("a-0123456789a")]
    [InlineData("b-0123456789")]
    public void Should_Order_Stored_Members_By_Assertion_Id_As_Text(string? otherId)
    {
        var random = new Random(7);
        var ids = Enumerable.Range(0, 2000).Select(_ => "a-" + Convert.ToHexStringLower(BitConverter.GetBytes(random.NextInt64()))[..10])
            .Concat(["a-0000000000", "a-ffffffffff", "a-0a00000000", "a-9fffffffff", "a-abcdef0123"]);
        if (otherId is not null) ids = ids.Append(otherId);
        // Most assertions have one member, some several, stored in no particular order.
        var membership = ids.SelectMany((id, i) => Enumerable.Range(0, 1 + (i % 3)).Select(k => ($"c{i}-{k}", id))).OrderBy(_ => random.Next()).ToList();

        var ordered = AssessmentPipeline.InAssertionOrder(membership);

        Assert.Equal(membership.Select(m => m.Item2).Order(StringComparer.Ordinal), ordered.Select(m => m.AssertionId));
        Assert.Equal(membership.Order(), ordered.Order());
    }

    /// <summary>What Storage keeps of an assessment: facts made under its lexicon, no cards.</summary>
    private static StoredAnalysis Stored(Assessment assessment) => new(
        new AnalysisState(assessment.Rubric.Sha256, assessment.Rubric.Lexicon.Fingerprint, assessment.Analysis.Index!.Matched.Count),
        assessment.Documents,
        assessment.Claims,
        assessment.Analysis.Assertions.SelectMany(a => a.ClaimIds.Select(c => (c, a.Id))).ToList(),
        assessment.Analysis.Reuse,
        assessment.Analysis.Clusters);

    private static string Json(IReadOnlyDictionary<string, ScoreCard> cards) =>
        JsonSerializer.Serialize(cards.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => c.Value));
}
