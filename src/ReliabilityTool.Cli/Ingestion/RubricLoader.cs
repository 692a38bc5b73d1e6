using Microsoft.Extensions.Configuration;
using ReliabilityTool.Core.Configuration;
using ReliabilityTool.Core.Documents;
using ReliabilityTool.Core.Scoring;

namespace ReliabilityTool.Cli.Ingestion;

/// <summary>
/// Finds and validates the rubric a command runs with: <c>--rubric</c>, else <c>Rubric:Path</c>
/// from configuration, else <c>rubrics/default.yaml</c> if it exists here, else the built-in default.
/// </summary>
public sealed class RubricLoader(IConfiguration configuration)
{
    public const string DefaultPath = "rubrics/default.yaml";

    public Rubric Load(string? explicitPath)
    {
        var path = explicitPath ?? configuration["Rubric:Path"];
        if (path is null) return File.Exists(DefaultPath) ? Read(DefaultPath) : RubricYaml.Default;
        return Read(path);
    }

    public static Rubric Read(string path)
    {
        if (!File.Exists(path)) throw ConfigurationException.FileMissing(path, "rubric file", "Check the path given to --rubric (the shipped ones are in rubrics/), or leave --rubric out to use rubrics/default.yaml.");
        return RubricYaml.Parse(path.Replace('\\', '/'), File.ReadAllText(path));
    }
}
