using System.Globalization;

namespace ReliabilityTool.Corpus;

/// <summary>
/// Plants syndication in a generated corpus, as news reaches most outlets: stories carried by 2 to
/// 200 outlets under new titles and outlet footers, some trimmed to their first half, some lightly
/// edited, wire stories with their credit lines, and rewritten wire stories that credit the wire
/// but share few of its words. Every copy is a later article slot turned into a copy of an earlier
/// one, so dates still tell the origin.
/// </summary>
internal static class Syndication
{
    // Agencies whose credit lines the tool should recognise; the generator names no story's outlets.
    private static readonly string[] Wires = ["AP", "Reuters", "AFP", "Xinhua", "TASS"];

    /// <param name="bodies">Each article's paragraphs of sentences; copies are written into it.</param>
    /// <param name="planted">Planted fact sentences by article: a copy carries its origin's, as the origin worded them.</param>
    /// <param name="reserved">Article slots that must stay as they are (they hold planted passage copies).</param>
    public static IReadOnlyList<PlantedCluster> Plant(
        List<List<List<string>>> bodies, List<(string Fact, int Article, string Sentence)> planted, IReadOnlyList<string> ids,
        ISet<int> reserved, double share, Random random, Func<int, string?> publisherOf, NameForge names)
    {
        var count = bodies.Count;
        var budget = (int)(count * share);
        var taken = new HashSet<int>(reserved);
        var clusters = new List<(int Origin, List<int> Members, string? Wire)>();
        var byWire = new Dictionary<string, List<int>>();
        while (budget > 0)
        {
            var origin = random.Next(Math.Max(1, count * 7 / 10));
            if (!taken.Add(origin)) continue;
            // Carriers per story: mostly a few, sometimes very many (a heavy tail, up to 199 copies).
            var copies = Math.Min(budget, Math.Min(199, (int)Math.Floor(Math.Pow(200, Math.Pow(random.NextDouble(), 2.2)))));
            copies = Math.Max(1, copies);
            var slots = Enumerable.Range(origin + 1, count - origin - 1).Where(i => !taken.Contains(i)).OrderBy(_ => random.Next()).Take(copies).Order().ToList();
            if (slots.Count == 0) continue;
            budget -= slots.Count;
            var wire = random.Next(10) < 4 ? Wires[random.Next(Wires.Length)] : null;
            if (wire is not null) Credit(bodies[origin], wire, random, names);
            foreach (var slot in slots)
            {
                taken.Add(slot);
                if (wire is not null && random.Next(10) == 0)
                {
                    // A rewrite: the outlet's own words with the wire's credit.
                    bodies[slot].Add([$"{wire} contributed to this report."]);
                    continue;
                }

                planted.RemoveAll(p => p.Article == slot);

                var trimmed = random.Next(4) == 0;
                var source = bodies[origin];
                var kept = trimmed ? source.Take(Math.Max(1, source.Count / 2)).ToList() : source;
                var copy = kept.Select(p => p.ToList()).ToList();
                var (editedParagraph, editedSentence) = Edit(copy, random);
                foreach (var (fact, _, sentence) in planted.Where(p => p.Article == origin).ToList())
                {
                    for (var p = 0; p < copy.Count; p++)
                    {
                        var s = source[p].IndexOf(sentence);
                        if (s >= 0) planted.Add((fact, slot, p == editedParagraph && s == editedSentence ? copy[p][s] : sentence));
                    }
                }

                if (publisherOf(slot) is { } publisher) copy.Add([Footer(publisher)]);
                bodies[slot] = copy;
            }

            clusters.Add((origin, slots, wire));
            if (wire is not null)
            {
                if (!byWire.TryGetValue(wire, out var list)) byWire[wire] = list = [];
                list.Add(clusters.Count - 1);
            }
        }

        // Documents that credit one wire are one source, whatever story each carries: their clusters are one.
        var merged = new List<PlantedCluster>();
        foreach (var (c, i) in clusters.Select((c, i) => (c, i)).Where(x => x.c.Wire is null || byWire[x.c.Wire][0] == x.i))
        {
            var members = c.Wire is null ? [c.Origin, .. c.Members] : byWire[c.Wire].SelectMany(k => clusters[k].Members.Prepend(clusters[k].Origin)).ToList();
            var origin = c.Wire is null ? ids[c.Origin] : null;
            merged.Add(new PlantedCluster(ids[c.Origin], origin, members.Distinct().Order().Select(m => ids[m]).ToList(), c.Wire));
        }

        return merged;
    }

    /// <summary>The wire's credit, in one of the ways wires are credited: a dateline, a closing line, or a reporting line.</summary>
    private static void Credit(List<List<string>> body, string wire, Random random, NameForge names)
    {
        var city = Vocabulary.Cities[random.Next(Vocabulary.Cities.Length)].ToUpperInvariant();
        switch (random.Next(3))
        {
            case 0:
                body[0].Insert(0, $"{city} ({wire}) — Officials gave few details on {CultureInfo.InvariantCulture.DateTimeFormat.DayNames[random.Next(7)]}.");
                break;
            case 1:
                body[^1].Add($"The agency's correspondents filed the report. — {wire}");
                break;
            default:
                body.Add([$"Reporting by {names.Next().Canonical}; Editing by {names.Next().Canonical}"]);
                body.Add([$"{wire} contributed to this report."]);
                break;
        }
    }

    /// <summary>An outlet's own standing footer: the same under each of its articles, shared with no other outlet.</summary>
    private static string Footer(string publisher)
    {
        var seed = new Random(publisher.Aggregate(17, (h, c) => unchecked(h * 31 + c)));
        return $"{publisher} was founded in {1900 + seed.Next(120)} and is printed in {Vocabulary.Cities[seed.Next(Vocabulary.Cities.Length)]} every {CultureInfo.InvariantCulture.DateTimeFormat.DayNames[seed.Next(7)]}.";
    }

    /// <summary>Light editing: one word of one sentence changed. Returns where.</summary>
    private static (int Paragraph, int Sentence) Edit(List<List<string>> paragraphs, Random random)
    {
        var p = random.Next(paragraphs.Count);
        var s = random.Next(paragraphs[p].Count);
        var words = paragraphs[p][s].Split(' ');
        var at = random.Next(words.Length);
        if (!words[at].All(char.IsLower)) return (-1, -1);
        words[at] = Vocabulary.Adjectives[random.Next(Vocabulary.Adjectives.Length)];
        paragraphs[p][s] = string.Join(' ', words);
        return (p, s);
    }
}
