using System.Globalization;
using System.Xml.Linq;

namespace ReliabilityTool.Benchmarks.Ecb;

/// <summary>
/// One ECB+ article: its tokens by sentence, and for each sentence the cross-document event
/// instances its event mentions belong to. Only <c>ACTION_*</c> and <c>NEG_*</c> mentions count:
/// two sentences that share a person or a place but no event tell different facts.
/// </summary>
/// <param name="Name">The file's name without topic and extension ("10ecbplus"), as the sentence list spells it.</param>
internal sealed record EcbArticle(
    int Topic,
    string Name,
    IReadOnlyDictionary<int, IReadOnlyList<string>> Sentences,
    IReadOnlyDictionary<int, IReadOnlySet<string>> Events,
    IReadOnlyDictionary<string, string> Descriptors)
{
    public string Id => $"{Topic}_{Name}";

    /// <summary>ECB+ puts a topic's second event in the "ecbplus" articles.</summary>
    public bool IsPlus => Name.EndsWith("ecbplus", StringComparison.Ordinal);

    public IReadOnlySet<string> EventsOf(int sentence) => Events.TryGetValue(sentence, out var e) ? e : new HashSet<string>();
}

/// <summary>One topic: its articles in file order, and which of their sentences are fully annotated.</summary>
internal sealed record EcbTopic(int Number, IReadOnlyList<EcbArticle> Articles, IReadOnlyList<(EcbArticle Article, int Sentence)> Listed);

/// <summary>
/// Reads the ECB+ folder in place. The sentence list matters: outside it, annotation is partial,
/// so an unlinked pair there says nothing about whether the sentences tell one event.
/// </summary>
internal static class EcbReader
{
    public static IReadOnlyList<int> TopicsIn(string folder) =>
        Directory.GetDirectories(Path.Combine(folder, "topics"))
            .Select(Path.GetFileName)
            .Select(n => int.TryParse(n, NumberStyles.None, CultureInfo.InvariantCulture, out var t) ? t : -1)
            .Where(t => t >= 0)
            .Order()
            .ToList();

    public static EcbTopic ReadTopic(string folder, int topic, IReadOnlySet<(int Topic, string File, int Sentence)> listed)
    {
        var articles = Directory.GetFiles(Path.Combine(folder, "topics", topic.ToString(CultureInfo.InvariantCulture)), "*.xml")
            .Select(f => ReadArticle(topic, f))
            .OrderBy(a => int.Parse(string.Concat(a.Name.TakeWhile(char.IsAsciiDigit)), CultureInfo.InvariantCulture))
            .ThenBy(a => a.Name, StringComparer.Ordinal)
            .ToList();
        var chosen = articles
            .SelectMany(a => a.Sentences.Keys.Order().Where(s => listed.Contains((topic, a.Name, s))).Select(s => (a, s)))
            .ToList();
        return new EcbTopic(topic, articles, chosen);
    }

    /// <summary>The sentence list, as (topic, file, sentence) triples.</summary>
    public static IReadOnlySet<(int Topic, string File, int Sentence)> ReadListed(string folder)
    {
        var set = new HashSet<(int, string, int)>();
        foreach (var line in File.ReadLines(Path.Combine(folder, "ECBplus_coreference_sentences.csv")).Skip(1))
        {
            var parts = line.Split(',');
            if (parts.Length < 3) continue;
            set.Add((int.Parse(parts[0], CultureInfo.InvariantCulture), parts[1].Trim(), int.Parse(parts[2], CultureInfo.InvariantCulture)));
        }

        return set;
    }

    private static EcbArticle ReadArticle(int topic, string file)
    {
        var root = XDocument.Load(file).Root!;
        var sentenceOfToken = new Dictionary<string, int>();
        var sentences = new SortedDictionary<int, List<string>>();
        foreach (var token in root.Elements("token"))
        {
            var sentence = int.Parse((string)token.Attribute("sentence")!, CultureInfo.InvariantCulture);
            sentenceOfToken[(string)token.Attribute("t_id")!] = sentence;
            if (!sentences.TryGetValue(sentence, out var words)) sentences[sentence] = words = [];
            words.Add(token.Value);
        }

        // Event mentions are anchored to tokens; the instance elements (with instance_id) have no anchors.
        var markables = root.Element("Markables")?.Elements() ?? [];
        var eventSentences = markables
            .Where(m => IsEvent(m.Name.LocalName) && m.Elements("token_anchor").Any())
            .ToDictionary(
                m => (string)m.Attribute("m_id")!,
                m => m.Elements("token_anchor").Select(a => sentenceOfToken.GetValueOrDefault((string)a.Attribute("t_id")!, -1)).Where(s => s >= 0).ToHashSet());
        var descriptors = markables
            .Where(m => m.Attribute("instance_id") is not null)
            .GroupBy(m => (string)m.Attribute("instance_id")!)
            .ToDictionary(g => g.Key, g => (string?)g.First().Attribute("TAG_DESCRIPTOR") ?? "");

        var events = new Dictionary<int, HashSet<string>>();
        foreach (var relation in root.Element("Relations")?.Elements("CROSS_DOC_COREF") ?? [])
        {
            var instance = (string?)relation.Attribute("note");
            if (instance is null) continue;
            foreach (var source in relation.Elements("source"))
            {
                if (!eventSentences.TryGetValue((string)source.Attribute("m_id")!, out var inSentences)) continue;
                foreach (var s in inSentences)
                {
                    if (!events.TryGetValue(s, out var set)) events[s] = set = [];
                    set.Add(instance);
                }
            }
        }

        var name = Path.GetFileNameWithoutExtension(file);
        return new EcbArticle(
            topic,
            name[(name.IndexOf('_', StringComparison.Ordinal) + 1)..],
            sentences.ToDictionary(p => p.Key, p => (IReadOnlyList<string>)p.Value),
            events.ToDictionary(p => p.Key, p => (IReadOnlySet<string>)p.Value),
            descriptors);
    }

    private static bool IsEvent(string tag) =>
        tag.StartsWith("ACTION_", StringComparison.Ordinal) || tag.StartsWith("NEG_", StringComparison.Ordinal);
}
