using System.Text.Json;
using Microsoft.Playwright;

namespace ReliabilityTool.Cli.Tests.Commands;

/// <summary>
/// report.html in a real headless Chromium (Debian's package, driven through Playwright): it
/// loads offline, filters work, claims highlight in their article, and nothing logs an error.
/// Needs /usr/bin/chromium (`apt-get install chromium`; .ci/run installs it).
/// </summary>
public sealed class HtmlReportBrowserTests : IClassFixture<AssessedSeeds>
{
    private const string Chromium = BrowserFactAttribute.Chromium;
    private readonly AssessedSeeds _seeds;

    public HtmlReportBrowserTests(AssessedSeeds seeds) => _seeds = seeds;

    [BrowserFact]
    public async Task Should_Show_Only_Flagged_Assertions_When_Filtered_To_Single_Partisan_Source()
    {
        Assert.True(File.Exists(Chromium), $"{Chromium} is missing: install Debian's chromium (apt-get install -y chromium) to run the browser test.");
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1400, Height = 1000 } });
        var errors = new List<string>();
        page.Console += (_, message) => { if (message.Type == "error") errors.Add(message.Text); };
        page.PageError += (_, error) => errors.Add(error);
        var requests = new List<string>();
        page.Request += (_, request) => requests.Add(request.Url);

        var html = Path.Combine(_seeds.Out, "report.html");
        await page.GotoAsync(new Uri(html).AbsoluteUri);
        var report = JsonDocument.Parse(File.ReadAllText(Path.Combine(_seeds.Out, "report.json"))).RootElement;
        var total = report.GetProperty("assertions").GetArrayLength();
        var flagged = report.GetProperty("assertions").EnumerateArray().Count(a => a.GetProperty("flags").EnumerateArray().Any(f => f.GetString() == "single_partisan_source"));

        Assert.Equal(total, await page.Locator("article.assertion:visible").CountAsync());

        await page.SelectOptionAsync("#filter-flag", "single_partisan_source");

        var visible = page.Locator("article.assertion:visible");
        Assert.Equal(flagged, await visible.CountAsync());
        Assert.Equal($"{flagged} of {total} assertions", await page.Locator("#count").TextContentAsync());
        foreach (var flags in await visible.EvaluateAllAsync<string[]>("cards => cards.map(c => c.getAttribute('data-flags'))"))
            Assert.Contains("single_partisan_source", flags.Split(' '));

        await page.SelectOptionAsync("#filter-document", "001_87c85a06c95f109d");
        Assert.All(await page.Locator("article.assertion:visible").EvaluateAllAsync<string[]>("cards => cards.map(c => c.getAttribute('data-documents'))"),
            documents => Assert.Contains("001_87c85a06c95f109d", documents.Split(' ')));

        await visible.First.Locator("button", new LocatorLocatorOptions { HasText = "show in article" }).First.ClickAsync();
        var highlighted = await page.Locator("#highlight").TextContentAsync();
        Assert.False(string.IsNullOrWhiteSpace(highlighted));
        Assert.Contains(highlighted!, await page.Locator("#article").TextContentAsync());

        Assert.Equal(1, await page.Locator("#graph svg").CountAsync());
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(_seeds.Out, "report-filtered.png"), FullPage = false });

        Assert.Empty(errors);
        Assert.All(requests, url => Assert.StartsWith("file://", url));
    }
}
