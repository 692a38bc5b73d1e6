using System.Globalization;
using ReliabilityTool.Core.Matching;
using Xunit.Abstractions;

namespace ReliabilityTool.Core.Tests.Matching;

/// <summary>
/// Measures matching against the labelled seed pairs (<c>Labelled/claim-pairs.tsv</c>) and
/// reuse against the labelled passages (<c>Labelled/reuse.tsv</c>), each held to a floor.
/// The pairs are deliberately hard: every "different" pair shares names, places or topic.
/// </summary>
public sealed class MatchingQualityTests(ITestOutputHelper output)
{
    private const double PairPrecisionFloor = 0.72;
    private const double PairRecallFloor = 0.75;
    private const double ReuseRecallFloor = 1.0;
    private const double ReusePrecisionFloor = 0.90;

    private static IEnumerable<string[]> Rows(string file) =>
        File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Matching", "Labelled", file))
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Skip(1)
            .Select(l => l.Split('\t'));

    [Fact]
    public void Should_Group_Labelled_Pairs_Above_The_Floor()
    {
        var analysis = SeedAnalysis.Analyse();
        var assertionOf = analysis.Assertions.SelectMany(a => a.ClaimIds.Select(c => (Claim: c, a.Id))).ToDictionary(x => x.Claim, x => x.Id);
        int tp = 0, fp = 0, fn = 0;
        var wrong = new List<string>();
        foreach (var row in Rows("claim-pairs.tsv"))
        {
            var a = SeedAnalysis.Claim(row[0], row[1]);
            var b = SeedAnalysis.Claim(row[2], row[3]);
            var same = row[4] == "same";
            var predicted = assertionOf[a.Id] == assertionOf[b.Id];
            if (predicted && same) tp++;
            else if (predicted) { fp++; wrong.Add($"merged: {row[5]}"); }
            else if (same) { fn++; wrong.Add($"missed: {row[5]}"); }
        }

        var precision = tp / (double)Math.Max(1, tp + fp);
        var recall = tp / (double)Math.Max(1, tp + fn);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"claim pairs: {tp + fn} same, {tp + fp} predicted same; precision {precision:0.000}, recall {recall:0.000}"));
        foreach (var w in wrong) output.WriteLine("  " + w);
        Assert.True(precision >= PairPrecisionFloor, $"pair precision {precision:0.000} < {PairPrecisionFloor}");
        Assert.True(recall >= PairRecallFloor, $"pair recall {recall:0.000} < {PairRecallFloor}");
    }

    [Fact]
    public void Should_Find_Labelled_Reuse_And_Skip_Shared_Quotations()
    {
        var analysis = SeedAnalysis.Analyse();
        var documents = SeedAnalysis.Documents.ToDictionary(d => d.Id[..3]);
        var labelled = Rows("reuse.tsv").ToList();
        var matchedRecords = new HashSet<Reuse>();
        int found = 0, expected = 0;
        foreach (var row in labelled)
        {
            var to = documents[row[1]];
            var at = to.Text.IndexOf(row[2], StringComparison.Ordinal);
            Assert.True(at >= 0, $"fragment not in {row[1]}: {row[2]}");
            var hits = analysis.Reuse.Where(r => r.To == to.Id && r.From.StartsWith(row[0], StringComparison.Ordinal) && r.ToSpan.Start <= at && at < r.ToSpan.End).ToList();
            if (row[3] == "reuse")
            {
                expected++;
                if (hits.Count > 0) found++;
                matchedRecords.UnionWith(hits);
            }
            else
            {
                Assert.True(hits.Count == 0, $"a shared quotation was reported as reuse: {row[2]}");
            }
        }

        var recall = found / (double)expected;
        var precision = matchedRecords.Count / (double)Math.Max(1, analysis.Reuse.Count);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"reuse: {found} of {expected} labelled passages found; {matchedRecords.Count} of {analysis.Reuse.Count} reported passages are labelled reuse; recall {recall:0.000}, precision {precision:0.000}"));
        Assert.True(recall >= ReuseRecallFloor, $"reuse recall {recall:0.000}");
        Assert.True(precision >= ReusePrecisionFloor, $"reuse precision {precision:0.000}");
    }
}
