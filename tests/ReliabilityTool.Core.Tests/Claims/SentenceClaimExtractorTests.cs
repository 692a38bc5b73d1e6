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

    // Issue 15: naming an institution is not citing it.
    [Theory]
    [InlineData("001_87c85a06c95f109d", "it is not permissible to prosecute foreign governments by American courts")]
    [InlineData("001_87c85a06c95f109d", "to prosecute foreign governments convicted of supporting terrorist groups")]
    public void Should_Not_Take_A_Court_Named_In_Passing_For_A_Ruling_Cited(string id, string fragment)
    {
        Assert.DoesNotContain(Find(id, fragment).Evidence, e => e.Kind == "court_ruling");
    }

    [Theory]
    [InlineData("The court will hear the case in May.", null)]
    [InlineData("A federal court found that the company had misled investors.", "A federal court")]
    [InlineData("Judge Maria Lopez ruled that the search was unlawful.", "Judge Maria Lopez")]
    [InlineData("The jury convicted him of two counts of fraud.", "The jury")]
    [InlineData("He was sentenced to 12 years in prison.", "sentenced")]
    [InlineData("The Justice Department said on Tuesday it would appeal.", null)]
    public void Should_Cite_A_Court_For_What_It_Decided(string sentence, string? cited)
    {
        var evidence = Assert.Single(ClaimsOfText(sentence)).Evidence.Where(e => e.Kind == "court_ruling").ToList();

        if (cited is null) Assert.Empty(evidence);
        else Assert.Equal(cited, Assert.Single(evidence).Cited);
    }

    [Fact]
    public void Should_Take_A_Quoted_Letter_As_The_Letters_Words_Not_As_A_Claim_That_Cites_It()
    {
        var claim = Find("001_87c85a06c95f109d", "Their mottos are not a mystery.");

        Assert.Empty(claim.Evidence);
        Assert.Equal(ClaimKind.Quote, claim.Kind);
        Assert.False(string.IsNullOrEmpty(claim.QuotedFrom));
    }

    // Issue 15: hedges by meaning.
    [Theory]
    [InlineData("001_87c85a06c95f109d", "the relationship could be traced in Iran")]
    [InlineData("002_ed3d10d6aa1a326f", "interests that could be enhanced through mutual cooperation")]
    [InlineData("003_a3ff147797a93eea", "as supposedly compelling evidence")]
    [InlineData("004_9b73190adbc7682c", "The regime levels various implausible allegations")]
    public void Should_Not_Take_Ability_Scorn_Or_A_Noun_For_The_Authors_Hedge(string id, string fragment)
    {
        Assert.Empty(Find(id, fragment).Hedges);
    }

    [Theory]
    [InlineData("Police say it may have been arson.", false)]
    [InlineData("It may have been arson, police said.", false)]
    [InlineData("The fire may have been set deliberately.", true)]
    [InlineData("Police said the suspected gunman fled on foot.", true)]
    [InlineData("The suspect is expected to appear in court on Monday.", false)]
    [InlineData("The agency will decide whether the project might harm the species.", false)]
    [InlineData("\"It could be arson,\" the chief said.", false)]
    [InlineData("According to police, the man was probably drunk.", false)]
    [InlineData("She's expected to resign next week.", true)]
    [InlineData("Might I suggest a different approach?", false)]
    [InlineData("The striker may have more pace than anyone in the league, but he rarely scores.", false)]
    [InlineData("The club claimed the title on the final day.", false)]
    [InlineData("The opposition claimed the election was rigged.", true)]
    [InlineData("The bridge may have been sabotaged, but officials have not confirmed it.", true)]
    [InlineData("The indictment also alleged two counts of fraud.", false)]
    [InlineData("He was stopped by an officer who suspected him of speeding.", false)]
    [InlineData("It was alleged the driver had been drinking.", true)]
    [InlineData("The alleged driver fled the scene.", true)]
    [InlineData("The mayor is expected to face charges on Friday.", false)]
    [InlineData("The senator will explain whatever changes may come next year.", false)]
    [InlineData("Some are suggesting that the coach might resign.", false)]
    [InlineData("The flaw could have been \"used to run attacker code,\" said Contoso.", false)]
    [InlineData("The outage was believed to have been caused by a ship's anchor.", true)]
    [InlineData("It is thought that most services were disrupted.", true)]
    [InlineData("Residents will ask about the question of likely future tremors.", false)]
    public void Should_Give_A_Hedge_To_Whoever_Doubts(string sentence, bool hedged)
    {
        Assert.Equal(hedged, Assert.Single(ClaimsOfText(sentence)).IsHedged);
    }

    [Theory]
    [InlineData("\"The branch has been there for years,\" a spokeswoman for the bank said.", "official_statement")]
    [InlineData("The fire started in the kitchen, a neighbour told reporters.", "testimony")]
    [InlineData("The deal is worth $40 million, according to sources familiar with the talks.", "anonymous")]
    [InlineData("\"We will appeal,\" said a lawyer, who requested anonymity.", "anonymous")]
    [InlineData("The Valley Gazette reported that the plant would close.", "news_report")]
    [InlineData("The autopsy showed he had been shot twice.", "official_report")]
    [InlineData("The family said the boy was safe.", "testimony")]
    [InlineData("The bridge collapsed, Jane Kelly said.", "testimony")]
    [InlineData("The minister revealed that the budget was cut.", "official_statement")]
    [InlineData("Police records show the car was stolen.", "official_report")]
    public void Should_Read_Who_Speaks_From_How_News_Attributes_Speech(string sentence, string kind)
    {
        Assert.Contains(Assert.Single(ClaimsOfText(sentence)).Evidence, e => e.Kind == kind);
    }

    [Theory]
    [InlineData("Police found a body near the river.")]
    [InlineData("Ketsoyan would not say what she was being treated for.")]
    [InlineData("The Surgeon General reports to the Assistant Secretary for Health.")]
    [InlineData("Police didn't say whether anyone was hurt.")]
    [InlineData("The designated driver was not hurt.")]
    [InlineData("He read one of his books to the class.")]
    public void Should_Not_Take_A_Verb_Without_A_Speaker_For_An_Attribution(string sentence)
    {
        Assert.Empty(Assert.Single(ClaimsOfText(sentence)).Evidence);
    }

    [Fact]
    public void Should_Credit_A_Person_Cited_By_Title_When_Named_Again_Later()
    {
        var claims = ClaimsOfText("Colonel Omar Diallo said the unit withdrew on Monday. Diallo added that no one was hurt. According to Diallo, the order came from the capital.");

        Assert.All(claims.Skip(1), c => Assert.Equal("Colonel Omar Diallo", Assert.Single(c.Evidence).Cited));
        Assert.Equal(["Diallo", "Diallo"], claims.Skip(1).Select(c => c.Evidence[0].CarriedFrom));
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

        var claim = Assert.Single(ClaimsOf("000_a932271a348b754b", lexicon), c => c.Text.StartsWith("2001 Allegations", StringComparison.Ordinal));

        // "Allegations" reports others' claims: it is not the author's hedge (issue 15).
        Assert.DoesNotContain("allegations", claim.Hedges);
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
