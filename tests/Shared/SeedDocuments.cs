using ReliabilityTool.Core.Documents;
using ReliabilityTool.Core.Sources;

namespace ReliabilityTool.Tests;

/// <summary>The seed articles read as the command line reads them, with their sources.yaml merged in, once per test run.</summary>
internal static class SeedDocuments
{
    private static readonly Lazy<IReadOnlyList<Document>> Loaded = new(() =>
    {
        var catalog = SourcesYaml.Parse("seeds/sources.yaml", File.ReadAllText(Path.Combine(RepoPaths.Seeds, "sources.yaml")));
        return Directory.GetFiles(RepoPaths.Seeds, "*.txt").Order(StringComparer.Ordinal)
            .Select(f => SourceMerger.Merge(new HeuristicDocumentExtractor().Extract(Path.GetFileNameWithoutExtension(f), f, File.ReadAllText(f), "sha"), catalog))
            .ToList();
    });

    public static IReadOnlyList<Document> All => Loaded.Value;
}
