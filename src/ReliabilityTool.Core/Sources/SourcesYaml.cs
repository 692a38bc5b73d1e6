using System.Globalization;
using ReliabilityTool.Core.Configuration;

namespace ReliabilityTool.Core.Sources;

/// <summary>Reads <c>sources.yaml</c> strictly: it is configuration, so any doubt fails at load time.</summary>
public static class SourcesYaml
{
    public static SourceCatalog Parse(string file, string text)
    {
        var root = YamlConfig.Parse(file, text).Root.Allow("version", "story_parties", "owners", "publishers", "authors", "documents");
        root.Number("version", 1, 1, 1); // only format version 1 exists; anything else is refused with its position

        var owners = root.MapList("owners").Select(ReadOwner).ToList();
        var publishers = root.MapList("publishers").Select(ReadPublisher).ToList();
        var authors = root.MapList("authors").Select(ReadAuthor).ToList();
        var documents = root.MapList("documents").Select(ReadDocument).ToList();

        CheckUnique(root, "owners", owners.Select(o => o.Id), root.MapList("owners"));
        CheckUnique(root, "publishers", publishers.Select(o => o.Id), root.MapList("publishers"));
        CheckUnique(root, "authors", authors.Select(o => o.Id), root.MapList("authors"));

        foreach (var (publisher, map) in publishers.Zip(root.MapList("publishers")))
        {
            if (publisher.OwnerId is not null && owners.All(o => o.Id != publisher.OwnerId))
                throw Dangling(map, "owner", publisher.OwnerId, "owners", owners.Select(o => o.Id));
        }

        foreach (var (entry, map) in documents.Zip(root.MapList("documents")))
        {
            if (entry.PublisherId is not null && publishers.All(p => p.Id != entry.PublisherId))
                throw Dangling(map, "publisher", entry.PublisherId, "publishers", publishers.Select(p => p.Id));
            foreach (var author in map.ScalarList("authors"))
            {
                if (authors.All(a => a.Id != author.Value))
                    throw ConfigurationException.UnknownValue(file, author.Line, author.Column, "authors", author.Value, authors.Select(a => a.Id));
            }
        }

        var duplicate = documents.GroupBy(d => d.DocumentId).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            var second = duplicate.Skip(1).First();
            throw ConfigurationException.DocumentTwice(file, second.Line, second.Column, duplicate.Key);
        }

        return new SourceCatalog(file, owners, publishers, authors, documents) { StoryParties = Facts(root, "story_parties") };
    }

    /// <summary>Every document entry must name an article that is being ingested.</summary>
    public static void CheckDocumentsExist(SourceCatalog catalog, IReadOnlyCollection<string> documentIds)
    {
        foreach (var entry in catalog.Documents)
        {
            if (!documentIds.Contains(entry.DocumentId))
            {
                throw ConfigurationException.NoSuchDocument(catalog.File, entry.Line, entry.Column, entry.DocumentId);
            }
        }
    }

    private static OwnerGroup ReadOwner(YamlConfig.Map map)
    {
        map.Allow("id", "name", "former_names", "state_ownership", "state_alignment", "notes");
        return new OwnerGroup(
            map.RequiredString("id"),
            map.RequiredString("name"),
            map.ScalarList("former_names").Select(s => s.Value).ToList(),
            Facts(map, "state_ownership"),
            Facts(map, "state_alignment"),
            Facts(map, "notes"));
    }

    private static Publisher ReadPublisher(YamlConfig.Map map)
    {
        map.Allow("id", "name", "owner", "description", "state_alignment", "advocacy", "funding", "relies_on");
        return new Publisher(
            map.RequiredString("id"),
            map.RequiredString("name"),
            map.OptionalString("owner"),
            Facts(map, "description"),
            Facts(map, "state_alignment"),
            Facts(map, "advocacy"),
            Facts(map, "funding")) { ReliesOn = Reliance(map) };
    }

    private static Author ReadAuthor(YamlConfig.Map map)
    {
        map.Allow("id", "name", "affiliations", "advocacy", "relies_on");
        return new Author(map.RequiredString("id"), map.RequiredString("name"), Facts(map, "affiliations"), Facts(map, "advocacy")) { ReliesOn = Reliance(map) };
    }

    private static DocumentEntry ReadDocument(YamlConfig.Map map)
    {
        map.Allow("id", "publisher", "authors", "published", "title", "provenance", "upstream", "url");
        DateOnly? published = null;
        var publishedText = map.OptionalString("published");
        if (publishedText is not null)
        {
            if (!DateOnly.TryParseExact(publishedText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                var (line, column) = map.PositionOf("published");
                throw ConfigurationException.WrongType(map.File, line, column, "published", "a date written YYYY-MM-DD", $"'{publishedText}'");
            }

            published = date;
        }

        return new DocumentEntry(
            map.RequiredString("id"),
            map.OptionalString("publisher"),
            map.ScalarList("authors").Select(s => s.Value).ToList(),
            published,
            map.OptionalString("title"),
            Facts(map, "provenance"),
            map.Line,
            map.Column) { Upstream = Facts(map, "upstream"), Url = WebAddress(map, "url") };
    }

    /// <summary>An article's address must be one a reader can open: absolute, http or https.</summary>
    private static string? WebAddress(YamlConfig.Map map, string key)
    {
        var text = map.OptionalString(key);
        if (text is null || Documents.WebAddress.Parse(text) is not null) return text;
        var (line, column) = map.PositionOf(key);
        throw ConfigurationException.WrongType(map.File, line, column, key, "an absolute http or https address (https://example.com/story)", $"'{text}'");
    }

    /// <summary>Reliance is on someone's claims: without the party it ties the source to, it could say nothing about a stake.</summary>
    private static List<Fact> Reliance(YamlConfig.Map map) =>
        map.MapList("relies_on").Select(f =>
        {
            f.Allow("value", "basis", "party");
            return new Fact(f.RequiredString("value"), f.RequiredString("basis"), f.RequiredString("party"));
        }).ToList();

    /// <summary>A fact must carry its basis: an unsupported statement about a source is not allowed in.</summary>
    private static List<Fact> Facts(YamlConfig.Map map, string key) =>
        map.MapList(key).Select(f =>
        {
            f.Allow("value", "basis", "party");
            return new Fact(f.RequiredString("value"), f.RequiredString("basis"), f.OptionalString("party"));
        }).ToList();

    private static void CheckUnique(YamlConfig.Map root, string section, IEnumerable<string> ids, IReadOnlyList<YamlConfig.Map> maps)
    {
        var seen = new HashSet<string>();
        foreach (var (id, map) in ids.Zip(maps))
        {
            if (!seen.Add(id))
            {
                var (line, column) = map.PositionOf("id");
                throw ConfigurationException.IdTwice(root.File, line, column, id, section);
            }
        }
    }

    private static ConfigurationException Dangling(YamlConfig.Map map, string key, string value, string section, IEnumerable<string> known)
    {
        var (line, column) = map.PositionOf(key);
        return ConfigurationException.UnknownValue(map.File, line, column, key, value, known.Append($"(add '{value}' to {section})"));
    }
}
