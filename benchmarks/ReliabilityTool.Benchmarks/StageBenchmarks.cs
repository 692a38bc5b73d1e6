using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using ReliabilityTool.Core.Claims;
using ReliabilityTool.Core.Documents;
using ReliabilityTool.Core.Matching;
using ReliabilityTool.Core.Pipeline;
using ReliabilityTool.Core.Reporting;
using ReliabilityTool.Core.Scoring;
using ReliabilityTool.Core.Sources;
using ReliabilityTool.Corpus;

namespace ReliabilityTool.Benchmarks;

/// <summary>
/// Each pure stage over one generated corpus (200 articles, about 10,000 claims), in process so
/// the repository's build settings apply. The end-to-end command covers storage and scale.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(InProcessShortRun))]
public class StageBenchmarks
{
    private sealed class InProcessShortRun : ManualConfig
    {
        public InProcessShortRun() => AddJob(Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance));
    }

    private GeneratedCorpus corpus = null!;
    private SourceCatalog catalog = null!;
    private IReadOnlyList<Document> documents = null!;
    private IReadOnlyList<Claim> claims = null!;
    private IReadOnlyList<Claim> assertable = null!;
    private Assessment assessment = null!;

    [Params(200)]
    public int Articles { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        corpus = CorpusGenerator.Generate(new CorpusSettings(Articles));
        catalog = SourcesYaml.Parse("sources.yaml", corpus.SourcesYaml);
        documents = ReadDocuments();
        claims = ExtractClaims();
        assertable = claims.Where(c => c.IsAssertion).ToList();
        assessment = new AssessmentPipeline(RubricYaml.Default).Assess(documents, claims);
    }

    [Benchmark(Description = "read documents")]
    public IReadOnlyList<Document> ReadDocuments()
    {
        var extractor = new HeuristicDocumentExtractor();
        return corpus.Articles.Select(a => SourceMerger.Merge(extractor.Extract(a.Id, a.FileName, a.Text, "sha"), catalog)).ToList();
    }

    [Benchmark(Description = "extract claims")]
    public IReadOnlyList<Claim> ExtractClaims()
    {
        var extractor = new SentenceClaimExtractor(Lexicon.Default);
        return documents.SelectMany(extractor.Extract).ToList();
    }

    [Benchmark(Description = "find reuse")]
    public IReadOnlyList<Reuse> FindReuse() => ShingleReuseFinder.Find(documents);

    [Benchmark(Description = "match assertions")]
    public int MatchAssertions() => AssertionMatcher.Group(assertable).Count;

    [Benchmark(Description = "analyse and score")]
    public Assessment AnalyseAndScore() => new AssessmentPipeline(RubricYaml.Default).Assess(documents, claims);

    [Benchmark(Description = "write report.json")]
    public long WriteJson()
    {
        using var sink = new MemoryStream();
        JsonReportWriter.Write(new ReportContext(assessment, "bench", "default"), sink);
        return sink.Length;
    }

    [Benchmark(Description = "write report.md")]
    public int WriteMarkdown() => MarkdownReportWriter.Write(new ReportContext(assessment, "bench", "default")).Length;
}
