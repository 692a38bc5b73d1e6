using ReliabilityTool.Core.Configuration;
using ReliabilityTool.Core.Sources;
using ReliabilityTool.Tests;

namespace ReliabilityTool.Core.Tests.Sources;

public sealed class SourcesYamlTests
{
    private const string Valid = """
        version: 1
        owners:
          - id: srmg
            name: Saudi Research & Media Group
        publishers:
          - id: arab-news
            name: Arab News
            owner: srmg
        authors:
          - id: jane
            name: Jane Roe
            advocacy:
              - value: campaigns against X
                basis: her bio line
                party: X
        documents:
          - id: doc1
            publisher: arab-news
            authors: [jane]
            published: 2021-01-12
        """;

    private static ConfigurationException Reject(string yaml) =>
        Assert.Throws<ConfigurationException>(() => SourcesYaml.Parse("seeds/sources.yaml", yaml));

    [Fact]
    public void Should_Read_The_Shipped_Seed_Sources()
    {
        var catalog = SourcesYaml.Parse("seeds/sources.yaml", File.ReadAllText(Path.Combine(RepoPaths.Seeds, "sources.yaml")));

        Assert.Equal(5, catalog.Documents.Count);
        Assert.Equal("srmg", catalog.Publisher("arab-news")!.OwnerId);
        Assert.Equal("srmg", catalog.Publisher("al-majalla")!.OwnerId);
        Assert.Null(catalog.EntryFor("003_a3ff147797a93eea")!.PublisherId);
        Assert.All(catalog.Authors.SelectMany(a => a.Affiliations.Concat(a.Advocacy)), f => Assert.False(string.IsNullOrWhiteSpace(f.Basis)));
    }

    [Fact]
    public void Should_Read_A_Valid_File()
    {
        var catalog = SourcesYaml.Parse("s.yaml", Valid);

        var entry = Assert.Single(catalog.Documents);
        Assert.Equal(new DateOnly(2021, 1, 12), entry.Published);
        Assert.Equal("X", Assert.Single(catalog.Authors[0].Advocacy).Party);
    }

    [Fact]
    public void Should_Name_Line_And_Column_Of_Malformed_Yaml()
    {
        var e = Reject("version: 1\nowners:\n  - id: a\n   name: [unclosed\n");

        Assert.Equal("seeds/sources.yaml", e.File);
        Assert.Equal(4, e.Line);
        Assert.StartsWith("seeds/sources.yaml:4:", e.Message);
        Assert.Contains("invalid YAML", e.Message);
    }

    [Fact]
    public void Should_Reject_An_Unknown_Key_And_Suggest_The_Nearest()
    {
        var e = Reject(Valid.Replace("    owner: srmg", "    ownr: srmg"));

        Assert.Equal((8, 5), (e.Line, e.Column));
        Assert.Contains("unknown key 'ownr'", e.Message);
        Assert.Contains("Did you mean 'owner'?", e.Message);
    }

    [Fact]
    public void Should_Reject_A_Date_In_The_Wrong_Form()
    {
        var e = Reject(Valid.Replace("published: 2021-01-12", "published: 12/01/2021"));

        Assert.Equal((20, 16), (e.Line, e.Column));
        Assert.Contains("YYYY-MM-DD", e.Message);
        Assert.Contains("'12/01/2021'", e.Message);
    }

    [Fact]
    public void Should_Reject_A_Fact_Without_Its_Basis()
    {
        var e = Reject(Valid.Replace("        basis: her bio line\n", ""));

        Assert.Equal(13, e.Line);
        Assert.Contains("required key 'basis'", e.Message);
    }

    [Fact]
    public void Should_Reject_A_Publisher_That_Is_Not_Described()
    {
        var e = Reject(Valid.Replace("    publisher: arab-news", "    publisher: arab-newz"));

        Assert.Equal((18, 16), (e.Line, e.Column));
        Assert.Contains("'arab-newz'", e.Message);
        Assert.Contains("Did you mean 'arab-news'?", e.Message);
    }

    [Fact]
    public void Should_Reject_A_Document_That_Is_Not_Being_Ingested()
    {
        var catalog = SourcesYaml.Parse("seeds/sources.yaml", Valid);

        var e = Assert.Throws<ConfigurationException>(() => SourcesYaml.CheckDocumentsExist(catalog, ["other"]));

        Assert.Equal((17, 5), (e.Line, e.Column));
        Assert.Contains("document 'doc1'", e.Message);
        Assert.Contains("no such article", e.Message);
    }

    [Fact]
    public void Should_Reject_A_List_Where_Text_Belongs()
    {
        var e = Reject(Valid.Replace("    name: Arab News", "    name: [Arab, News]"));

        Assert.Equal((7, 11), (e.Line, e.Column));
        Assert.Contains("'name' must be text, not a list", e.Message);
    }

    [Fact]
    public void Should_Require_The_Party_A_Source_Relies_On()
    {
        var e = Reject(Valid.Replace("    name: Arab News", "    name: Arab News\n    relies_on:\n      - { value: opposition claims, basis: article text }"));

        Assert.Contains("'party'", e.Message);
        Assert.Equal(9, e.Line);
    }
}
