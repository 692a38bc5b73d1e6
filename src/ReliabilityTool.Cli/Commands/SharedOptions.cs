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

    /// <summary>Where the reports will be published: ClaimReview urls are made absolute from it, and left out without it.</summary>
    public static Option<string?> BaseUrl()
    {
        var option = new Option<string?>("--base-url") { Description = "Where the reports will be published (https://…/): claimreview.jsonld links each review to report.html there. Without it, reviews carry no url." };
        option.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string?>() is { } value && ReliabilityTool.Core.Documents.WebAddress.Parse(value) is null)
                result.AddError($"--base-url '{value}' is not an absolute http or https address: give one like https://example.org/checks/bridge-collapse/");
        });
        return option;
    }

    public static Option<bool> Quiet() => new("--quiet", "-q") { Description = "Print nothing but errors." };

    public static Option<string?> Timings() =>
        new("--timings") { Description = "Write each stage's seconds and the peak memory to this JSON file (for benchmarks)." };
}
