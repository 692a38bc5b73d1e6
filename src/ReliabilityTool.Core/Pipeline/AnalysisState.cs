namespace ReliabilityTool.Core.Pipeline;

/// <summary>What the stored analysis was made with, and over how many matched claims.</summary>
/// <param name="RubricSha256">The rubric of the last assess, recorded for whoever inspects the database; never required, since any rubric with the same lexicon rescores the analysis.</param>
/// <param name="Lexicon">The lexicon's fingerprint: claims, and so every match, depend on it.</param>
public sealed record AnalysisState(string RubricSha256, string Lexicon, int Claims);
