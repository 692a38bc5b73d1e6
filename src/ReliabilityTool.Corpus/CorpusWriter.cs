using System.Text.Json;

namespace ReliabilityTool.Corpus;

/// <summary>Writes a generated corpus as a folder <c>assess</c> can read: the articles, sources.yaml, and truth.json beside them.</summary>
public static class CorpusWriter
{
    public const string TruthFileName = "truth.json";

    public static void Write(GeneratedCorpus corpus, string folder)
    {
        Directory.CreateDirectory(folder);
        foreach (var article in corpus.Articles) File.WriteAllText(Path.Combine(folder, article.FileName), article.Text);
        File.WriteAllText(Path.Combine(folder, "sources.yaml"), corpus.SourcesYaml);
        File.WriteAllText(Path.Combine(folder, TruthFileName), JsonSerializer.Serialize(corpus.Truth, Options));
    }

    public static PlantedTruth ReadTruth(string folder) =>
        JsonSerializer.Deserialize<PlantedTruth>(File.ReadAllText(Path.Combine(folder, TruthFileName)), Options)
        ?? throw new InvalidDataException($"{folder}/{TruthFileName} is empty");

    private static readonly JsonSerializerOptions Options = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower, WriteIndented = false };
}
