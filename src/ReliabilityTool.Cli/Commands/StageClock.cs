using System.Diagnostics;
using System.Text.Json;

namespace ReliabilityTool.Cli.Commands;

/// <summary>Times the stages of one run and records the process's peak memory, for <c>--timings</c>.</summary>
internal sealed class StageClock
{
    /// <summary>How the command line writes JSON for people to read (<c>--timings</c>, <c>documents --format json</c>).</summary>
    internal static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    private readonly List<(string Stage, double Seconds)> _stages = [];

    /// <summary>
    /// The environment switch the kill-safety tests use: <c>RELIABILITY_STOP_AT</c> set to a stage's
    /// name kills the process, as <c>kill -9</c> would, just as that stage starts.
    /// </summary>
    public const string StopAtVariable = "RELIABILITY_STOP_AT";

    public T Time<T>(string stage, Func<T> work)
    {
        StopIfAsked(stage);
        var clock = Stopwatch.StartNew();
        var result = work();
        _stages.Add((stage, clock.Elapsed.TotalSeconds));
        return result;
    }

    /// <summary>Dies here, at once and without cleaning up, when <see cref="StopAtVariable"/> names this point.</summary>
    public static void StopIfAsked(string point)
    {
        if (Environment.GetEnvironmentVariable(StopAtVariable) != point) return;
        using var self = Process.GetCurrentProcess();
        self.Kill();
    }

    public void Time(string stage, Action work) => Time(stage, () => { work(); return 0; });

    public void Save(string file, int documents)
    {
        using var process = Process.GetCurrentProcess();
        var record = new
        {
            documents,
            stages = _stages.Select(s => new { stage = s.Stage, seconds = Math.Round(s.Seconds, 3) }),
            total_seconds = Math.Round(_stages.Sum(s => s.Seconds), 3),
            peak_working_set_bytes = process.PeakWorkingSet64,
        };
        File.WriteAllText(file, JsonSerializer.Serialize(record, Indented));
    }
}
