using System.Globalization;
using System.Text;

namespace ReliabilityTool.Corpus;

/// <summary>Shape of a generated corpus.</summary>
/// <param name="Articles">How many articles.</param>
/// <param name="Seed">The same seed and settings give the same corpus, byte for byte.</param>
/// <param name="FactsPerArticle">Planted fact sentences per article, on average; each fact is told by 2 to 4 articles, each in its own words.</param>
/// <param name="CopyShare">Share of articles that reproduce a passage of an earlier one.</param>
/// <param name="SentencesPerArticle">About 18 words a sentence: 50 sentences make the ~800 words of a news article.</param>
/// <param name="SyndicationShare">Share of articles that are another outlet's copy of an earlier story (syndication, wire copy, reposts).</param>
public sealed record CorpusSettings(int Articles, int Seed = 20261121, double FactsPerArticle = 3, double CopyShare = 0.08, int SentencesPerArticle = 50, double SyndicationShare = 0.08);

/// <summary>
/// Generates a deterministic corpus for benchmarks and for checking the pipeline against planted
/// truth: articles from many publishers and owner groups, with recurring facts written in
/// different words, spellings and date formats, copied passages, hedges, quotations and citations.
/// </summary>
public static class CorpusGenerator
{
    private static readonly DateOnly FirstPublished = new(2016, 1, 1);

    public static GeneratedCorpus Generate(CorpusSettings settings)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(settings.Articles, 2);
        var random = new Random(settings.Seed);
        var names = new NameForge(random);
        var people = Enumerable.Range(0, Math.Max(20, settings.Articles / 3)).Select(_ => names.Next()).ToList();
        var sources = SourcePlan.Make(settings.Articles, random, names);
        var ids = Enumerable.Range(0, settings.Articles).Select(i => $"gen-{i:D6}").ToList();

        // Each fact is told by 2-4 articles (3 on average), so FactsPerArticle × articles / 3 facts.
        var factCount = (int)(settings.Articles * settings.FactsPerArticle / 3);
        var facts = Enumerable.Range(0, factCount).Select(i => MakeFact(i, random, people)).ToList();
        var planted = new List<(string Fact, int Article, string Sentence)>();
        var perArticle = ids.Select(_ => new List<string>()).ToList();
        foreach (var fact in facts)
        {
            // Each teller words the fact its own way: two outlets writing it identically would be reuse, not corroboration.
            var tellers = Enumerable.Range(0, 2 + random.Next(3)).Select(_ => random.Next(settings.Articles)).Distinct().ToList();
            var firstWording = random.Next(PlantedFacts.Wordings);
            for (var k = 0; k < tellers.Count; k++)
            {
                var sentence = PlantedFacts.Write(fact, firstWording + k, random);
                sentence = char.ToUpperInvariant(sentence[0]) + sentence[1..];
                perArticle[tellers[k]].Add(sentence);
                planted.Add((fact.Id, tellers[k], sentence));
            }
        }

        var bodies = new List<List<List<string>>>(); // article → paragraphs → sentences
        var copies = new List<PlantedCopy>();
        var filler = new Filler(random, people);
        for (var i = 0; i < settings.Articles; i++)
        {
            var sentences = Enumerable.Range(0, Math.Max(0, settings.SentencesPerArticle - perArticle[i].Count)).Select(_ => filler.Sentence()).ToList();
            foreach (var fact in perArticle[i]) sentences.Insert(random.Next(sentences.Count + 1), fact);
            var paragraphs = Paragraphs(sentences, random);
            if (i > 0 && random.NextDouble() < settings.CopyShare)
            {
                var from = random.Next(i);
                var passage = CopyablePassage(bodies[from], random);
                if (passage is not null)
                {
                    var edited = Edit(passage, random);
                    paragraphs.Insert(random.Next(paragraphs.Count + 1), edited);
                    copies.Add(new PlantedCopy(ids[from], ids[i], string.Join(' ', edited)));
                }
            }

            bodies.Add(paragraphs);
        }

        var reserved = copies.SelectMany(c => new[] { ids.IndexOf(c.From), ids.IndexOf(c.To) }).ToHashSet();
        var clusters = Syndication.Plant(bodies, planted, ids, reserved, settings.SyndicationShare, random, sources.PublisherNameOf, names);

        var articles = new List<GeneratedArticle>();
        for (var i = 0; i < settings.Articles; i++)
        {
            var published = Published(i, settings.Articles);
            var author = sources.AuthorOf(i);
            var title = string.Format(CultureInfo.InvariantCulture, Vocabulary.Titles[random.Next(Vocabulary.Titles.Length)], Vocabulary.Nouns[random.Next(Vocabulary.Nouns.Length)]);
            var text = new StringBuilder()
                .Append(title).Append("\n\n")
                .Append("By ").Append(author.Name).Append("\n\n")
                .Append(published.ToString("MMMM d, yyyy", CultureInfo.InvariantCulture)).Append("\n\n")
                .AppendJoin("\n\n", bodies[i].Select(p => string.Join(' ', p)))
                .Append('\n');
            articles.Add(new GeneratedArticle(ids[i], published, text.ToString()));
        }

        var truth = new PlantedTruth(
            planted.GroupBy(p => p.Fact)
                .Where(g => g.Select(p => p.Article).Distinct().Count() > 1)
                .Select(g => new PlantedAssertion(g.Key, g.Select(p => new PlantedSentence(ids[p.Article], p.Sentence)).ToList()))
                .ToList(),
            copies) { Clusters = clusters };
        return new GeneratedCorpus(articles, sources.ToYaml(ids, i => Published(i, settings.Articles)), truth);
    }

    /// <summary>Publication dates rise with the article number, so a copy is always later than its original.</summary>
    private static DateOnly Published(int index, int count) => FirstPublished.AddDays((int)(index * (3000.0 / count)));

    private static Fact MakeFact(int index, Random random, IReadOnlyList<PersonName> people)
    {
        var person = people[random.Next(people.Count)];
        var other = people[random.Next(people.Count)];
        var date = new DateOnly(2000 + random.Next(24), 1 + random.Next(12), 1 + random.Next(28));
        var funder = "the " + Vocabulary.Adjectives[random.Next(Vocabulary.Adjectives.Length)] + " " + Vocabulary.Nouns[random.Next(Vocabulary.Nouns.Length)] + " fund";
        return new Fact(
            $"fact-{index:D6}",
            (FactKind)random.Next(Enum.GetValues<FactKind>().Length),
            person,
            other,
            Vocabulary.Cities[random.Next(Vocabulary.Cities.Length)],
            Vocabulary.Countries[random.Next(Vocabulary.Countries.Length)],
            date,
            3 + random.Next(40),
            Vocabulary.GroupNames[random.Next(Vocabulary.GroupNames.Length)],
            funder);
    }

    private static List<List<string>> Paragraphs(List<string> sentences, Random random)
    {
        var paragraphs = new List<List<string>>();
        for (var at = 0; at < sentences.Count;)
        {
            var length = Math.Min(sentences.Count - at, 2 + random.Next(3));
            paragraphs.Add(sentences.GetRange(at, length));
            at += length;
        }

        return paragraphs;
    }

    /// <summary>A paragraph of three or more sentences: long enough that reuse is a passage, not a phrase.</summary>
    private static List<string>? CopyablePassage(List<List<string>> paragraphs, Random random)
    {
        var candidates = paragraphs.Where(p => p.Count >= 3).ToList();
        return candidates.Count == 0 ? null : candidates[random.Next(candidates.Count)];
    }

    /// <summary>Light editing, as a copying outlet does: one word of one sentence changed.</summary>
    private static List<string> Edit(List<string> passage, Random random)
    {
        var edited = passage.ToList();
        var which = random.Next(edited.Count);
        var words = edited[which].Split(' ');
        var at = random.Next(words.Length);
        if (words[at].All(char.IsLower)) words[at] = Vocabulary.Adjectives[random.Next(Vocabulary.Adjectives.Length)];
        edited[which] = string.Join(' ', words);
        return edited;
    }
}
