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

    private GeneratedCorpus _corpus = null!;
    private SourceCatalog _catalog = null!;
    private IReadOnlyList<Document> _documents = null!;
    private IReadOnlyList<Claim> _claims = null!;
    private IReadOnlyList<Claim> _assertable = null!;
    private Assessment _assessment = null!;

    [Params(200)]
    public int Articles { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _corpus = CorpusGenerator.Generate(new CorpusSettings(Articles));
        _catalog = SourcesYaml.Parse("sources.yaml", _corpus.SourcesYaml);
        _documents = ReadDocuments();
        _claims = ExtractClaims();
        _assertable = _claims.Where(c => c.IsAssertion).ToList();
        _assessment = new AssessmentPipeline(RubricYaml.Default).Assess(_documents, _claims);
    }

    [Benchmark(Description = "read documents")]
    public IReadOnlyList<Document> ReadDocuments()
    {
        var extractor = new HeuristicDocumentExtractor();
        return _corpus.Articles.Select(a => SourceMerger.Merge(extractor.Extract(a.Id, a.FileName, a.Text, "sha"), _catalog)).ToList();
    }

    [Benchmark(Description = "extract claims")]
    public IReadOnlyList<Claim> ExtractClaims()
    {
        var extractor = new SentenceClaimExtractor(Lexicon.Default);
        return _documents.SelectMany(extractor.Extract).ToList();
    }

    [Benchmark(Description = "find reuse")]
    public IReadOnlyList<Reuse> FindReuse() => ShingleReuseFinder.Find(_documents);

    [Benchmark(Description = "match assertions")]
    public int MatchAssertions() => AssertionMatcher.Group(_assertable).Count;

    [Benchmark(Description = "analyse and score")]
    public Assessment AnalyseAndScore() => new AssessmentPipeline(RubricYaml.Default).Assess(_documents, _claims);

    [Benchmark(Description = "write report.json")]
    public long WriteJson()
    {
        using var sink = new MemoryStream();
        JsonReportWriter.Write(new ReportContext(_assessment, "bench", "default"), sink);
        return sink.Length;
    }

    [Benchmark(Description = "write report.md")]
    public int WriteMarkdown() => MarkdownReportWriter.Write(new ReportContext(_assessment, "bench", "default")).Length;
}
