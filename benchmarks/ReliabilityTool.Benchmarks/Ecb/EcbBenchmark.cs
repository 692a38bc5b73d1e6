using System.Diagnostics;
using System.Globalization;
using System.Text;
using ReliabilityTool.Core.Matching;

namespace ReliabilityTool.Benchmarks.Ecb;

/// <summary>
/// ecb: how well assertion matching tells "these two sentences state the same thing" on real
/// news that nobody on the team wrote. Each ECB+ topic holds articles about two different events
/// of one kind (two rehab check-ins, two bank bombings), so besides paraphrases of one event it
/// is full of same-vocabulary sentences about the other one: the false merges a matcher tuned on
/// generated text is most likely to make.
/// <para>
/// For every pair of listed sentences from different articles of a topic, the gold answer is
/// "same" when both mention one cross-document event instance; the prediction is "same" when the
/// real document extractor, claim extractor and <see cref="AssertionMatcher"/> put both
/// sentences' assertions in one group. Prints pair precision and recall per topic and overall.
/// The data is read from <c>../shared/data/ecbplus</c> when the command runs and is never copied
/// into the repository; <c>--pairs-out</c> writes only file names, sentence numbers and labels.
/// </para>
/// </summary>
internal static class EcbBenchmark
{
    public static int Run(Options options)
    {
        var folder = options.String("data", "") is { Length: > 0 } given ? given : SharedData.Find("ecbplus");
        if (!Directory.Exists(Path.Combine(folder, "topics")))
        {
            Console.Error.WriteLine($"no ECB+ data at {folder} (expected topics/ and ECBplus_coreference_sentences.csv)");
            return 2;
        }

        var present = EcbReader.TopicsIn(folder);
        var wanted = options.String("topics", "") is { Length: > 0 } range ? ParseTopics(range) : present.ToHashSet();
        var topics = present.Where(wanted.Contains).ToList();
        var listed = EcbReader.ReadListed(folder);
        // Matching thresholds can be tried from the command line (--threshold, --average) when calibrating them.
        var settings = MatchSettings.Default with
        {
            Threshold = options.Double("threshold", MatchSettings.Default.Threshold),
            AverageThreshold = options.Double("average", MatchSettings.Default.AverageThreshold),
            MaxFeatureCap = options.Int("cap", MatchSettings.Default.MaxFeatureCap),
            MaxFeatureShare = options.Double("share", MatchSettings.Default.MaxFeatureShare),
            CoverageThreshold = options.Double("coverage", MatchSettings.Default.CoverageThreshold),
            OtherHappeningThreshold = options.Double("other", MatchSettings.Default.OtherHappeningThreshold),
        };
        var evaluator = new EcbEvaluator(claims => AssertionMatcher.Group(claims, settings), settings);

        if (options.String("mode", "pairs") == "pooled")
        {
            var (articles, events, spanning, mixed) = evaluator.Pooled(topics.Select(t => EcbReader.ReadTopic(folder, t, listed)).ToList());
            Console.WriteLine(FormattableString.Invariant(
                $"pooled corpus: {articles} articles about {events} events; {spanning} assertions span two or more articles, {mixed.Count} of them ({Ratio(mixed.Count, spanning)}) join articles about different events"));
            foreach (var assertion in mixed.Take(options.Int("wrong", 0)))
            {
                Console.WriteLine();
                foreach (var claim in assertion.DistinctBy(c => c.DocumentId).Take(4))
                    Console.WriteLine($"    {claim.DocumentId}: {(claim.Text.Length <= 110 ? claim.Text : claim.Text[..107] + "...")}");
            }

            return 0;
        }

        var clock = Stopwatch.StartNew();
        var results = new List<EcbTopicResult>();
        Console.WriteLine(FormattableString.Invariant($"{"topic",5} {"articles",8} {"listed",6} {"unmatched",9} {"pairs",7} {"gold",6} {"pred",6} {"tp",6} {"precision",9} {"recall",7}"));
        foreach (var number in topics)
        {
            var topic = EcbReader.ReadTopic(folder, number, listed);
            var result = evaluator.Evaluate(topic);
            results.Add(result);
            Console.WriteLine(FormattableString.Invariant(
                $"{number,5} {topic.Articles.Count,8} {result.Sentences.Count,6} {result.Sentences.Count(s => s.Claim is null),9} {result.Pairs.Count,7} {result.GoldSame,6} {result.PredictedSame,6} {result.TruePositives,6} {Ratio(result.TruePositives, result.PredictedSame),9} {Ratio(result.TruePositives, result.GoldSame),7}"));
        }

        var elapsed = clock.Elapsed.TotalSeconds;
        var (pairs, gold, predicted, tp) = (results.Sum(r => r.Pairs.Count), results.Sum(r => r.GoldSame), results.Sum(r => r.PredictedSame), results.Sum(r => r.TruePositives));
        var precision = predicted == 0 ? 0 : (double)tp / predicted;
        var recall = gold == 0 ? 0 : (double)tp / gold;
        var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        var sentences = results.SelectMany(r => r.Sentences).ToList();
        var unmatched = sentences.Where(s => s.Claim is null).ToList();
        Console.WriteLine(FormattableString.Invariant(
            $"overall ({topics.Count} topics): {pairs} pairs, {gold} gold same, {predicted} predicted same, {tp} true positives; precision {Ratio(tp, predicted)}, recall {Ratio(tp, gold)}, F1 {f1:0.000}"));
        Console.WriteLine(FormattableString.Invariant(
            $"listed sentences: {sentences.Count}, unmatched (no assertion claim) {unmatched.Count}: ") +
            string.Join(", ", unmatched.GroupBy(s => s.Unmatched).OrderByDescending(g => g.Count()).Select(g => FormattableString.Invariant($"{g.Key} {g.Count()}"))));
        var all = results.SelectMany(r => r.Pairs).ToList();
        var falseMerges = all.Where(p => !p.Gold && p.Predicted).ToList();
        var across = falseMerges.Count(p => p.A.Article.IsPlus != p.B.Article.IsPlus);
        Console.WriteLine(FormattableString.Invariant(
            $"false merges: {falseMerges.Count}, of which {across} join the topic's two events (an ecb with an ecbplus article) and {falseMerges.Count - across} stay within one event (some of these are mentions the annotators left unlinked)"));
        var misses = all.Where(p => p.Gold && !p.Predicted).ToList();
        var missedUnmatched = misses.Count(p => p.A.Claim is null || p.B.Claim is null);
        Console.WriteLine(FormattableString.Invariant(
            $"misses: {misses.Count}, of which {missedUnmatched} have an unmatched sentence (lost before matching) and {misses.Count - missedUnmatched} two assertions the matcher kept apart"));
        PrintCoverage(results);
        Console.WriteLine(FormattableString.Invariant($"time: {elapsed:0.0} s"));

        var wrong = options.Int("wrong", 0);
        if (wrong > 0) PrintWrong(results, wrong);
        if (options.String("pairs-out", "") is { Length: > 0 } output) WritePairs(results, output);
        return 0;
    }

    /// <summary>
    /// False merges, then misses (those the matcher could have found before those whose sentence
    /// never became an assertion), taken from the topics in turn, so that a short list shows
    /// the kinds of mistake rather than one topic's.
    /// </summary>
    private static void PrintWrong(IReadOnlyList<EcbTopicResult> results, int limit)
    {
        var merges = RoundRobin(results, p => !p.Gold && p.Predicted);
        var misses = RoundRobin(results, p => p.Gold && !p.Predicted && p.A.Claim is not null && p.B.Claim is not null)
            .Concat(RoundRobin(results, p => p.Gold && !p.Predicted && (p.A.Claim is null || p.B.Claim is null)));
        Console.WriteLine();
        foreach (var (pair, kind) in merges.Select(p => (p, "false merge")).Concat(misses.Select(p => (p, "miss"))).Take(limit))
        {
            var descriptors = pair.A.Article.Descriptors.Concat(pair.B.Article.Descriptors).GroupBy(d => d.Key).ToDictionary(g => g.Key, g => g.First().Value);
            var shared = pair.A.Events.Intersect(pair.B.Events).Select(e => descriptors.GetValueOrDefault(e, e)).Order(StringComparer.Ordinal);
            Console.WriteLine(FormattableString.Invariant($"{kind}, topic {pair.Topic}: {pair.A.Article.Name} s{pair.A.Number} ~ {pair.B.Article.Name} s{pair.B.Number}")
                              + (pair.Gold ? $" (shared event: {string.Join(", ", shared)})" : ""));
            Console.WriteLine($"    A: {Describe(pair.A)}");
            Console.WriteLine($"    B: {Describe(pair.B)}");
        }
    }

    /// <summary>
    /// How well documents that cover one happening are grouped apart from those that cover the
    /// topic's other event (<see cref="Coverage"/>): pair precision and recall over article pairs.
    /// </summary>
    private static void PrintCoverage(IReadOnlyList<EcbTopicResult> results)
    {
        var pairs = results.SelectMany(r => r.Documents).ToList();
        var (gold, predicted, tp) = (pairs.Count(p => p.Gold), pairs.Count(p => p.SameHappening), pairs.Count(p => p.Gold && p.SameHappening));
        Console.WriteLine(FormattableString.Invariant($"documents on one happening: {pairs.Count} article pairs, {gold} gold same, {predicted} grouped together; precision {Ratio(tp, predicted)}, recall {Ratio(tp, gold)}"));
    }

    private static IEnumerable<EcbPair> RoundRobin(IReadOnlyList<EcbTopicResult> results, Func<EcbPair, bool> wanted)
    {
        var queues = results.Select(r => new Queue<EcbPair>(r.Pairs.Where(wanted))).Where(q => q.Count > 0).ToList();
        while (queues.Count > 0)
        {
            foreach (var q in queues) yield return q.Dequeue();
            queues.RemoveAll(q => q.Count == 0);
        }
    }

    private static string Describe(EcbSentence s)
    {
        var text = s.Text.Length <= 120 ? s.Text : s.Text[..117] + "...";
        return s.Claim is null ? $"[unmatched: {s.Unmatched}] {text}" : text;
    }

    /// <summary>Every pair with its labels, for fitting a matcher's weights and threshold elsewhere.</summary>
    private static void WritePairs(IReadOnlyList<EcbTopicResult> results, string file)
    {
        var tsv = new StringBuilder("topic\tfile_a\tsentence_a\tfile_b\tsentence_b\tgold\tpredicted\n");
        foreach (var p in results.SelectMany(r => r.Pairs))
            tsv.Append(CultureInfo.InvariantCulture, $"{p.Topic}\t{p.A.Article.Name}\t{p.A.Number}\t{p.B.Article.Name}\t{p.B.Number}\t{(p.Gold ? 1 : 0)}\t{(p.Predicted ? 1 : 0)}\n");
        File.WriteAllText(file, tsv.ToString());
        Console.WriteLine($"pairs → {file}");
    }

    private static string Ratio(int numerator, int denominator) =>
        denominator == 0 ? "-" : (numerator / (double)denominator).ToString("0.000", CultureInfo.InvariantCulture);

    /// <summary>"21-35" or "1,3,5-9".</summary>
    internal static HashSet<int> ParseTopics(string text)
    {
        var topics = new HashSet<int>();
        foreach (var part in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var bounds = part.Split('-');
            var from = int.Parse(bounds[0], CultureInfo.InvariantCulture);
            var to = bounds.Length > 1 ? int.Parse(bounds[1], CultureInfo.InvariantCulture) : from;
            for (var t = from; t <= to; t++) topics.Add(t);
        }

        return topics;
    }
}
