using System.Diagnostics;
using ReliabilityTool.Cli.Commands;
using ReliabilityTool.Corpus;
using ReliabilityTool.Tests;

namespace ReliabilityTool.Cli.Tests.Commands;

/// <summary>
/// The command line as separate processes, the way a newsroom's scripts run it: two at once on
/// one database, and runs killed at every stage (<c>RELIABILITY_STOP_AT</c>, as <c>kill -9</c>).
/// </summary>
public sealed class RobustnessTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public RobustnessTests()
    {
        CorpusWriter.Write(CorpusGenerator.Generate(new CorpusSettings(20, Seed: 7)), _folder.File("corpus"));
    }

    [Fact]
    public async Task Should_Let_Two_Runs_Share_A_New_Database()
    {
        var db = _folder.File("shared.db");

        var runs = await Task.WhenAll(
            Task.Run(() => Process("assess", _folder.File("corpus"), "--db", db, "--out", _folder.File("a"), "--quiet")),
            Task.Run(() => Process("assess", _folder.File("corpus"), "--db", db, "--out", _folder.File("b"), "--quiet")));

        Assert.All(runs, r => Assert.True(r.ExitCode == 0, $"exit {r.ExitCode}: {r.Error}"));
        Assert.Equal(File.ReadAllText(_folder.File("a/report.json")), File.ReadAllText(_folder.File("b/report.json")));
    }

    public static TheoryData<string> Stages() =>
    [
        "read articles", "store documents, extract claims", "load stored claims", "cross-document analysis, scoring", "store analysis, write reports", "commit",
    ];

    [Theory]
    [MemberData(nameof(Stages))]
    public void Should_Keep_The_Previous_Assessment_When_A_Run_Is_Killed(string stage)
    {
        var db = _folder.File("archive.db");
        Assert.Equal(0, Process("assess", _folder.File("corpus"), "--db", db, "--out", _folder.File("before"), "--quiet").ExitCode);
        var before = File.ReadAllText(_folder.File("before/report.json"));

        // A changed article and a new one: the next run has documents, claims and an analysis to store.
        var changed = Directory.GetFiles(_folder.File("corpus"), "*.txt").Order(StringComparer.Ordinal).First();
        File.AppendAllText(changed, "\nOfficials said the inquiry into the bridge collapse would report within 60 days.\n");
        File.WriteAllText(_folder.File("corpus/zz-late.txt"), "Late news\n\nThe ministry announced on 4 May 2024 that 12 officials had been suspended.\n");

        var killed = Process([StageClock.StopAtVariable, stage], "assess", _folder.File("corpus"), "--db", db, "--out", _folder.File("killed"), "--quiet");

        Assert.NotEqual(0, killed.ExitCode);
        var report = Cli.Run("report", "--db", db, "--out", _folder.File("after"));
        Assert.True(report.ExitCode == 0, report.Error);
        // The same assessment; only the list of input files not read belongs to a run, not to the database.
        Assert.Equal(WithoutSkipped(before), WithoutSkipped(File.ReadAllText(_folder.File("after/report.json"))));

        // And a rerun gives what a clean run on the changed articles gives.
        Assert.Equal(0, Process("assess", _folder.File("corpus"), "--db", db, "--out", _folder.File("rerun"), "--quiet").ExitCode);
        Assert.Equal(0, Process("assess", _folder.File("corpus"), "--db", _folder.File("clean.db"), "--out", _folder.File("clean"), "--quiet").ExitCode);
        Assert.Equal(File.ReadAllText(_folder.File("clean/report.json")), File.ReadAllText(_folder.File("rerun/report.json")));
    }

    private static string WithoutSkipped(string reportJson)
    {
        var report = System.Text.Json.Nodes.JsonNode.Parse(reportJson)!.AsObject();
        report.Remove("skipped");
        return report.ToJsonString();
    }

    private static CliResult Process(params string[] args) => Process([], args);

    /// <summary>The real binary in a process of its own, so that it can be killed without taking the test with it.</summary>
    private static CliResult Process(string[] environment, params string[] args)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "reliability.dll"));
        foreach (var arg in args) start.ArgumentList.Add(arg);
        for (var i = 0; i + 1 < environment.Length; i += 2) start.Environment[environment[i]] = environment[i + 1];
        using var process = System.Diagnostics.Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return new CliResult(process.ExitCode, output.Result, error.Result);
    }

    public void Dispose() => _folder.Dispose();
}
