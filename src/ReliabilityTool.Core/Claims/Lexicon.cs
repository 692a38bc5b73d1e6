using System.Security.Cryptography;
using System.Text;

namespace ReliabilityTool.Core.Claims;

/// <summary>
/// An evidence cue: a pattern that, found in a sentence, means the sentence cites evidence of
/// <see cref="Kind"/>. A named group <c>cited</c> captures what is cited. A cue marked
/// <see cref="RefersBack"/> ("the report also stated") takes its source from an earlier sentence.
/// </summary>
public sealed record EvidenceCue(string Pattern, string Kind, bool RefersBack = false);

/// <summary>
/// The word lists the claim stage uses. The defaults are data (<c>Data/lexicon.tsv</c>); a
/// rubric's <c>lexicons</c> section extends them without recompiling.
/// </summary>
public sealed record Lexicon(
    IReadOnlyList<string> Hedges,
    IReadOnlyList<EvidenceCue> EvidenceCues,
    IReadOnlyList<string> OpinionCues,
    IReadOnlyList<string> RecommendationCues)
{
    public Lexicon Extend(IEnumerable<string> hedges, IEnumerable<EvidenceCue> cues, IEnumerable<string> opinionCues, IEnumerable<string> recommendationCues) =>
        new(Hedges.Concat(hedges).Distinct().ToList(), cues.Concat(EvidenceCues).ToList(),
            OpinionCues.Concat(opinionCues).Distinct().ToList(), RecommendationCues.Concat(recommendationCues).Distinct().ToList());

    /// <summary>
    /// How the claim stage reads text apart from the lexicon's words. Raise it whenever a change to
    /// the extractor would make different claims from the same text: stored claims then count as stale.
    /// </summary>
    public const string ClaimStageVersion = "2026-11-21.15p";

    /// <summary>The data files the claim stage reads besides the lexicon: editing them makes stored claims stale too.</summary>
    private static readonly Lazy<string> DataFingerprint = new(() =>
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var name in new[] { "attribution.tsv", "english.tsv.gz" })
        {
            using var stream = EmbeddedData.Open(name);
            var buffer = new byte[81920];
            int read;
            while ((read = stream.Read(buffer)) > 0) sha.AppendData(buffer, 0, read);
        }

        return Convert.ToHexStringLower(sha.GetHashAndReset())[..16];
    });

    /// <summary>Identifies the lexicon's content, the claim stage and its check-worthiness model: claims made with another fingerprint are stale.</summary>
    public string Fingerprint => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join("\u0001",
        new[] { ClaimStageVersion, CheckWorthiness.Default.Fingerprint, DataFingerprint.Value }.Concat(Hedges).Concat(["|"]).Concat(EvidenceCues.Select(c => $"{c.Kind}:{c.RefersBack}:{c.Pattern}")).Concat(["|"]).Concat(OpinionCues).Concat(["|"]).Concat(RecommendationCues)))))[..16];

    /// <summary>The built-in cues, read from <c>Data/lexicon.tsv</c>: general English, editable without touching code.</summary>
    public static Lexicon Default { get; } = Read("lexicon.tsv");

    private static Lexicon Read(string resource)
    {
        using var stream = EmbeddedData.Open(resource);
        using var reader = new StreamReader(stream);
        var (hedges, cues, opinions, recommendations) = (new List<string>(), new List<EvidenceCue>(), new List<string>(), new List<string>());
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (line.Length == 0 || line.StartsWith('#')) continue;
            var fields = line.Split('\t', 3);
            switch (fields[0])
            {
                case "hedge" when fields.Length == 2: hedges.Add(fields[1]); break;
                case "opinion" when fields.Length == 2: opinions.Add(fields[1]); break;
                case "recommendation" when fields.Length == 2: recommendations.Add(fields[1]); break;
                case "evidence" or "evidence-back" when fields.Length == 3: cues.Add(new EvidenceCue(fields[2], fields[1], RefersBack: fields[0] == "evidence-back")); break;
                default: throw new InvalidOperationException($"{resource}:{number}: expected hedge, opinion or recommendation and a phrase, or evidence, a kind and a pattern");
            }
        }

        return new Lexicon(hedges, cues, opinions, recommendations);
    }
}
