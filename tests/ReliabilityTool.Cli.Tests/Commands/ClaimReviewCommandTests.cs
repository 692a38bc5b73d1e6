using System.Text.Json;
using ReliabilityTool.Tests;

namespace ReliabilityTool.Cli.Tests.Commands;

/// <summary>claimreview.jsonld as a fact-checker would publish it: every url absolute, the article's own address where it has one.</summary>
public sealed class ClaimReviewCommandTests : IDisposable
{
    private const string Story =
        "Officials said the bridge over the Varna river collapsed on 3 March 2024, killing 14 people. " +
        "The ministry announced that an inquiry would report within 60 days.";

    private readonly TempFolder _folder = new();

    [Fact]
    public void Should_Link_Reviews_To_The_Published_Report_And_Appearances_To_The_Articles_Own_Address()
    {
        _folder.Write("articles/page.html",
            "<html><head><title>Bridge collapse</title><link rel=\"canonical\" href=\"https://news.example.com/2024/bridge\"></head>" +
            $"<body><h1>Bridge collapse kills 14</h1><p>{Story}</p></body></html>");
        _folder.Write("articles/plain.txt", $"Bridge collapse\n\n{Story}\n");
        _folder.Write("articles/sources.yaml", "version: 1\ndocuments:\n  - id: plain\n    url: https://wire.example.org/stories/bridge\n");

        var result = Cli.Run("assess", _folder.File("articles"), "--out", _folder.File("out"), "--db", _folder.File("r.db"), "--quiet",
            "--base-url", "https://checks.example.org/bridge/");

        Assert.Equal(0, result.ExitCode);
        var reviews = JsonDocument.Parse(File.ReadAllText(_folder.File("out/claimreview.jsonld"))).RootElement.GetProperty("@graph").EnumerateArray().ToList();
        Assert.NotEmpty(reviews);
        Assert.All(reviews, r => Assert.Equal($"https://checks.example.org/bridge/report.html#{r.GetProperty("identifier").GetString()}", r.GetProperty("url").GetString()));
        var urls = reviews.SelectMany(r => r.GetProperty("itemReviewed").GetProperty("appearance").EnumerateArray()).Select(a => a.GetProperty("url").GetString()).ToHashSet();
        Assert.Equal(["https://news.example.com/2024/bridge", "https://wire.example.org/stories/bridge"], urls.Order());
    }

    [Fact]
    public void Should_Refuse_A_Sources_Url_That_Is_Not_An_Address_At_Its_Line_And_Column()
    {
        _folder.Write("articles/plain.txt", $"Bridge collapse\n\n{Story}\n");
        _folder.Write("articles/sources.yaml", "version: 1\ndocuments:\n  - id: plain\n    url: stories/bridge.html\n");

        var result = Cli.Run("assess", _folder.File("articles"), "--out", _folder.File("out"), "--db", _folder.File("r.db"), "--quiet");

        Assert.Equal(ExitCodes.BadConfiguration, result.ExitCode);
        Assert.Contains("sources.yaml:4:10", result.Error);
        Assert.Contains("an absolute http or https address", result.Error);
        Assert.False(File.Exists(_folder.File("out/claimreview.jsonld")));
    }

    [Fact]
    public void Should_Refuse_A_Base_Url_That_Is_Not_An_Address()
    {
        _folder.Write("articles/plain.txt", $"Bridge collapse\n\n{Story}\n");

        var result = Cli.Run("assess", _folder.File("articles"), "--out", _folder.File("out"), "--db", _folder.File("r.db"), "--base-url", "report/");

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("--base-url 'report/' is not an absolute http or https address", result.Error + result.Out);
    }

    public void Dispose() => _folder.Dispose();
}
