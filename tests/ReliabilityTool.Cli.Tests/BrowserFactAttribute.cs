namespace ReliabilityTool.Cli.Tests;

/// <summary>
/// A test that drives Debian's Chromium. Where it is absent it is skipped with the reason and how
/// to install it, so the README's test command passes on a machine with only the .NET SDK; where
/// <c>CI</c> is set it always runs, so a CI machine without Chromium fails instead of passing quietly.
/// </summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public const string Chromium = "/usr/bin/chromium";

    public BrowserFactAttribute()
    {
        if (!File.Exists(Chromium) && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI")))
            Skip = $"{Chromium} is not installed: apt-get install -y chromium (as root) runs the browser test; .ci/run installs it.";
    }
}
