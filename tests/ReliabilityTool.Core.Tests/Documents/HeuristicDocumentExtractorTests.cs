using ReliabilityTool.Core.Documents;
using ReliabilityTool.Tests;

namespace ReliabilityTool.Core.Tests.Documents;

public sealed class HeuristicDocumentExtractorTests
{
    private static Document Seed(string id) =>
        new HeuristicDocumentExtractor().Extract(id, $"seeds/{id}.txt", RepoPaths.ReadSeed(id), "sha");

    private static string BodyText(Document d) => string.Join("\n", d.Body.Select(d.SliceOf));

    [Theory]
    [InlineData("000_a932271a348b754b", "Majid Rafizadeh")]
    [InlineData("002_ed3d10d6aa1a326f", "Jassim Mohamad")]
    [InlineData("004_9b73190adbc7682c", "Mohammed Al-Sulami")]
    public void Should_Read_The_Byline_When_The_Text_Names_The_Author(string id, string author)
    {
        Assert.Equal([author], Seed(id).FromText.Authors);
    }

    [Theory]
    [InlineData("001_87c85a06c95f109d")]
    [InlineData("003_a3ff147797a93eea")]
    public void Should_Find_No_Author_When_The_Text_Names_None(string id)
    {
        Assert.Empty(Seed(id).FromText.Authors);
    }

    [Fact]
    public void Should_Read_The_Publication_Date_And_Not_The_Update_Date()
    {
        var metadata = Seed("000_a932271a348b754b").FromText;

        Assert.Equal(new DateOnly(2021, 1, 12), metadata.Published);
        Assert.Equal(new DateOnly(2021, 11, 29), metadata.Updated);
    }

    [Fact]
    public void Should_Read_The_Copyright_Holder_And_Year()
    {
        var metadata = Seed("001_87c85a06c95f109d").FromText;

        Assert.Equal("The Middle East and North Africa Media Monitor", metadata.CopyrightHolder);
        Assert.Equal(2019, metadata.CopyrightYear);
    }

    [Theory]
    [InlineData("000_a932271a348b754b", "Majid Rafizadeh", "Harvard-educated Iranian-American political scientist")]
    [InlineData("002_ed3d10d6aa1a326f", "Jassim Mohamad", "Head of the European Center for Counterterrorism and Intelligence Studies ECCI")]
    [InlineData("004_9b73190adbc7682c", "Mohammed Al-Sulami", "head of the International Institute for Iranian Studies (Rasanah)")]
    public void Should_Read_The_Bio_Line_With_Its_Span(string id, string person, string fragment)
    {
        var document = Seed(id);

        var bio = Assert.Single(document.FromText.Bios);
        Assert.Equal(person, bio.Person);
        Assert.Contains(fragment, bio.Text);
        Assert.Contains(fragment, document.Text[bio.Start..bio.End]);
    }

    [Fact]
    public void Should_Strip_The_Aggregator_Suffix_From_The_Title_And_Say_So()
    {
        var metadata = Seed("004_9b73190adbc7682c").FromText;

        Assert.Equal("The Future Of Iran’s Ties With Al-Qaeda Under New US President", metadata.Title);
        Assert.Contains(metadata.Notes, n => n.Contains("– Analysis"));
    }

    [Fact]
    public void Should_Name_The_Publisher_From_The_Footer_Blurb()
    {
        Assert.Equal("Arab News", Seed("004_9b73190adbc7682c").FromText.PublisherNamed);
    }

    public static TheoryData<string, string> Chrome => new()
    {
        { "000_a932271a348b754b", "top of page" },
        { "000_a932271a348b754b", "bottom of page" },
        { "000_a932271a348b754b", "4 views0 comments" },
        { "000_a932271a348b754b", "Updated: Nov 29, 2021" },
        { "000_a932271a348b754b", "(AFP)" },
        { "000_a932271a348b754b", "(AFP/File Photo)" },
        { "000_a932271a348b754b", "[Insert Image]" },
        { "000_a932271a348b754b", "Harvard-educated" },
        { "000_a932271a348b754b", "pretext forthe IRGC" },
        { "001_87c85a06c95f109d", "Copyright ©" },
        { "001_87c85a06c95f109d", "Similarity of extremist ideas" },
        { "002_ed3d10d6aa1a326f", "REUTERS/Erik de Castro" },
        { "002_ed3d10d6aa1a326f", "NOORULLAH SHIRZADA / AFP" },
        { "002_ed3d10d6aa1a326f", "Photo: Paul Zinken" },
        { "002_ed3d10d6aa1a326f", "font change" },
        { "002_ed3d10d6aa1a326f", "Related Articles" },
        { "002_ed3d10d6aa1a326f", "is a researcher who focuses" },
        { "002_ed3d10d6aa1a326f", "Iran - Al-Qaeda Relation: A Marriage of Convenience" },
        { "004_9b73190adbc7682c", "By Dr. Mohammed Al-Sulami" },
        { "004_9b73190adbc7682c", "Leave a Reply" },
        { "004_9b73190adbc7682c", "Your email address will not be published" },
        { "004_9b73190adbc7682c", "first English-language newspaper" },
        { "004_9b73190adbc7682c", "Twitter: @mohalsulami" },
    };

    [Theory]
    [MemberData(nameof(Chrome))]
    public void Should_Keep_Page_Chrome_Out_Of_The_Article_Text(string id, string chrome)
    {
        Assert.DoesNotContain(chrome, BodyText(Seed(id)));
    }

    [Theory]
    [InlineData("http://www.harwick-courier.example/news/2020/bank-robbery.html")]
    [InlineData("Source: www.harwick-courier.example/news/robbery")]
    // As a page's text sometimes breaks it.
    [InlineData("http://www. harwick-courier. example/news/2020/0,, 20697025, 00. html.")]
    public void Should_Take_A_Line_That_Is_Only_A_Link_For_Chrome(string link)
    {
        var text = "Three masked men robbed the Alder Savings Bank in Harwick on Tuesday.\n\n" + link + "\n\nPolice said the robbers fled in a grey van.";

        var document = new HeuristicDocumentExtractor().Extract("a", "a.txt", text, "sha");

        var segment = Assert.Single(document.Segments, s => text[s.Start..s.End].Contains("harwick-courier", StringComparison.Ordinal));
        Assert.Equal(SegmentKind.Chrome, segment.Kind);
        Assert.Contains(document.Segments, s => s.Kind == SegmentKind.Paragraph && text[s.Start..s.End].StartsWith("Police said", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("www.ministry.example lists every contract signed since 2015.")]
    [InlineData("The ministry published the full report at www.ministry.example/report on Monday.")]
    public void Should_Keep_A_Sentence_That_Names_A_Link(string text)
    {
        var document = new HeuristicDocumentExtractor().Extract("a", "a.txt", text, "sha");

        Assert.Equal(SegmentKind.Paragraph, Assert.Single(document.Segments).Kind);
    }

    [Theory]
    [InlineData("000_a932271a348b754b", "Iranian regime emissary Sheikh Nomani reportedly met")]
    [InlineData("000_a932271a348b754b", "Al least eight of the hijackers passed through Iran")]
    [InlineData("001_87c85a06c95f109d", "On the 28th of November 2011, the local court of Colombia State")]
    [InlineData("002_ed3d10d6aa1a326f", "As per the 9/11 Commission Report")]
    [InlineData("003_a3ff147797a93eea", "Judge John D. Bates ruled that Iran")]
    [InlineData("004_9b73190adbc7682c", "On Nov. 14, 2020, American media outlets cited reports")]
    public void Should_Keep_The_Article_Itself(string id, string sentence)
    {
        Assert.Contains(sentence, BodyText(Seed(id)));
    }

    [Fact]
    public void Should_Make_Each_Timeline_Bullet_Its_Own_List_Item()
    {
        var document = Seed("000_a932271a348b754b");

        var bullets = document.Segments.Where(s => s.Kind == SegmentKind.ListItem).Select(document.SliceOf).ToList();

        Assert.Equal(13, bullets.Count);
        Assert.All(bullets, b => Assert.StartsWith("•", b));
    }

    [Fact]
    public void Should_Join_A_Hard_Wrapped_Paragraph_Into_One_Block()
    {
        var document = Seed("003_a3ff147797a93eea");

        var block = document.Body.Select(document.SliceOf).Single(b => b.StartsWith("On July 20, 2016", StringComparison.Ordinal));

        Assert.Contains("Treasury Department blacklisted three members", block);
        Assert.Contains("the jihadist group. Yisra Muhammad", block);
    }

    [Fact]
    public void Should_Keep_Every_Offset_Inside_The_Original_Text()
    {
        foreach (var id in new[] { "000_a932271a348b754b", "001_87c85a06c95f109d", "002_ed3d10d6aa1a326f", "003_a3ff147797a93eea", "004_9b73190adbc7682c" })
        {
            var document = Seed(id);
            Assert.All(document.Segments, s =>
            {
                Assert.InRange(s.Start, 0, s.End - 1);
                Assert.InRange(s.End, s.Start + 1, document.Text.Length);
                Assert.False(char.IsWhiteSpace(document.Text[s.Start]));
            });
        }
    }

    [Fact]
    public void Should_Read_An_Html_Article_Through_Its_Text()
    {
        var html = """
            <html><head><title>x</title><script>var a = 1;</script></head><body>
            <h1>Iran and the Cole</h1><p class="byline">By Jane Roe</p><p>March 3, 2020</p>
            <p>A US federal judge found Iran liable for the bombing of the USS Cole.</p>
            <p>Related Articles</p></body></html>
            """;

        var document = new HeuristicDocumentExtractor().Extract("h", "h.html", HtmlText.ToPlainText(html), "sha");

        Assert.Equal("Iran and the Cole", document.FromText.Title);
        Assert.Equal(["Jane Roe"], document.FromText.Authors);
        Assert.Equal(new DateOnly(2020, 3, 3), document.FromText.Published);
        Assert.Equal("A US federal judge found Iran liable for the bombing of the USS Cole.", Assert.Single(document.Body.Select(document.SliceOf)));
    }
}
