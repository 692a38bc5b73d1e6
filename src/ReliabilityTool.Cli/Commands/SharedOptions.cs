using System.CommandLine;

namespace ReliabilityTool.Cli.Commands;

/// <summary>Options that several commands take and must describe alike. Each call makes a new option, one per command.</summary>
internal static class SharedOptions
{
    public static Option<string?> AssessedRubric() =>
        new("--rubric") { Description = "The rubric the archive was assessed with. Default: rubrics/default.yaml." };

    public static Option<string> ReportsOut() =>
        new("--out") { Description = "Where to write the reports.", DefaultValueFactory = _ => "report" };

    public static Option<string> Reviewer() =>
        new("--reviewer") { Description = "The organisation named as author of the ClaimReview entries.", DefaultValueFactory = _ => "ReliabilityTool" };

    public static Option<bool> Quiet() => new("--quiet", "-q") { Description = "Print nothing but errors." };

    public static Option<string?> Timings() =>
        new("--timings") { Description = "Write each stage's seconds and the peak memory to this JSON file (for benchmarks)." };
}
