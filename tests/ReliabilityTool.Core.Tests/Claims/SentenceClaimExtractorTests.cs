using ReliabilityTool.Core.Claims;
using ReliabilityTool.Core.Documents;
using ReliabilityTool.Tests;

namespace ReliabilityTool.Core.Tests.Claims;

public sealed class SentenceClaimExtractorTests
{
    private static readonly string[] SeedIds =
        ["000_a932271a348b754b", "001_87c85a06c95f109d", "002_ed3d10d6aa1a326f", "003_a3ff147797a93eea", "004_9b73190adbc7682c"];

    private static IReadOnlyList<Claim> ClaimsOf(string id, Lexicon? lexicon = null)
    {
        var document = new HeuristicDocumentExtractor().Extract(id, id, RepoPaths.ReadSeed(id), "sha");
        return new SentenceClaimExtractor(lexicon ?? Lexicon.Default).Extract(document);
    }

    private static Claim Find(string id, string fragment) => Assert.Single(ClaimsOf(id), c => c.Text.Contains(fragment));

    [Fact]
    public void Should_Make_No_Claim_Of_Chrome_Captions_Or_Bio_Lines()
    {
        var chrome = new[] { "(AFP)", "REUTERS/", "/ AFP", "Photo:", "Twitter:", "is a researcher who focuses", "Copyright", "views0", "Leave a Reply", "English-language newspaper", "pretext forthe" };

        foreach (var id in SeedIds)
            Assert.DoesNotContain(ClaimsOf(id), c => chrome.Any(c.Text.Contains));
    }

    [Fact]
    public void Should_Make_Each_Timeline_Bullet_A_Separate_Claim_Without_Its_Bullet()
    {
        var bullets = ClaimsOf("000_a932271a348b754b").Where(c => System.Text.RegularExpressions.Regex.IsMatch(c.Text, @"^(19|20)\d\d(-\d{4})? ")).ToList();

        Assert.Equal(13, bullets.Count);
        Assert.StartsWith("1992-1996 Iranian regime emissary", bullets[0].Text);
    }

    [Fact]
    public void Should_Give_Every_Claim_Its_Exact_Span()
    {
        foreach (var id in SeedIds)
        {
            var text = RepoPaths.ReadSeed(id);
            Assert.All(ClaimsOf(id), c => Assert.Equal(text[c.Start..c.End], c.Text));
        }
    }

    [Fact]
    public void Should_Mark_The_Nomani_Meeting_As_Hedged()
    {
        var claim = Find("000_a932271a348b754b", "Sheikh Nomani reportedly met");

        Assert.Equal(["reportedly"], claim.Hedges);
        Assert.Equal(ClaimKind.Factual, claim.Kind);
    }

    [Fact]
    public void Should_Cite_A_Court_Ruling_For_Judge_Bates()
    {
        var claim = Find("003_a3ff147797a93eea", "Judge John D. Bates ruled that Iran");

        var evidence = Assert.Single(claim.Evidence);
        Assert.Equal(new Evidence("Judge John D. Bates", EvidenceClass.Primary, "court_ruling"), evidence);
    }

    [Fact]
    public void Should_Call_Confronting_The_Regime_A_Recommendation()
    {
        Assert.Equal(ClaimKind.Recommendation, Find("001_87c85a06c95f109d", "Thus, this regime should be confronted in the region").Kind);
    }

    [Theory]
    [InlineData("003_a3ff147797a93eea", "the Treasury Department designated the Iranian Ministry", "government_designation")]
    [InlineData("002_ed3d10d6aa1a326f", "As per the 9/11 Commission Report", "official_report")]
    [InlineData("003_a3ff147797a93eea", "In September 2015, Sky News reported", "news_report")]
    [InlineData("003_a3ff147797a93eea", "According to the intelligence, Saif Al-Adel", "anonymous")]
    [InlineData("001_87c85a06c95f109d", "According to intelligence reports received by Iranian Opposition", "advocacy_group")]
    [InlineData("000_a932271a348b754b", "2018 UN panel of experts suggested", "un_report")]
    public void Should_Classify_What_A_Claim_Cites(string id, string fragment, string kind)
    {
        Assert.Contains(Find(id, fragment).Evidence, e => e.Kind == kind);
    }

    private static IReadOnlyList<Claim> ClaimsOfText(string text)
    {
        var document = new HeuristicDocumentExtractor().Extract("t", "t.txt", text, "sha");
        return new SentenceClaimExtractor(Lexicon.Default).Extract(document);
    }

    // General English attribution, on text that is not the seeds: none of these names is in a pattern.
    [Theory]
    [InlineData("The Warren Commission found that the rifle was fired three times.", "official_report", "The Warren Commission")]
    [InlineData("As per the Saville Inquiry Report, the soldiers fired first.", "official_report", "the Saville Inquiry Report")]
    [InlineData("Former army general Luis Ortega revealed that the convoy left at dawn.", "official_statement", "Former army general Luis Ortega")]
    [InlineData("A spokesman for the Interior Ministry, Karim Haddad, said the border was closed.", "official_statement", "A spokesman for the Interior Ministry, Karim Haddad")]
    [InlineData("The Peruvian Foreign Ministry said two diplomats were expelled.", "official_statement", "The Peruvian Foreign Ministry")]
    [InlineData("In an exclusive interview, Maria Lopes described the raid in detail.", "testimony", "Maria Lopes")]
    [InlineData("The Lagos Tribune reported that 40 people were arrested.", "news_report", "The Lagos Tribune")]
    [InlineData("According to reports received by the Karen Resistance Movement, the camp was shelled.", "advocacy_group", "Karen Resistance Movement")]
    [InlineData("The Hamburg police data show 212 arrests in May.", "official_statement", "Hamburg police data")]
    public void Should_Classify_A_Citation_By_Its_Shape_Not_By_A_Name_It_Knows(string sentence, string kind, string cited)
    {
        var evidence = Assert.Single(Assert.Single(ClaimsOfText(sentence)).Evidence);

        Assert.Equal(kind, evidence.Kind);
        Assert.Equal(cited, evidence.Cited);
    }

    [Theory]
    [InlineData("President Ana Silva left office in 2019.")]
    [InlineData("The Ministry of Health runs 40 hospitals in the province.")]
    [InlineData("The Daily News has a new editor.")]
    public void Should_Not_Take_Naming_An_Official_Or_An_Outlet_For_Citing_It(string sentence)
    {
        Assert.Empty(Assert.Single(ClaimsOfText(sentence)).Evidence);
    }

    [Fact]
    public void Should_Credit_A_Person_Cited_By_Title_When_Named_Again_Later()
    {
        var claims = ClaimsOfText("Colonel Omar Diallo said the unit withdrew on Monday. Diallo added that no one was hurt. According to Diallo, the order came from the capital.");

        Assert.All(claims.Skip(1), c => Assert.Equal("Colonel Omar Diallo", Assert.Single(c.Evidence).Cited));
        Assert.Equal(["Diallo added", "According to Diallo"], claims.Skip(1).Select(c => c.Evidence[0].CarriedFrom));
    }

    [Fact]
    public void Should_Carry_An_Attribution_From_The_Previous_Sentence()
    {
        var claim = Find("001_87c85a06c95f109d", "The report also stated that intelligence information");

        var evidence = Assert.Single(claim.Evidence);
        Assert.Equal("official_report", evidence.Kind);
        Assert.Equal("The Joint Committee on 11 September 2001", evidence.Cited);
        Assert.Equal("The report", evidence.CarriedFrom);
    }

    [Fact]
    public void Should_Keep_Spelling_Variants_Of_A_Name_Under_One_Key()
    {
        var usama = Find("001_87c85a06c95f109d", "In 1992 Usama Ben Laden met Immad Mughniah");
        var soon = Find("000_a932271a348b754b", "a meeting took place in Sudan between Al-Qaeda’s Osama bin Laden and Imad Mughniyah");

        var keys = usama.Details.Entities.Select(e => e.Key).Intersect(soon.Details.Entities.Select(e => e.Key)).ToList();

        Assert.Contains(ReliabilityTool.Core.Text.NameKey.Of("Osama bin Laden"), keys);
        Assert.Contains(ReliabilityTool.Core.Text.NameKey.Of("Imad Mughniyah"), keys);
    }

    [Fact]
    public void Should_Normalise_Dates_And_Numbers_In_Details()
    {
        var claim = Find("004_9b73190adbc7682c", "in the heart of Tehran on Aug. 7, 2020");

        Assert.Contains("2020-08-07", claim.Details.Dates.Select(d => d.Value));
        Assert.Contains("2020-11-14", claim.Details.Dates.Select(d => d.Value));
        Assert.Contains(claim.Details.Entities, e => e.Type == EntityType.Place && e.Text == "Tehran");
    }

    [Fact]
    public void Should_Use_A_Hedge_An_Editor_Added_To_The_Lexicon()
    {
        var lexicon = Lexicon.Default.Extend(["in the lead-up"], [], [], []);

        var claim = Assert.Single(ClaimsOf("000_a932271a348b754b", lexicon), c => c.Text.StartsWith("2001 Allegations"));

        Assert.Contains("allegations", claim.Hedges);
        Assert.DoesNotContain("in the lead-up", claim.Hedges);
        Assert.Contains(ClaimsOf("000_a932271a348b754b", Lexicon.Default.Extend(["lead-up to"], [], [], [])), c => c.Hedges.Contains("lead-up to"));
    }

    [Fact]
    public void Should_Score_Specific_Attributed_Claims_As_More_Check_Worthy_Than_Opinions()
    {
        var specific = Find("003_a3ff147797a93eea", "On February 16, 2012, the Treasury Department designated");
        var opinion = Find("000_a932271a348b754b", "Iran is the godfather of many terror groups");

        // 0.5 is the decision threshold: the model's scores are probabilities.
        Assert.True(specific.CheckWorthy > 0.7, $"{specific.CheckWorthy}");
        Assert.True(opinion.CheckWorthy < 0.5, $"{opinion.CheckWorthy}");
        Assert.Contains(specific.CheckWorthyReasons, r => r.StartsWith("a date (+", StringComparison.Ordinal));
        Assert.Equal(3, specific.CheckWorthyReasons.Count);
    }

    [Fact]
    public void Should_Not_Take_An_Adverb_Opening_A_Quoted_Sentence_For_A_Person()
    {
        // 000: “… Occasionally, some of them, after they were trained in Al-Qaeda bases …”
        var claim = Find("000_a932271a348b754b", "Occasionally, some of them");

        Assert.DoesNotContain(claim.Details.Entities, e => e.Text == "Occasionally");
        Assert.Contains(claim.Details.Entities, e => e.Type == EntityType.Place && e.Text == "Bosnia");
    }
}
