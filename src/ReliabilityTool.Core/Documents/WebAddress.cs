namespace ReliabilityTool.Core.Documents;

/// <summary>An address a reader can open from a published report: absolute, http or https. Anything else (a relative path, a file) is not one.</summary>
public static class WebAddress
{
    /// <returns>The address as given, or null when it is not an absolute http or https address.</returns>
    public static string? Parse(string text) =>
        Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" && uri.Host.Length > 0 ? text : null;
}
