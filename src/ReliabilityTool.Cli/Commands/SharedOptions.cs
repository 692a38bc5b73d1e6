using ReliabilityTool.Cli.Ingestion;
using Spectre.Console;
using System.CommandLine;

namespace ReliabilityTool.Cli.Commands;

/// <summary>Options that several commands take and must describe alike. Each call makes a new option, one per command.</summary>
internal static class SharedOptions
{
    public static Option<string?> AssessedRubric() =>
        new("--rubric") { Description = "The rubric to score with: any rubric whose lexicon the archive was assessed with (a lexicon change needs `assess`). Default: rubrics/default.yaml." };

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

    /// <summary>The size above which an article file is refused (<c>Input:MaxFileMegabytes</c> in configuration sets the same).</summary>
    public static Option<int?> MaxFileMegabytes()
    {
        var option = new Option<int?>("--max-file-mb") { Description = $"Refuse an article file larger than this many MB (default {ArticleLoader.DefaultMaxFileMegabytes}, or Input:MaxFileMegabytes in appsettings.json)." };
        option.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int?>() is < 1) result.AddError("--max-file-mb must be 1 or more.");
        });
        return option;
    }

    /// <summary>Prints the files an input held that were not read, each with why.</summary>
    public static void PrintSkipped(IAnsiConsole console, IReadOnlyList<ReliabilityTool.Core.Documents.SkippedFile> skipped)
    {
        if (skipped.Count == 0) return;
        console.WriteLine($"{skipped.Count} {(skipped.Count == 1 ? "file was" : "files were")} not read:");
        foreach (var s in skipped) console.WriteLine($"  skipped: {s.File}: {s.Reason}");
    }

    public static Option<bool> Quiet() => new("--quiet", "-q") { Description = "Print nothing but errors." };

    public static Option<string?> Timings() =>
        new("--timings") { Description = "Write each stage's seconds and the peak memory to this JSON file (for benchmarks)." };
}
