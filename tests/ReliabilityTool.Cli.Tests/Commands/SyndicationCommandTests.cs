using System.Globalization;
using System.Text;
using System.Text.Json;
using ReliabilityTool.Tests;

namespace ReliabilityTool.Cli.Tests.Commands;

/// <summary>
/// Sixty outlets, each with its own owner, print one partisan outlet's story with a new title, their
/// own footer and a word changed here and there; a sixty-first copy arrives later with <c>add</c>.
/// The reports must count the story as one source, say where it came from, and not list 1,770 pairs.
/// </summary>
public sealed class SyndicationCommandTests : IClassFixture<SyndicatedArchive>
{
    private readonly SyndicatedArchive _archive;

    public SyndicationCommandTests(SyndicatedArchive archive) => _archive = archive;

    [Fact]
    public void Should_Report_Sixty_Copies_As_One_Copy_Cluster_With_Its_Origin()
    {
        Assert.Equal(0, _archive.Assess.ExitCode);
        var cluster = Assert.Single(_archive.Report.GetProperty("copy_clusters").EnumerateArray());
        Assert.Equal(SyndicatedArchive.Copies, cluster.GetProperty("size").GetInt32());
        Assert.Equal("copy-000", cluster.GetProperty("origin").GetString());
        Assert.Equal("earliest dated copy (2020-01-01)", cluster.GetProperty("origin_basis").GetString());
        Assert.All(_archive.Report.GetProperty("documents").EnumerateArray(), d => Assert.Equal(cluster.GetProperty("id").GetString(), d.GetProperty("copy_cluster").GetString()));
    }

    [Fact]
    public void Should_Keep_Every_Assertion_Of_The_Story_On_One_Partisan_Source()
    {
        var shared = _archive.Report.GetProperty("assertions").EnumerateArray().Where(a => a.GetProperty("documents").GetArrayLength() > 1).ToList();

        Assert.True(shared.Count >= 5, $"{shared.Count} assertions span several copies");
        Assert.All(shared, a =>
        {
            Assert.Equal(1, a.GetProperty("independent_groups").GetArrayLength());
            Assert.Contains("single_partisan_source", a.GetProperty("flags").EnumerateArray().Select(f => f.GetString()));
        });
    }

    [Fact]
    public void Should_Show_The_Story_Once_In_The_Readable_Report()
    {
        var md = File.ReadAllText(Path.Combine(_archive.Out, "report.md"));

        Assert.Contains($"### Carried by {SyndicatedArchive.Copies} documents from {SyndicatedArchive.Copies} outlets, one source: Outlet 0 Gazette (copy-000, origin, 2020-01-01)", md);
        Assert.Contains("passages copied within copy clusters are summarised above", md);
        Assert.DoesNotContain("### copy-001 ← copy-000", md);
    }

    [Fact]
    public void Should_Put_A_Copy_Added_Later_In_The_Cluster_And_Keep_It_Partisan()
    {
        Assert.Equal(0, _archive.Add.ExitCode);
        var cluster = Assert.Single(_archive.AfterAdd.GetProperty("copy_clusters").EnumerateArray());
        Assert.Equal(SyndicatedArchive.Copies + 1, cluster.GetProperty("size").GetInt32());
        var added = _archive.AfterAdd.GetProperty("assertions").EnumerateArray()
            .Where(a => a.GetProperty("documents").EnumerateArray().Any(d => d.GetString() == SyndicatedArchive.Late)).ToList();
        var story = added.Where(a => a.GetProperty("documents").GetArrayLength() > 1).ToList();
        Assert.True(story.Count >= 5, $"{story.Count} of the story's assertions carry the late copy");
        Assert.All(story, a =>
        {
            Assert.Equal(1, a.GetProperty("independent_groups").GetArrayLength());
            Assert.Contains("single_partisan_source", a.GetProperty("flags").EnumerateArray().Select(f => f.GetString()));
        });
    }
}

/// <summary>Writes the sixty copies and their sources, assesses them, then adds one more copy.</summary>
public sealed class SyndicatedArchive : IDisposable
{
    public const int Copies = 60;
    public const string Late = "copy-060";

    private readonly string _root = Path.Combine(Path.GetTempPath(), "rt-syndication-" + Guid.NewGuid().ToString("N"));

    public SyndicatedArchive()
    {
        var corpus = Path.Combine(_root, "corpus");
        Directory.CreateDirectory(corpus);
        var sources = new StringBuilder("version: 1\nowners:\n");
        for (var n = 0; n <= Copies; n++)
        {
            sources.Append(CultureInfo.InvariantCulture, $"  - id: owner-{n}\n    name: Owner Group {n}\n");
            if (n == 0) sources.Append("    state_alignment:\n      - value: aligned with a government that is a party to the story\n        basis: test corpus\n");
        }

        sources.Append("publishers:\n");
        for (var n = 0; n <= Copies; n++) sources.Append(CultureInfo.InvariantCulture, $"  - id: pub-{n}\n    name: Outlet {n} Gazette\n    owner: owner-{n}\n");
        sources.Append("documents:\n");
        var late = new StringBuilder(sources.ToString());
        for (var n = 0; n <= Copies; n++)
        {
            var published = new DateOnly(2020, 1, 1).AddDays(n);
            (n == Copies ? late : sources).Append(CultureInfo.InvariantCulture, $"  - id: copy-{n:D3}\n    publisher: pub-{n}\n    published: {published:yyyy-MM-dd}\n");
            var paragraphs = HarbourStory.Paragraphs.ToList();
            if (n % 3 == 1) paragraphs[1] = paragraphs[1].Replace("smaller", "much smaller", StringComparison.Ordinal);
            var text = $"Harbour story, edition {n}\n\n{published.ToString("MMMM d, yyyy", CultureInfo.InvariantCulture)}\n\n{string.Join("\n\n", paragraphs)}\n\n"
                       + $"Readers can reach the Outlet {n} Gazette newsroom at desk {n}.\n";
            File.WriteAllText(Path.Combine(n == Copies ? _root : corpus, $"copy-{n:D3}.txt"), text);
        }

        File.WriteAllText(Path.Combine(corpus, "sources.yaml"), sources.ToString());
        File.WriteAllText(Path.Combine(_root, "sources.yaml"), late.ToString());
        Db = Path.Combine(_root, "reliability.db");
        Out = Path.Combine(_root, "report");
        var rubric = Path.Combine(ReliabilityTool.Tests.RepoPaths.Root, "rubrics", "default.yaml");
        Assess = Cli.Run("assess", corpus, "--rubric", rubric, "--out", Out, "--db", Db, "--quiet");
        Report = Read(Out);
        Add = Cli.Run("add", Path.Combine(_root, Late + ".txt"), "--sources", Path.Combine(_root, "sources.yaml"), "--rubric", rubric, "--out", Path.Combine(_root, "added"), "--db", Db, "--quiet");
        var report = Cli.Run("report", "--rubric", rubric, "--out", Path.Combine(_root, "added"), "--db", Db);
        if (Assess.ExitCode != 0 || Add.ExitCode != 0 || report.ExitCode != 0)
            throw new InvalidOperationException($"assess: {Assess.Error}\nadd: {Add.Error}\nreport: {report.Error}");
        AfterAdd = Read(Path.Combine(_root, "added"));
    }

    public string Db { get; }
    public string Out { get; }
    public CliResult Assess { get; }
    public CliResult Add { get; }
    public JsonElement Report { get; }
    public JsonElement AfterAdd { get; }

    private static JsonElement Read(string folder) => JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "report.json"))).RootElement;

    public void Dispose()
    {
        try { Directory.Delete(_root, recursive: true); }
        catch (IOException) { }
    }
}

/// <summary>A copy dated before every stored one arrives with <c>add</c>: it becomes the origin, and the old origin one copy among the others.</summary>
public sealed class EarlierCopyAddedTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "rt-earlier-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public void Should_Make_An_Earlier_Copy_Added_Later_The_Origin()
    {
        var corpus = Path.Combine(_root, "corpus");
        Directory.CreateDirectory(corpus);
        string Yaml(IEnumerable<int> documents) =>
            "version: 1\npublishers:\n" + string.Concat(Enumerable.Range(0, 4).Select(n => $"  - id: pub-{n}\n    name: Outlet {n} Gazette\n"))
            + "documents:\n" + string.Concat(documents.Select(n => FormattableString.Invariant($"  - id: copy-{n}\n    publisher: pub-{n}\n    published: {new DateOnly(2020, 1, 1).AddDays(n):yyyy-MM-dd}\n")));
        foreach (var n in Enumerable.Range(0, 4))
        {
            var text = $"Harbour story, edition {n}\n\n{string.Join("\n\n", HarbourStory.Paragraphs)}\n\nReaders can reach the Outlet {n} Gazette newsroom at desk {n}.\n";
            File.WriteAllText(Path.Combine(n == 0 ? _root : corpus, $"copy-{n}.txt"), text);
        }

        File.WriteAllText(Path.Combine(corpus, "sources.yaml"), Yaml([1, 2, 3]));
        File.WriteAllText(Path.Combine(_root, "sources.yaml"), Yaml([0]));
        var (db, rubric, output) = (Path.Combine(_root, "r.db"), Path.Combine(ReliabilityTool.Tests.RepoPaths.Root, "rubrics", "default.yaml"), Path.Combine(_root, "out"));

        foreach (var run in new[]
                 {
                     Cli.Run("assess", corpus, "--rubric", rubric, "--out", output, "--db", db, "--quiet"),
                     Cli.Run("add", Path.Combine(_root, "copy-0.txt"), "--sources", Path.Combine(_root, "sources.yaml"), "--rubric", rubric, "--out", output, "--db", db, "--quiet"),
                     Cli.Run("report", "--rubric", rubric, "--out", output, "--db", db),
                 })
        {
            Assert.True(run.ExitCode == 0, run.Error);
        }

        var report = JsonDocument.Parse(File.ReadAllText(Path.Combine(output, "report.json"))).RootElement;
        var cluster = Assert.Single(report.GetProperty("copy_clusters").EnumerateArray());
        Assert.Equal("copy-0", cluster.GetProperty("origin").GetString());
        Assert.Equal(4, cluster.GetProperty("size").GetInt32());
        var formerOrigin = cluster.GetProperty("documents").EnumerateArray().Single(d => d.GetProperty("id").GetString() == "copy-1");
        Assert.DoesNotContain("origin", formerOrigin.GetProperty("basis").GetString(), StringComparison.Ordinal);
    }

    public void Dispose()
    {
        try { Directory.Delete(_root, recursive: true); }
        catch (IOException) { }
    }
}
