using System.Text.Json;
using ReliabilityTool.Tests;

namespace ReliabilityTool.Cli.Tests.Commands;

public sealed class IngestCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private string Db => _folder.File("r.db");

    public void Dispose() => _folder.Dispose();

    private JsonElement[] Documents() =>
        JsonDocument.Parse(Cli.Run("documents", "--format", "json", "--db", Db).Out).RootElement.EnumerateArray().ToArray();

    [Fact]
    public void Should_Store_The_Five_Seeds_With_Their_Metadata()
    {
        var result = Cli.Run("ingest", RepoPaths.Seeds, "--db", Db);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("5 documents: 5 added", result.Out);
        var docs = Documents().ToDictionary(d => d.GetProperty("id").GetString()!);
        Assert.Equal(5, docs.Count);
        Assert.Equal("2021-01-12", docs["000_a932271a348b754b"].GetProperty("published").GetString());
        Assert.Equal(["Majid Rafizadeh"], docs["000_a932271a348b754b"].GetProperty("authors").EnumerateArray().Select(a => a.GetString()));
        Assert.Equal(["Jassim Mohamad"], docs["002_ed3d10d6aa1a326f"].GetProperty("authors").EnumerateArray().Select(a => a.GetString()));
        Assert.Equal(["Mohammed Al-Sulami"], docs["004_9b73190adbc7682c"].GetProperty("authors").EnumerateArray().Select(a => a.GetString()));
        Assert.Empty(docs["001_87c85a06c95f109d"].GetProperty("authors").EnumerateArray());
        Assert.Empty(docs["003_a3ff147797a93eea"].GetProperty("authors").EnumerateArray());
        Assert.Equal("Saudi Research & Media Group", docs["002_ed3d10d6aa1a326f"].GetProperty("owner").GetString());
        Assert.Equal("The Middle East and North Africa Media Monitor", docs["001_87c85a06c95f109d"].GetProperty("publisher").GetString());
        Assert.Null(docs["003_a3ff147797a93eea"].GetProperty("publisher").GetString());
        Assert.All(docs.Values, d => Assert.NotEmpty(d.GetProperty("partisan_basis").EnumerateArray()));
    }

    [Fact]
    public void Should_Change_Nothing_When_The_Seeds_Are_Ingested_Twice()
    {
        Cli.Run("ingest", RepoPaths.Seeds, "--db", Db);
        var before = Cli.Snapshot(Db);

        var again = Cli.Run("ingest", RepoPaths.Seeds, "--db", Db);

        Assert.Equal(0, again.ExitCode);
        Assert.Contains("5 unchanged", again.Out);
        Assert.Equal(before, Cli.Snapshot(Db));
    }

    [Fact]
    public void Should_Add_A_Version_When_An_Article_Changes()
    {
        var seeds = _folder.CopySeeds();
        Cli.Run("ingest", seeds, "--db", Db);
        File.AppendAllText(Path.Combine(seeds, "003_a3ff147797a93eea.txt"), "\nA new closing sentence.\n");

        var result = Cli.Run("ingest", seeds, "--db", Db);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("1 new versions", result.Out);
        Assert.Matches(@"003_a3ff147797a93eea\s*│\s*2\s*│\s*newversion", result.Out);
    }

    [Fact]
    public void Should_Show_Where_The_Text_And_Sources_Disagree()
    {
        var seeds = _folder.CopySeeds();
        var yaml = Path.Combine(seeds, "sources.yaml");
        File.WriteAllText(yaml, File.ReadAllText(yaml).Replace("published: 2021-01-12", "published: 2021-01-13"));

        Cli.Run("ingest", seeds, "--db", Db);
        var table = Cli.Run("documents", "--db", Db);

        Assert.Contains("000_a932271a348b754b: the text and sources.yaml disagree on published: text says \"2021-01-12\", sources.yaml says \"2021-01-13\"", table.Out);
    }

    [Fact]
    public void Should_List_Sources_With_The_Basis_Of_Each_Statement()
    {
        Cli.Run("ingest", RepoPaths.Seeds, "--db", Db);

        var result = Cli.Run("sources", "--db", Db);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("owner group: Saudi Research & Media Group (formerly Saudi Research & Marketing Group", result.Out);
        Assert.Contains("affiliation: founder and head of Rasanah", result.Out);
        Assert.Contains("basis: 004 bio line", result.Out);
        Assert.Contains("copyright: 2019 The Middle East and North Africa Media Monitor", result.Out);
        Assert.Contains("publisher: unknown", result.Out);
    }

    public static TheoryData<string, string, string[]> BadInputs => new()
    {
        // name, file to plant in a copy of the seeds (or "" for none), expected message parts
        { "missing path", "", ["does-not-exist", "no such file or folder"] },
        { "empty file", "empty.txt", ["empty.txt", "the file is empty"] },
        { "binary file", "binary.txt", ["binary.txt", "binary file"] },
        { "not UTF-8", "latin1.txt", ["latin1.txt:1:4", "not valid UTF-8"] },
        { "malformed sources.yaml", "sources.yaml:malformed", ["sources.yaml:4:1", "invalid YAML", "did not find expected"] },
        { "unknown key", "sources.yaml:unknown-key", ["sources.yaml:32:5", "unknown key 'nmae'", "Did you mean 'name'?"] },
        { "document that does not exist", "sources.yaml:ghost", ["sources.yaml:", "document 'ghost_document'", "no such article"] },
    };

    [Theory]
    [MemberData(nameof(BadInputs))]
    public void Should_Fail_Clearly_And_Leave_The_Database_As_It_Was(string name, string plant, string[] expected)
    {
        Cli.Run("ingest", RepoPaths.Seeds, "--db", Db);
        var before = Cli.Snapshot(Db);
        var seeds = _folder.CopySeeds("input");
        var yaml = Path.Combine(seeds, "sources.yaml");
        File.AppendAllText(Path.Combine(seeds, "003_a3ff147797a93eea.txt"), "\nChanged, so a partial ingest would show.\n");
        switch (plant)
        {
            case "empty.txt": File.WriteAllText(Path.Combine(seeds, plant), ""); break;
            case "binary.txt": File.WriteAllBytes(Path.Combine(seeds, plant), [0x89, 0x50, 0x4E, 0x47, 0, 0, 1]); break;
            case "latin1.txt": File.WriteAllBytes(Path.Combine(seeds, plant), [(byte)'C', (byte)'a', (byte)'f', 0xE9, (byte)'.']); break;
            case "sources.yaml:malformed": File.WriteAllText(yaml, "version: 1\nowners:\n  - id: [x\n"); break;
            case "sources.yaml:unknown-key": File.WriteAllText(yaml, File.ReadAllText(yaml).Replace("    name: Saudi Research & Media Group", "    nmae: Saudi Research & Media Group")); break;
            case "sources.yaml:ghost": File.AppendAllText(yaml, "\n  - id: ghost_document\n    publisher: arab-news\n"); break;
        }

        var target = name == "missing path" ? Path.Combine(seeds, "does-not-exist") : seeds;
        var result = Cli.Run("ingest", target, "--db", Db);

        Assert.NotEqual(0, result.ExitCode);
        Assert.StartsWith("error: ", result.Error);
        foreach (var part in expected) Assert.Contains(part, result.Error);
        Assert.Equal(before, Cli.Snapshot(Db));
    }

    [Fact]
    public void Should_Judge_Partisanship_By_The_Rubric_Given()
    {
        Cli.Run("ingest", RepoPaths.Seeds, "--db", Db);
        var lenient = _folder.Write("lenient.yaml", File.ReadAllText(Path.Combine(RepoPaths.Rubrics, "default.yaml"))
            .Replace("unknown_provenance: partisan ", "unknown_provenance: not_partisan "));

        var docs = JsonDocument.Parse(Cli.Run("documents", "--format", "json", "--rubric", lenient, "--db", Db).Out).RootElement.EnumerateArray()
            .ToDictionary(d => d.GetProperty("id").GetString()!);

        Assert.False(docs["003_a3ff147797a93eea"].GetProperty("partisan").GetBoolean());
        Assert.True(docs["004_9b73190adbc7682c"].GetProperty("partisan").GetBoolean());
    }

    [Fact]
    public void Should_Refuse_A_File_Type_It_Cannot_Read()
    {
        var pdf = _folder.Write("article.pdf", "%PDF-1.4");

        var result = Cli.Run("ingest", pdf, "--db", Db);

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains("unsupported file type", result.Error);
    }

    [Fact]
    public async Task Should_Take_The_Database_Path_From_Configuration()
    {
        var stdout = new StringWriter();
        var configured = _folder.File("configured.db");

        var code = await CliApp.RunAsync(["ingest", RepoPaths.Seeds], stdout, new StringWriter(), new Dictionary<string, string?> { ["Database:Path"] = configured });

        Assert.Equal(0, code);
        Assert.True(File.Exists(configured));
    }

    [Fact]
    public void Should_Describe_Every_Command_In_Help()
    {
        var help = Cli.Run("--help").Out;

        Assert.Contains("ingest", help);
        Assert.Contains("documents", help);
        Assert.Contains("sources", help);
        Assert.Contains("--db", Cli.Run("ingest", "--help").Out);
    }
}
