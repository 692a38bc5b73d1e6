namespace ReliabilityTool.Core;

/// <summary>The data files the build embeds in Core (word lists, weights, the English table), opened by name.</summary>
internal static class EmbeddedData
{
    public static Stream Open(string name) =>
        typeof(EmbeddedData).Assembly.GetManifestResourceStream(name)
        ?? throw new InvalidOperationException($"The {name} resource is missing from the build.");
}
