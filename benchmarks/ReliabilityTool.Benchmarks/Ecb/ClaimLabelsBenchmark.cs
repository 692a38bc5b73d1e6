using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using ReliabilityTool.Core.Claims;
using ReliabilityTool.Core.Documents;
using ReliabilityTool.Core.Text;

namespace ReliabilityTool.Benchmarks.Ecb;

/// <summary>
/// claims: the claim stage's evidence and hedges on ECB+ news sentences labelled by hand
/// (<c>benchmarks/labels/ecb-claims.tsv</c>, by article and sentence number only: the text stays
/// in <c>../shared/data</c>).
/// <para>
/// <c>--mode sample --out FILE</c> draws the sentences to label, with their text, to a file that
/// must stay outside the repository: half from sentences with a word that often marks attribution
/// or a hedge, half from the rest, by a fixed hash so that anyone gets the same draw.
/// <c>--salt S --exclude FILE</c> draws a further set that repeats none already labelled.
/// <c>--mode evaluate</c> (the default) runs the real document and claim extractors on each
/// labelled article and prints precision and recall of each evidence class and of hedging, for
/// topics 1–20 and 21–35 apart; <c>--wrong N</c> lists the sentences it gets wrong.
/// </para>
/// </summary>
internal static partial class ClaimLabelsBenchmark
{
    private sealed record Label(int Topic, string Article, int Sentence, string Evidence, string Kind, string Hedged);

    [GeneratedRegex(@"\b(?:said|says|according|told|reported|reports?|court|judge|police|officials?|statement|documents?|witness(?:es)?|spokes\w+|announced|confirmed|testified|may|might|could|reportedly|allegedly|believed|apparently|likely|possibly|suspected|probably|seems?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Cue();

    [GeneratedRegex(@"\b(?:may|might|could|likely|believed?|reportedly|allegedly|alleged|apparently|apparent|suspected|expected|appears?|appeared|seems?|seemed|possibly|probably|perhaps|presumed|rumou?red|thought)\b", RegexOptions.IgnoreCase)]
    private static partial Regex HedgeCue();

    public static int Run(Options options)
    {
        if (options.String("mode", "evaluate") == "seeds")
            return Seeds(options.String("labels", Path.Combine("tests", "ReliabilityTool.Core.Tests", "Claims", "Labelled", "seed-claims.tsv")), options.String("seeds", "seeds"), options.Int("wrong", 0));
        var folder = options.String("data", "") is { Length: > 0 } given ? given : SharedData.Find("ecbplus");
        if (!Directory.Exists(Path.Combine(folder, "topics")))
        {
            Console.Error.WriteLine($"no ECB+ data at {folder} (expected topics/)");
            return 2;
        }

        return options.String("mode", "evaluate") switch
        {
            "sample" => Sample(folder, options.Int("count", 400), options.String("out", ""), options.String("salt", ""), options.String("exclude", ""), options.String("cue", "attribution") == "hedge" ? HedgeCue() : Cue()),
            "evaluate" => Evaluate(folder, options.String("labels", Path.Combine("benchmarks", "labels", "ecb-claims.tsv")).Split(','), options.Int("wrong", 0), options.Bool("cues")),
            var mode => Fail($"unknown mode '{mode}': use evaluate, sample or seeds"),
        };
    }

    private static int Fail(string message)
    {
        Console.Error.WriteLine(message);
        return 2;
    }

    private static IEnumerable<EcbArticle> Articles(string folder) =>
        EcbReader.TopicsIn(folder).SelectMany(t => EcbReader.ReadTopic(folder, t, new HashSet<(int, string, int)>()).Articles);

    /// <param name="salt">Draws another sample from the same sentences ("2" for a second test set).</param>
    /// <param name="exclude">A labels file whose sentences are left out, so a new sample never repeats one.</param>
    /// <param name="cue">What half the sample must hold: a word of attribution (the default) or of doubt (<c>--cue hedge</c>, for a set rich in hedges).</param>
    private static int Sample(string folder, int count, string output, string salt, string exclude, Regex cue)
    {
        if (output.Length == 0) return Fail("--out FILE is required, outside the repository: the sample holds ECB+ text");
        var labelled = exclude.Length == 0 ? [] : ReadLabels(exclude).Select(l => (l.Article, l.Sentence)).ToHashSet();
        var candidates = Articles(folder)
            .SelectMany(a => a.Sentences.Where(s => s.Value.Count >= 8 && !labelled.Contains((a.Id, s.Key))).Select(s => (Article: a, Number: s.Key, Text: EcbTextBuilder.Sentence(s.Value))))
            .Select(s => (s.Article, s.Number, s.Text, Cue: cue.IsMatch(s.Text), Hash: Fnv.Of($"{salt}{s.Article.Id}:{s.Number}")))
            .ToList();
        // At most two sentences of an article in each half, so the draw spreads over many articles.
        var chosen = new[] { true, false }
            .SelectMany(cue => candidates.Where(c => c.Cue == cue).OrderBy(c => c.Hash)
                .GroupBy(c => c.Article.Id).SelectMany(g => g.Take(2)).OrderBy(c => c.Hash).Take(count / 2))
            .OrderBy(c => c.Article.Topic).ThenBy(c => c.Article.Id, StringComparer.Ordinal).ThenBy(c => c.Number)
            .ToList();

        using var writer = new StreamWriter(output);
        writer.WriteLine("topic\tarticle\tsentence\ttext");
        foreach (var c in chosen) writer.WriteLine($"{c.Article.Topic}\t{c.Article.Id}\t{c.Number}\t{c.Text.Replace('\t', ' ')}");
        Console.WriteLine($"{chosen.Count} sentences ({chosen.Count(c => c.Cue)} with a cue word) from {chosen.Select(c => c.Article.Id).Distinct().Count()} articles → {output}");
        return 0;
    }

    private static IReadOnlyList<Label> ReadLabels(string path) =>
        File.ReadLines(path)
            .Where(l => l.Length > 0 && !l.StartsWith('#') && !l.StartsWith("topic\t", StringComparison.Ordinal))
            .Select(l => l.Split('\t'))
            .Select(f => new Label(int.Parse(f[0], CultureInfo.InvariantCulture), f[1], int.Parse(f[2], CultureInfo.InvariantCulture), f[3], f[4], f[5]))
            .ToList();

    /// <param name="labelPaths">One labels file, or several read as one set (the held-out sets pooled).</param>
    /// <param name="cues">Also print how often each hedge word, when found, marks a sentence labelled hedged: the figures a cue is kept or dropped by (development sets only).</param>
    private static int Evaluate(string folder, IReadOnlyList<string> labelPaths, int wrong, bool cues)
    {
        if (labelPaths.FirstOrDefault(p => !File.Exists(p)) is { } missing) return Fail($"no labels at {missing}");
        var labels = labelPaths.SelectMany(ReadLabels).ToList();
        var labelsPath = string.Join(", ", labelPaths);
        var byArticle = labels.GroupBy(l => l.Article).ToDictionary(g => g.Key, g => g.ToList());
        var articles = Articles(folder).Where(a => byArticle.ContainsKey(a.Id)).ToDictionary(a => a.Id);
        var extractor = new SentenceClaimExtractor(Lexicon.Default);
        var documents = new HeuristicDocumentExtractor();
        var predictions = new List<(Label Label, string Evidence, string Hedged, string Text, string Why, IReadOnlyList<string> Hedges)>();
        foreach (var (id, articleLabels) in byArticle)
        {
            if (!articles.TryGetValue(id, out var article)) return Fail($"{labelsPath}: no article {id} in {folder}");
            var (text, _, claims) = EcbTextBuilder.Read(article, documents, extractor);
            foreach (var label in articleLabels)
            {
                var (start, end) = text.Spans[label.Sentence];
                var overlapping = claims.Where(c => c.Start < end && start < c.End).ToList();
                var strongest = overlapping.SelectMany(c => c.Evidence).OrderBy(e => e.Class).FirstOrDefault();
                var hedges = overlapping.SelectMany(c => c.Hedges).Distinct().ToList();
                predictions.Add((label, strongest?.Class.ToString().ToLowerInvariant() ?? "none", hedges.Count > 0 ? "yes" : "no",
                    text.Text[start..end], $"{strongest?.Kind ?? "-"} {strongest?.Cited ?? ""}; hedges: {string.Join(", ", hedges)}", hedges));
            }
        }

        Console.WriteLine($"{labels.Count} labelled sentences from {byArticle.Count} articles ({labelsPath})");
        foreach (var (name, part) in new[] { ("topics 1-20", predictions.Where(p => p.Label.Topic <= 20).ToList()), ("topics 21-35", predictions.Where(p => p.Label.Topic > 20).ToList()), ("all", predictions) })
        {
            Console.WriteLine();
            Console.WriteLine($"{name}: {part.Count} sentences");
            Console.WriteLine("label                 support  predicted  precision  recall");
            foreach (var evidence in new[] { "primary", "secondary", "anonymous" })
                Line($"evidence={evidence}", part.Select(p => (p.Label.Evidence == evidence, p.Evidence == evidence)));
            Line("hedged=yes", part.Select(p => (p.Label.Hedged == "yes", p.Hedged == "yes")));
        }

        if (cues)
        {
            Console.WriteLine();
            Console.WriteLine("hedge word            found  labelled hedged  precision");
            foreach (var cue in predictions.SelectMany(p => p.Hedges.Select(h => (Hedge: h, p.Label.Hedged))).GroupBy(x => x.Hedge).OrderByDescending(g => g.Count()))
            {
                var right = cue.Count(x => x.Hedged == "yes");
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{cue.Key,-21} {cue.Count(),5}  {right,15}  {(double)right / cue.Count(),9:0.000}"));
            }
        }

        foreach (var p in predictions.Where(p => p.Label.Evidence != p.Evidence || p.Label.Hedged != p.Hedged).Take(wrong))
        {
            Console.WriteLine();
            Console.WriteLine($"{p.Label.Article}#{p.Label.Sentence}: labelled {p.Label.Evidence} ({p.Label.Kind}), hedged {p.Label.Hedged}; found {p.Evidence}, hedged {p.Hedged} [{p.Why}]");
            Console.WriteLine($"    {p.Text}");
        }

        return 0;
    }

    /// <summary>The same figures on the labelled seed sentences (in-sample: the seeds are where the rules were first written).</summary>
    private static int Seeds(string labelsPath, string seeds, int wrong)
    {
        var extractor = new SentenceClaimExtractor(Lexicon.Default);
        var rows = File.ReadLines(labelsPath).Where(l => l.Length > 0 && !l.StartsWith('#') && !l.StartsWith("document\t", StringComparison.Ordinal)).Select(l => l.Split('\t')).ToList();
        var claims = rows.Select(r => r[0]).Distinct().ToDictionary(id => id, id =>
        {
            var path = Path.Combine(seeds, id + ".txt");
            return extractor.Extract(new HeuristicDocumentExtractor().Extract(id, path, File.ReadAllText(path), "sha")).ToDictionary(c => (c.Start, c.End));
        });
        var outcomes = rows.Select(r =>
        {
            claims[r[0]].TryGetValue((int.Parse(r[1], CultureInfo.InvariantCulture), int.Parse(r[2], CultureInfo.InvariantCulture)), out var claim);
            return (Row: r, Evidence: claim?.StrongestEvidence?.ToString().ToLowerInvariant() ?? "none", Hedged: claim?.IsHedged == true ? "yes" : "no", Claim: claim);
        }).ToList();
        Console.WriteLine($"{rows.Count} labelled seed sentences ({labelsPath})");
        Console.WriteLine("label                 support  predicted  precision  recall");
        foreach (var evidence in new[] { "primary", "secondary", "anonymous" })
            Line($"evidence={evidence}", outcomes.Select(o => (o.Row[5] == evidence, o.Evidence == evidence)));
        Line("hedged=yes", outcomes.Select(o => (o.Row[4] == "yes", o.Hedged == "yes")));
        foreach (var o in outcomes.Where(o => o.Row[5] != o.Evidence || o.Row[4] != o.Hedged).Take(wrong))
        {
            var e = o.Claim?.Evidence.OrderBy(x => x.Class).FirstOrDefault();
            Console.WriteLine();
            Console.WriteLine($"{o.Row[0][..3]}@{o.Row[1]}: labelled {o.Row[5]}, hedged {o.Row[4]}; found {o.Evidence}, hedged {o.Hedged} [{e?.Kind ?? "-"} {e?.Cited ?? ""}; hedges: {string.Join(", ", o.Claim?.Hedges ?? [])}]");
            Console.WriteLine($"    {o.Row[6]}");
        }

        return 0;
    }

    private static void Line(string name, IEnumerable<(bool Truth, bool Predicted)> outcomes)
    {
        var list = outcomes.ToList();
        var tp = list.Count(o => o.Truth && o.Predicted);
        var support = list.Count(o => o.Truth);
        var predicted = list.Count(o => o.Predicted);
        var precision = predicted == 0 ? double.NaN : (double)tp / predicted;
        var recall = support == 0 ? double.NaN : (double)tp / support;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-21} {support,7}  {predicted,9}  {precision,9:0.000}  {recall,6:0.000}"));
    }
}
