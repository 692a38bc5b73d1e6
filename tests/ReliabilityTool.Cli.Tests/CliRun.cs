using ReliabilityTool.Tests;

namespace ReliabilityTool.Cli.Tests;

/// <summary>Runs the real command line in-process, capturing what a user would see.</summary>
public sealed record CliResult(int ExitCode, string Out, string Error);

internal static class Cli
{
    public static CliResult Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = CliApp.RunAsync(args, stdout, stderr).GetAwaiter().GetResult();
        return new CliResult(code, stdout.ToString(), stderr.ToString());
    }

    /// <summary>Everything stored, as one string: equal before and after means the database was left as it was.</summary>
    public static string Snapshot(string db) => Run("documents", "--format", "json", "--db", db).Out;
}
