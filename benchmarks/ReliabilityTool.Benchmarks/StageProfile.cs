using System.Diagnostics;
using ReliabilityTool.Core.Claims;
using ReliabilityTool.Core.Documents;
using ReliabilityTool.Core.Matching;
using ReliabilityTool.Core.Pipeline;
using ReliabilityTool.Core.Reporting;
using ReliabilityTool.Core.Scoring;
using ReliabilityTool.Core.Sources;

namespace ReliabilityTool.Benchmarks;

/// <summary>Runs each pure stage once over a corpus folder and says how long each took: where the time goes.</summary>
internal static class StageProfile
{
    public static void Run(string folder)
    {
        var clock = Stopwatch.StartNew();
        void Lap(string stage)
        {
            Console.WriteLine($"{stage,-28} {clock.Elapsed.TotalSeconds,8:0.000} s");
            clock.Restart();
        }

        var catalog = SourcesYaml.Parse("sources.yaml", File.ReadAllText(Path.Combine(folder, "sources.yaml")));
        Lap("sources.yaml");
        var extractor = new HeuristicDocumentExtractor();
        var documents = Directory.GetFiles(folder, "*.txt").Order(StringComparer.Ordinal)
            .Select(f => SourceMerger.Merge(extractor.Extract(Path.GetFileNameWithoutExtension(f), f, File.ReadAllText(f), "sha"), catalog))
            .ToList();
        Lap($"read {documents.Count} documents");
        var claimExtractor = new SentenceClaimExtractor(Lexicon.Default);
        var claims = documents.SelectMany(claimExtractor.Extract).ToList();
        Lap($"claims ({claims.Count})");
        var findings = ShingleReuseFinder.Analyse(documents);
        var reuse = findings.Reuse;
        Lap($"reuse ({reuse.Count}, {findings.Clusters.Count} copy clusters)");
        var groups = AssertionMatcher.Group(claims.Where(c => c.IsAssertion).ToList());
        Lap($"matching ({groups.Count})");
        var truth = ReliabilityTool.Corpus.CorpusWriter.ReadTruth(folder);
        var texts = documents.ToDictionary(d => d.Id, d => d.Text);
        var score = ReliabilityTool.Corpus.TruthCheck.Score(
            truth,
            groups.Select(g => (IReadOnlyList<ReliabilityTool.Corpus.FoundClaim>)g.Select(c => new ReliabilityTool.Corpus.FoundClaim(c.DocumentId, c.Text)).ToList()).ToList(),
            reuse.Select(r => new ReliabilityTool.Corpus.FoundReuse(r.From, r.To, texts[r.To][r.ToSpan.Start..r.ToSpan.End])).ToList(),
            findings.Clusters.Select(c => (IReadOnlyList<string>)c.DocumentIds.ToList()).ToList());
        Console.WriteLine(Truth.Describe(score));
        clock.Restart();
        var rubric = RubricYaml.Default;
        var assessment = new AssessmentPipeline(rubric).Assess(documents, claims);
        Lap("assess (analysis + scoring)");
        var context = new ReportContext(assessment, "bench", "default");
        var json = JsonReportWriter.Write(context);
        Lap($"report.json ({json.Length / 1e6:0.0} M chars)");
        var md = MarkdownReportWriter.Write(context);
        Lap($"report.md ({md.Length / 1e6:0.0} M chars)");
        var html = HtmlReportWriter.Write(context);
        Lap($"report.html ({html.Length / 1e6:0.0} M chars)");
        var csv = CsvClaimsWriter.Write(context);
        Lap($"claims.csv ({csv.Length / 1e6:0.0} M chars)");
        var review = ClaimReviewWriter.Write(context, new DateOnly(2026, 11, 21), "bench");
        Lap($"claimreview ({review.Length / 1e6:0.0} M chars)");
    }
}
