using ReliabilityTool.Core.Claims;
using ReliabilityTool.Core.Documents;
using ReliabilityTool.Core.Matching;

namespace ReliabilityTool.Benchmarks.Ecb;

/// <summary>
/// A listed ECB+ sentence as the pipeline saw it: the assertion it became and its group, or
/// why it became none (the header took it, or the extractor judged it an opinion or a question).
/// </summary>
internal sealed record EcbSentence(EcbArticle Article, int Number, string Text, IReadOnlySet<string> Events, Claim? Claim, int? Group, string? Unmatched);

/// <summary>Two listed sentences of different articles of one topic, with the gold and the predicted answer.</summary>
internal sealed record EcbPair(int Topic, EcbSentence A, EcbSentence B, bool Gold, bool Predicted);

/// <summary>Two articles of one topic: gold "same" when both report the topic's same event (both ecb, or both ecbplus).</summary>
internal sealed record EcbDocumentPair(int Topic, EcbArticle A, EcbArticle B, bool Gold, bool SameHappening);

internal sealed record EcbTopicResult(int Topic, IReadOnlyList<EcbSentence> Sentences, IReadOnlyList<EcbPair> Pairs, IReadOnlyList<EcbDocumentPair> Documents)
{
    public int GoldSame => Pairs.Count(p => p.Gold);
    public int PredictedSame => Pairs.Count(p => p.Predicted);
    public int TruePositives => Pairs.Count(p => p.Gold && p.Predicted);
}

/// <summary>
/// Runs one topic through the real document and claim extractors and a grouping of its
/// assertions, then answers every pair of listed sentences. The grouping is a parameter so
/// that another matcher can be scored on exactly the same claims and pairs.
/// </summary>
internal sealed class EcbEvaluator(Func<IReadOnlyList<Claim>, IReadOnlyList<IReadOnlyList<Claim>>> group, MatchSettings settings)
{
    private readonly HeuristicDocumentExtractor _documents = new();
    private readonly SentenceClaimExtractor _claims = new(Lexicon.Default);

    public EcbTopicResult Evaluate(EcbTopic topic)
    {
        // All of the topic's assertions are grouped, listed or not: the matcher weighs a feature by how common it is among them.
        var built = topic.Articles.Select(Read).ToList();
        var assertions = built.SelectMany(b => b.Claims.Where(c => c.IsAssertion)).ToList();
        var groupOf = new Dictionary<string, int>();
        var groups = group(assertions);
        for (var g = 0; g < groups.Count; g++)
        {
            foreach (var c in groups[g]) groupOf[c.Id] = g;
        }

        var byArticle = built.ToDictionary(b => b.Article.Id);
        var sentences = topic.Listed.Select(l =>
        {
            var b = byArticle[l.Article.Id];
            var (start, end) = b.Text.Spans[l.Sentence];
            int Overlap(Claim c) => Math.Min(end, c.End) - Math.Max(start, c.Start);
            var claim = b.Claims.Where(c => c.IsAssertion && Overlap(c) > 0).MaxBy(Overlap);
            return new EcbSentence(
                l.Article, l.Sentence, b.Text.Text[start..end], l.Article.EventsOf(l.Sentence), claim,
                claim is null ? null : groupOf[claim.Id],
                claim is null ? WhyUnmatched(b.Document, b.Claims, start, end) : null);
        }).ToList();

        var pairs = new List<EcbPair>();
        for (var i = 0; i < sentences.Count; i++)
        {
            for (var j = i + 1; j < sentences.Count; j++)
            {
                var (a, b) = (sentences[i], sentences[j]);
                if (a.Article == b.Article) continue;
                pairs.Add(new EcbPair(topic.Number, a, b, a.Events.Overlaps(b.Events), a.Group is { } g && g == b.Group));
            }
        }

        var coverage = Coverage.Of(assertions, settings);
        var articlePairs = new List<EcbDocumentPair>();
        for (var i = 0; i < built.Count; i++)
        {
            for (var j = i + 1; j < built.Count; j++)
            {
                var (a, b) = (built[i].Article, built[j].Article);
                articlePairs.Add(new EcbDocumentPair(topic.Number, a, b, a.IsPlus == b.IsPlus, coverage.SameHappening(a.Id, b.Id)));
            }
        }

        return new EcbTopicResult(topic.Number, sentences, pairs, articlePairs);
    }

    /// <summary>
    /// All the topics' articles as one corpus, as a fact-checker's archive of many stories would
    /// be: how many assertions span two or more articles, and how many of those join articles
    /// about different events (another topic, or the topic's other event).
    /// </summary>
    public (int Articles, int Events, int Spanning, IReadOnlyList<IReadOnlyList<Claim>> Mixed) Pooled(IReadOnlyList<EcbTopic> topics)
    {
        var articles = topics.SelectMany(t => t.Articles).ToList();
        var eventOf = articles.ToDictionary(a => a.Id, a => (a.Topic, a.IsPlus));
        var assertions = articles.SelectMany(a => Read(a).Claims.Where(c => c.IsAssertion)).ToList();
        var spanning = group(assertions).Where(g => g.Select(c => c.DocumentId).Distinct().Count() >= 2).ToList();
        var mixed = spanning.Where(g => g.Select(c => eventOf[c.DocumentId]).Distinct().Count() >= 2).ToList();
        return (articles.Count, eventOf.Values.Distinct().Count(), spanning.Count, mixed);
    }

    private (EcbArticle Article, EcbText Text, Document Document, IReadOnlyList<Claim> Claims) Read(EcbArticle article)
    {
        var (text, document, found) = EcbTextBuilder.Read(article, _documents, _claims);
        return (article, text, document, found);
    }

        /// <summary>What the sentence became instead of an assertion: a claim of another kind, or the segment of the page that held it.</summary>
    private static string WhyUnmatched(Document document, IReadOnlyList<Claim> claims, int start, int end)
    {
        var other = claims.FirstOrDefault(c => c.Start < end && start < c.End);
        if (other is not null) return other.Kind.ToString().ToLowerInvariant();
        var segment = document.Segments.FirstOrDefault(s => s.Start < end && start < s.End);
        return segment is null ? "no segment" : segment.Kind.ToString().ToLowerInvariant();
    }
}
