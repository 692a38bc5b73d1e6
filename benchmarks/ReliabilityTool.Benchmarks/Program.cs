using ReliabilityTool.Corpus;

namespace ReliabilityTool.Benchmarks;

/// <summary>
/// generate: write a corpus. e2e: time the real assess and add commands on generated corpora.
/// stages: BenchmarkDotNet over each stage. profile: each stage in process over one written corpus, with the planted-truth scores.
/// profile-report: each part of report --rubric (reads, rebuild, scoring, writers) on an assessed database.
/// ecb: score assertion matching against ECB+ event coreference. claims: evidence and hedges on labelled ECB+ sentences.
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        if (args.Length == 0) return Usage();
        var options = Options.Parse(args.Skip(1));
        switch (args[0])
        {
            case "generate":
                var corpus = CorpusGenerator.Generate(new CorpusSettings(options.Int("articles", 1000), options.Int("seed", 20261121)));
                CorpusWriter.Write(corpus, options.String("out", "corpus"));
                Console.WriteLine($"{corpus.Articles.Count} articles, {corpus.Truth.Assertions.Count} planted assertions, {corpus.Truth.Copies.Count} planted copies → {options.String("out", "corpus")}");
                return 0;
            case "e2e":
                var work = options.String("work", Path.Combine(Path.GetTempPath(), "reliability-bench"));
                Directory.CreateDirectory(work);
                EndToEnd.Run(options.String("sizes", "1000,10000").Split(',').Select(int.Parse).ToList(), work, options.Int("seed", 20261121));
                return 0;
            case "stages":
                BenchmarkDotNet.Running.BenchmarkRunner.Run<StageBenchmarks>(args: args.Skip(1).ToArray());
                return 0;
            case "profile":
                StageProfile.Run(options.String("corpus", "corpus"));
                return 0;
            case "profile-report":
                RescoreProfile.Run(options.String("db", "reliability.db"), options.String("rubric", "rubrics/default.yaml"));
                return 0;
            case "ecb":
                return Ecb.EcbBenchmark.Run(options);
            case "claims":
                return Ecb.ClaimLabelsBenchmark.Run(options);
            case "train-check-worthiness":
                return CheckWorthinessTraining.Run(options);
            default:
                return Usage();
        }
    }

    private static int Usage()
    {
        Console.Error.WriteLine("usage: generate --articles N [--seed S] --out DIR | e2e [--sizes 1000,10000] [--work DIR] | stages | profile [--corpus DIR] | profile-report [--db FILE] [--rubric FILE] | ecb [--data DIR] [--topics 21-35] [--mode pairs|pooled] [--wrong N] [--pairs-out FILE] | claims [--mode evaluate|sample|seeds] [--labels FILE[,FILE…]] [--wrong N] [--cues yes] [--out FILE] | train-check-worthiness [--data FILE] [--folds 5] [--l2 X] [--positive-weight balanced|X] [--out FILE]");
        return 2;
    }
}

internal sealed class Options(Dictionary<string, string> values)
{
    public static Options Parse(IEnumerable<string> args)
    {
        var list = args.ToList();
        var values = new Dictionary<string, string>();
        for (var i = 0; i + 1 < list.Count; i += 2)
        {
            if (!list[i].StartsWith("--", StringComparison.Ordinal)) throw new ArgumentException($"expected an option, found '{list[i]}'");
            values[list[i][2..]] = list[i + 1];
        }

        return new Options(values);
    }

    public int Int(string name, int fallback) => values.TryGetValue(name, out var v) ? int.Parse(v, System.Globalization.CultureInfo.InvariantCulture) : fallback;

    public string String(string name, string fallback) => values.GetValueOrDefault(name, fallback);

    /// <summary>A switch written "--name yes" (or true): options come in pairs.</summary>
    public bool Bool(string name) => values.TryGetValue(name, out var v) && v is "yes" or "true";

    public double Double(string name, double fallback) => values.TryGetValue(name, out var v) ? double.Parse(v, System.Globalization.CultureInfo.InvariantCulture) : fallback;
}
