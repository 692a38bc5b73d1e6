using System.Text.Json;
using ReliabilityTool.Tests;

namespace ReliabilityTool.Cli.Tests.Commands;

/// <summary>
/// An archive of four seed articles is assessed, then the fifth (004, whose passages 003
/// reproduces) arrives and is added: the stored analysis must take it in as a whole assess would.
/// </summary>
public sealed class AddCommandTests : IClassFixture<ArchiveWithOneAdded>
{
    private const string Added = "004_9b73190adbc7682c";
    private readonly ArchiveWithOneAdded _archive;

    public AddCommandTests(ArchiveWithOneAdded archive) => _archive = archive;

    [Fact]
    public void Should_Add_The_Article_And_Say_What_It_Changed()
    {
        Assert.Equal(0, _archive.Add.ExitCode);
        Assert.Contains("1 article(s) added", _archive.Add.Out);
        var changes = File.ReadAllText(Path.Combine(_archive.Out, "changes.md"));
        Assert.StartsWith($"# Added: {Added}", changes);
        // 003 reproduces passages of 004, so assertions the two share are flagged as copied, not corroborated.
        Assert.Contains("**copied**", changes);
        Assert.Matches($@"- 003_a3ff147797a93eea reproduces \d+ words of {Added}", changes);
    }

    [Fact]
    public void Should_Find_The_Copy_Of_003_Without_Reassessing()
    {
        var reuse = _archive.Report.GetProperty("reuse").EnumerateArray().ToList();
        Assert.Contains(reuse, r => r.GetProperty("from").GetString() == Added && r.GetProperty("to").GetString() == "003_a3ff147797a93eea");
        Assert.Equal(_archive.Full.GetProperty("reuse").GetArrayLength(), reuse.Count);
    }

    [Fact]
    public void Should_Put_Every_Factual_Claim_In_Exactly_One_Assertion_After_The_Add()
    {
        var inAssertions = _archive.Report.GetProperty("assertions").EnumerateArray()
            .SelectMany(a => a.GetProperty("claims").EnumerateArray().Select(c => c.GetString()!)).ToList();
        var factual = _archive.Report.GetProperty("claims").EnumerateArray()
            .Where(c => c.GetProperty("kind").GetString() is "factual" or "quote" or "note").Select(c => c.GetProperty("id").GetString()!).ToList();

        Assert.Equal(inAssertions.Count, inAssertions.Distinct().Count());
        Assert.Equal(factual.Order(), inAssertions.Order());
        Assert.Contains(factual, id => id.StartsWith(Added, StringComparison.Ordinal));
    }

    [Fact]
    public void Should_Group_Claims_Almost_As_A_Whole_Assess_Does()
    {
        static HashSet<string> Groups(JsonElement report) => report.GetProperty("assertions").EnumerateArray()
            .Select(a => string.Join("|", a.GetProperty("claims").EnumerateArray().Select(c => c.GetString()).Order())).ToHashSet();
        var (added, full) = (Groups(_archive.Report), Groups(_archive.Full));

        // Measured: 261 of the whole run's 270 assertions come out identical.
        Assert.True(added.Intersect(full).Count() >= 0.95 * full.Count, $"{added.Intersect(full).Count()} of {full.Count} assertions agree");
    }

    [Fact]
    public void Should_Skip_An_Article_Already_In_The_Archive()
    {
        var again = Cli.Run("add", _archive.Article, "--rubric", ArchiveWithOneAdded.Rubric, "--out", _archive.Out + "-again", "--db", _archive.Db);

        Assert.Equal(0, again.ExitCode);
        Assert.Contains($"{Added}: already in the archive, unchanged; skipped.", again.Out);
    }

    [Fact]
    public void Should_Refuse_A_Rubric_With_Another_Lexicon_And_Leave_The_Database_As_It_Was()
    {
        using var folder = new TempFolder();
        var otherLexicon = folder.Write("hedgier.yaml", File.ReadAllText(ArchiveWithOneAdded.Rubric).Replace("hedges: [reportedly, allegedly, purportedly]", "hedges: [reportedly, allegedly, purportedly, seemingly]"));
        var before = Cli.Snapshot(_archive.Db);

        var result = Cli.Run("add", RepoPaths.Seeds + "/000_a932271a348b754b.txt", "--rubric", otherLexicon, "--db", _archive.Db, "--out", folder.File("out"));

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains("claims were extracted with another lexicon", result.Error);
        Assert.Contains("reliability assess", result.Error);
        Assert.Equal(before, Cli.Snapshot(_archive.Db));
    }

    [Fact]
    public void Should_Not_Build_On_An_Analysis_That_Misses_Documents_Ingested_Since()
    {
        using var copy = new TempFolder();
        var db = copy.File("copy.db");
        File.Copy(_archive.Db, db);
        var article = copy.File("zz_later.txt");
        File.WriteAllText(article, "A later article. It says the courier crossed the border in March 2021.\n");
        Assert.Equal(0, Cli.Run("ingest", article, "--db", db).ExitCode);

        var result = Cli.Run("add", _archive.Article, "--rubric", ArchiveWithOneAdded.Rubric, "--db", db, "--out", copy.File("out"));

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains("holds no assessment yet", result.Error);
    }

    [Fact]
    public void Should_Ask_For_An_Assessment_First()
    {
        using var empty = new TempFolder();
        var result = Cli.Run("add", _archive.Article, "--rubric", ArchiveWithOneAdded.Rubric, "--db", empty.File("none.db"), "--out", empty.File("out"));

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains("run `reliability assess <folder>` on the archive first", result.Error);
    }
}

/// <summary>Four seeds assessed, the fifth added, the reports rewritten; and the five assessed whole, to compare.</summary>
public sealed class ArchiveWithOneAdded : IDisposable
{
    public static readonly string Rubric = Path.Combine(RepoPaths.Rubrics, "default.yaml");
    private readonly TempFolder _folder = new();

    public ArchiveWithOneAdded()
    {
        var articles = _folder.File("articles");
        Directory.CreateDirectory(articles);
        foreach (var file in Directory.GetFiles(RepoPaths.Seeds).Where(f => !Path.GetFileName(f).StartsWith("004_", StringComparison.Ordinal)))
            File.Copy(file, Path.Combine(articles, Path.GetFileName(file)));
        // The archive's sources.yaml does not yet describe the article that arrives later.
        var sources = File.ReadAllText(Path.Combine(RepoPaths.Seeds, "sources.yaml"));
        File.WriteAllText(Path.Combine(articles, "sources.yaml"), sources[..sources.IndexOf("  - id: 004_", StringComparison.Ordinal)]);

        Db = _folder.File("archive.db");
        Out = _folder.File("out");
        Assert.Equal(0, Cli.Run("assess", articles, "--rubric", Rubric, "--out", Out, "--db", Db, "--quiet").ExitCode);

        Article = Path.Combine(articles, "004_9b73190adbc7682c.txt");
        File.Copy(Path.Combine(RepoPaths.Seeds, "004_9b73190adbc7682c.txt"), Article);
        File.Copy(Path.Combine(RepoPaths.Seeds, "sources.yaml"), Path.Combine(articles, "sources.yaml"), overwrite: true);
        Add = Cli.Run("add", Article, "--rubric", Rubric, "--out", Out, "--db", Db);
        Assert.Equal(0, Cli.Run("report", "--rubric", Rubric, "--out", Out, "--db", Db).ExitCode);
        Report = JsonDocument.Parse(File.ReadAllText(Path.Combine(Out, "report.json"))).RootElement;

        Assert.Equal(0, Cli.Run("assess", RepoPaths.Seeds, "--rubric", Rubric, "--out", _folder.File("full"), "--db", _folder.File("full.db"), "--quiet").ExitCode);
        Full = JsonDocument.Parse(File.ReadAllText(Path.Combine(_folder.File("full"), "report.json"))).RootElement;
    }

    public string Db { get; }
    public string Out { get; }
    public string Article { get; }
    public CliResult Add { get; }
    public JsonElement Report { get; }
    public JsonElement Full { get; }

    public void Dispose() => _folder.Dispose();
}
