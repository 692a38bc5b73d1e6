using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using ReliabilityTool.Corpus;
using ReliabilityTool.Tests;

namespace ReliabilityTool.Cli.Tests.Commands;

/// <summary>
/// report.html in a real headless Chromium (Debian's package, driven through Playwright), read as
/// a fact-checker reads it: it loads offline, leads with the summary and the picture, names
/// documents by outlet, lists cards in report.md's order, filters, highlights a claim in its
/// article, and can all be done from the keyboard. Screenshots at 1400 and 800 px are left in
/// <c>screenshots/</c> beside the test binary for a person to look at. Needs /usr/bin/chromium
/// (.ci/run installs it).
/// </summary>
public sealed partial class HtmlReportBrowserTests : IClassFixture<AssessedSeeds>, IClassFixture<AssessedSixty>
{
    private const string Chromium = BrowserFactAttribute.Chromium;
    private readonly AssessedSeeds _seeds;
    private readonly AssessedSixty _sixty;

    public HtmlReportBrowserTests(AssessedSeeds seeds, AssessedSixty sixty) => (_seeds, _sixty) = (seeds, sixty);

    [GeneratedRegex(@"\b\d{3}_[0-9a-f]{16}\b")]
    private static partial Regex FileId();

    [BrowserFact]
    public async Task Should_Show_Only_Flagged_Assertions_When_Filtered_To_Single_Partisan_Source()
    {
        await using var session = await Open(_seeds.Out, 1400);
        var page = session.Page;
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
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Shot("seeds-filtered-1400") });

        session.AssertClean();
    }

    [BrowserFact]
    public async Task Should_Name_Documents_By_Outlet_With_The_File_Id_On_Hover()
    {
        await using var session = await Open(_seeds.Out, 1400);
        var page = session.Page;

        var cards = page.Locator("article.assertion");
        var first = cards.First;
        Assert.Equal("The Middle East and North Africa Media Monitor", await page.Locator("article.assertion .claim .doc[title='001_87c85a06c95f109d']").First.TextContentAsync());
        Assert.Equal("Arab News — Majid Rafizadeh", await page.Locator(".doc[title='000_a932271a348b754b']").First.TextContentAsync());
        // No card shows a file id as its text: ids are for hovering.
        foreach (var text in await cards.EvaluateAllAsync<string[]>("cards => cards.map(c => c.innerText)"))
            Assert.DoesNotMatch(FileId(), text);
        Assert.DoesNotMatch(FileId(), await page.Locator("#headline").InnerTextAsync());
        session.AssertClean();
    }

    [BrowserFact]
    public async Task Should_List_The_Cards_In_The_Order_Of_Report_Md()
    {
        await using var session = await Open(_seeds.Out, 1400);
        var cardIds = await session.Page.Locator("article.assertion").EvaluateAllAsync<string[]>("cards => cards.map(c => c.id)");

        // report.md anchors each single-partisan-source assertion where its full entry starts, in its order.
        var markdown = File.ReadAllText(Path.Combine(_seeds.Out, "report.md"));
        var full = markdown[markdown.IndexOf("<a id=\"single-partisan-source\">", StringComparison.Ordinal)..];
        var listed = Regex.Matches(full[..full.IndexOf("## All assertions by grade", StringComparison.Ordinal)], "<a id=\"(a-[0-9a-f]+)\"></a>").Select(m => m.Groups[1].Value).ToList();

        Assert.True(listed.Count > 100, $"report.md anchors only {listed.Count} assertions");
        Assert.Equal(listed, cardIds.Take(listed.Count));
        session.AssertClean();
    }

    [BrowserFact]
    public async Task Should_Put_The_Picture_Near_The_Top_And_Open_It_At_Hash_Graph()
    {
        await using var session = await Open(_seeds.Out, 1400, "#graph");
        var page = session.Page;

        var graph = (await page.Locator("#graph").BoundingBoxAsync())!;
        Assert.InRange(graph.Y, -1, 200); // opened at the picture, not a blank screen
        Assert.True(await page.Locator("#graph svg circle").CountAsync() >= 5);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Shot("seeds-hash-graph-1400") });

        var top = await page.EvaluateAsync<double>("() => document.getElementById('graph').getBoundingClientRect().top + window.scrollY");
        var firstCard = await page.EvaluateAsync<double>("() => document.querySelector('article.assertion').getBoundingClientRect().top + window.scrollY");
        Assert.True(top < firstCard, "the picture comes before the assertion cards");
        Assert.True(top < 3 * 1000, $"the picture starts {top} px down the page");
        session.AssertClean();
    }

    [BrowserFact]
    public async Task Should_Draw_Graph_Labels_That_Never_Overlap_At_Five_And_Sixty_Documents()
    {
        foreach (var (folder, width) in new[] { (_seeds.Out, 1400), (_seeds.Out, 800), (_sixty.Out, 1400), (_sixty.Out, 800) })
        {
            await using var session = await Open(folder, width, "#graph");
            var boxes = await session.Page.Locator("#graph text.node-label").EvaluateAllAsync<double[][]>(
                "labels => labels.map(l => { const r = l.getBoundingClientRect(); return [r.left, r.top, r.right, r.bottom]; })");
            Assert.True(boxes.Length >= 5, $"{folder}: only {boxes.Length} labels");
            for (var i = 0; i < boxes.Length; i++)
            {
                for (var j = i + 1; j < boxes.Length; j++)
                {
                    var (a, b) = (boxes[i], boxes[j]);
                    var overlap = a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];
                    Assert.False(overlap, $"{folder} at {width} px: labels {i + 1} and {j + 1} overlap");
                }
            }

            await session.Page.ScreenshotAsync(new PageScreenshotOptions { Path = Shot($"{(folder == _seeds.Out ? "seeds" : "sixty")}-graph-{width}") });
            session.AssertClean();
        }

        // Copy clusters are one node each, marked with their count.
        var sixty = JsonDocument.Parse(File.ReadAllText(Path.Combine(_sixty.Out, "report.json"))).RootElement;
        var clusters = sixty.GetProperty("copy_clusters").EnumerateArray().ToList();
        Assert.NotEmpty(clusters);
        await using var check = await Open(_sixty.Out, 1400, "#graph");
        var nodes = await check.Page.Locator("#graph svg circle").CountAsync();
        Assert.Equal(sixty.GetProperty("documents").GetArrayLength() - clusters.Sum(c => c.GetProperty("size").GetInt32()) + clusters.Count, nodes);
        Assert.Equal(clusters.Count, await check.Page.Locator("#graph svg text", new PageLocatorOptions { HasTextRegex = new Regex("^×\\d+$") }).CountAsync());
    }

    [BrowserFact]
    public async Task Should_Filter_And_Show_In_Article_From_The_Keyboard()
    {
        await using var session = await Open(_seeds.Out, 800);
        var page = session.Page;

        // Tab from the top of the page reaches the filters.
        await Tab(page, "() => document.activeElement && document.activeElement.id === 'filter-flag'", 60);
        await page.Keyboard.PressAsync("ArrowDown"); // the first flag in the list
        var chosen = await page.EvalOnSelectorAsync<string>("#filter-flag", "s => s.value");
        Assert.False(string.IsNullOrEmpty(chosen));
        var count = await page.Locator("#count").TextContentAsync();
        Assert.DoesNotMatch(@"^(\d+) of \1 ", count!);

        // On to the first "show in article" of a card that is shown, and Enter.
        await Tab(page, "() => document.activeElement && document.activeElement.textContent === 'show in article'", 80);
        await page.Keyboard.PressAsync("Enter");
        Assert.False(string.IsNullOrWhiteSpace(await page.Locator("#highlight").TextContentAsync()));
        Assert.Equal("article", await page.EvaluateAsync<string>("() => document.activeElement.id"));
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Shot("seeds-keyboard-800") });

        // The headline's links take a keyboard user to the card.
        await page.FocusAsync("#headline a");
        await page.Keyboard.PressAsync("Enter");
        var target = await page.EvaluateAsync<string>("() => location.hash.slice(1)");
        Assert.StartsWith("a-", target);
        Assert.True(await page.Locator($"[id='{target}']").IsVisibleAsync());
        session.AssertClean();
    }

    [BrowserFact]
    public async Task Should_Take_Screenshots_At_Both_Widths()
    {
        foreach (var width in new[] { 1400, 800 })
        {
            await using var session = await Open(_seeds.Out, width);
            var path = Shot($"seeds-first-screen-{width}");
            await session.Page.ScreenshotAsync(new PageScreenshotOptions { Path = path });
            Assert.True(new FileInfo(path).Length > 10_000);
            // The first screen holds the summary and the start of the headline, side by side or one above the other.
            Assert.True(await session.Page.Locator("#counts").IsVisibleAsync());
            var headline = (await session.Page.Locator("#headline li").First.BoundingBoxAsync())!;
            Assert.True(headline.Y < (width == 1400 ? 1000 : 2000), $"at {width} px the headline starts {headline.Y} px down");
            session.AssertClean();
        }
    }

    private static string Shot(string name)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "screenshots");
        Directory.CreateDirectory(folder);
        return Path.Combine(folder, name + ".png");
    }

    private static async Task Tab(IPage page, string reached, int most)
    {
        for (var i = 0; i < most; i++)
        {
            if (await page.EvaluateAsync<bool>(reached)) return;
            await page.Keyboard.PressAsync("Tab");
        }

        Assert.Fail($"not reached with {most} presses of Tab: {reached}");
    }

    private static async Task<BrowserSession> Open(string folder, int width, string hash = "")
    {
        Assert.True(File.Exists(Chromium), $"{Chromium} is missing: install Debian's chromium (apt-get install -y chromium) to run the browser tests.");
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = width, Height = 1000 } });
        var session = new BrowserSession(playwright, browser, page);
        page.Console += (_, message) => { if (message.Type == "error") session.Errors.Add(message.Text); };
        page.PageError += (_, error) => session.Errors.Add(error);
        page.Request += (_, request) => session.Requests.Add(request.Url);
        await page.GotoAsync(new Uri(Path.Combine(folder, "report.html")).AbsoluteUri + hash);
        return session;
    }

    private sealed class BrowserSession(IPlaywright playwright, IBrowser browser, IPage page) : IAsyncDisposable
    {
        public IPage Page { get; } = page;
        public List<string> Errors { get; } = [];
        public List<string> Requests { get; } = [];

        /// <summary>Nothing logged an error, and nothing was fetched from anywhere but the page's own file.</summary>
        public void AssertClean()
        {
            Assert.Empty(Errors);
            Assert.All(Requests, url => Assert.StartsWith("file://", url));
        }

        public async ValueTask DisposeAsync()
        {
            await browser.DisposeAsync();
            playwright.Dispose();
        }
    }
}

/// <summary>A generated corpus of 60 articles, with copy clusters, assessed once for the browser tests.</summary>
public sealed class AssessedSixty : IDisposable
{
    private readonly TempFolder _folder = new();

    public AssessedSixty()
    {
        var corpus = _folder.File("corpus");
        CorpusWriter.Write(CorpusGenerator.Generate(new CorpusSettings(60, Seed: 20261121)), corpus);
        Out = _folder.File("out");
        var result = Cli.Run("assess", corpus, "--rubric", Path.Combine(RepoPaths.Rubrics, "default.yaml"), "--out", Out, "--db", _folder.File("r.db"), "--quiet");
        Assert.Equal(0, result.ExitCode);
    }

    public string Out { get; }

    public void Dispose() => _folder.Dispose();
}
