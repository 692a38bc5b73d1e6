using System.Globalization;
using System.Text;
using ReliabilityTool.Core.Claims;
using ReliabilityTool.Core.Documents;
using ReliabilityTool.Tests;
using Xunit.Abstractions;

namespace ReliabilityTool.Core.Tests.Claims;

/// <summary>
/// Measures the claim stage against the hand-labelled seed sentences in
/// <c>Labelled/seed-claims.tsv</c>: precision and recall per label, each held to a floor.
/// Run with <c>--logger "console;verbosity=detailed"</c> to see the figures.
/// </summary>
public sealed class ClaimQualityTests(ITestOutputHelper output)
{
    /// <summary>
    /// The floors: a change that pushes any label below its floor fails the build. The hedge and
    /// evidence floors were re-based for issue 15, when those labels were re-made blind to the tool
    /// by the guidelines in benchmarks/labels (the first draft came from the tool's own output, so
    /// its floors measured the tool against itself). Each sits just under what the claim stage
    /// measured on the new labels: primary 0.938 / 0.717, secondary 0.583 / 1.000 (7 sentences),
    /// anonymous 0.889 / 0.615, hedged 0.903 / 0.903 (0.906 / 0.935 after the last hedge rules).
    /// </summary>
    private static readonly Dictionary<string, (double Precision, double Recall)> Floors = new()
    {
        ["kind=factual"] = (0.88, 0.95),
        ["kind=quote"] = (0.95, 0.90),
        // Opinion recall was 0.463 with cues lifted from these very sentences ("godfather", "marriage of
        // convenience", "is neither new nor old"); without them it is 0.296, and the floor says so.
        ["kind=opinion"] = (0.85, 0.25),
        ["kind=recommendation"] = (0.80, 0.95),
        ["kind=question"] = (0.90, 0.90),
        ["hedged=yes"] = (0.85, 0.85),
        ["evidence=primary"] = (0.90, 0.70),
        ["evidence=secondary"] = (0.50, 0.85),
        ["evidence=anonymous"] = (0.85, 0.60),
    };

    private sealed record Label(string Document, int Start, int End, string Kind, string Hedged, string Evidence);

    private static IReadOnlyList<Label> Labels() =>
        File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Claims", "Labelled", "seed-claims.tsv"))
            .Where(l => !l.StartsWith('#') && !l.StartsWith("document\t", StringComparison.Ordinal) && l.Length > 0)
            .Select(l => l.Split('\t'))
            .Select(f => new Label(f[0], int.Parse(f[1], CultureInfo.InvariantCulture), int.Parse(f[2], CultureInfo.InvariantCulture), f[3], f[4], f[5]))
            .ToList();

    private static Dictionary<(string, int, int), Claim> Predictions()
    {
        var extractor = new SentenceClaimExtractor(Lexicon.Default);
        var claims = new Dictionary<(string, int, int), Claim>();
        foreach (var file in Directory.GetFiles(RepoPaths.Seeds, "*.txt"))
        {
            var id = Path.GetFileNameWithoutExtension(file);
            var document = new HeuristicDocumentExtractor().Extract(id, file, File.ReadAllText(file), "sha");
            foreach (var claim in extractor.Extract(document)) claims[(id, claim.Start, claim.End)] = claim;
        }

        return claims;
    }

    [Fact]
    public void Should_Meet_The_Floor_For_Every_Label()
    {
        var labels = Labels();
        var predictions = Predictions();
        var counts = Floors.Keys.ToDictionary(k => k, _ => (Tp: 0, Fp: 0, Fn: 0));
        var matched = 0;

        foreach (var label in labels)
        {
            predictions.TryGetValue((label.Document, label.Start, label.End), out var claim);
            if (claim is not null) matched++;
            var predicted = claim is null
                ? new Dictionary<string, string>()
                : new Dictionary<string, string>
                {
                    ["kind"] = claim.Kind.ToString().ToLowerInvariant(),
                    ["hedged"] = claim.IsHedged ? "yes" : "no",
                    ["evidence"] = claim.StrongestEvidence?.ToString().ToLowerInvariant() ?? "none",
                };
            var truth = new Dictionary<string, string> { ["kind"] = label.Kind, ["hedged"] = label.Hedged, ["evidence"] = label.Evidence };
            foreach (var key in Floors.Keys)
            {
                var (dimension, value) = (key.Split('=')[0], key.Split('=')[1]);
                var isTrue = truth[dimension] == value;
                var isPredicted = predicted.GetValueOrDefault(dimension) == value;
                var c = counts[key];
                counts[key] = (c.Tp + (isTrue && isPredicted ? 1 : 0), c.Fp + (!isTrue && isPredicted ? 1 : 0), c.Fn + (isTrue && !isPredicted ? 1 : 0));
            }
        }

        var report = new StringBuilder();
        report.AppendLine(System.Globalization.CultureInfo.InvariantCulture, $"segmentation: {matched} of {labels.Count} labelled spans found exactly");
        report.AppendLine("label                 support  precision  recall");
        var failures = new List<string>();
        foreach (var (key, (tp, fp, fn)) in counts)
        {
            var precision = tp + fp == 0 ? 1 : (double)tp / (tp + fp);
            var recall = tp + fn == 0 ? 1 : (double)tp / (tp + fn);
            report.AppendLine(CultureInfo.InvariantCulture, $"{key,-21} {tp + fn,7}  {precision,9:0.000}  {recall,6:0.000}");
            var floor = Floors[key];
            if (precision < floor.Precision) failures.Add($"{key}: precision {precision:0.000} < floor {floor.Precision}");
            if (recall < floor.Recall) failures.Add($"{key}: recall {recall:0.000} < floor {floor.Recall}");
        }

        output.WriteLine(report.ToString());
        Assert.True(matched >= labels.Count * 0.98, $"only {matched} of {labels.Count} labelled sentence spans were produced");
        Assert.True(failures.Count == 0, string.Join("\n", failures) + "\n" + report);
    }
}
