using System.Diagnostics;
using System.Text.Json;

namespace ReliabilityTool.Cli.Commands;

/// <summary>Times the stages of one run and records the process's peak memory, for <c>--timings</c>.</summary>
internal sealed class StageClock
{
    private readonly List<(string Stage, double Seconds)> stages = [];

    public T Time<T>(string stage, Func<T> work)
    {
        var clock = Stopwatch.StartNew();
        var result = work();
        stages.Add((stage, clock.Elapsed.TotalSeconds));
        return result;
    }

    public void Time(string stage, Action work) => Time(stage, () => { work(); return 0; });

    public void Save(string file, int documents)
    {
        using var process = Process.GetCurrentProcess();
        var record = new
        {
            documents,
            stages = stages.Select(s => new { stage = s.Stage, seconds = Math.Round(s.Seconds, 3) }),
            total_seconds = Math.Round(stages.Sum(s => s.Seconds), 3),
            peak_working_set_bytes = process.PeakWorkingSet64,
        };
        File.WriteAllText(file, JsonSerializer.Serialize(record, new JsonSerializerOptions { WriteIndented = true }));
    }
}
