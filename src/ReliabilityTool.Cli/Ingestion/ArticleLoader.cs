using Microsoft.Extensions.Logging;
using ReliabilityTool.Core.Configuration;
using ReliabilityTool.Core.Documents;
using ReliabilityTool.Core.Sources;

namespace ReliabilityTool.Cli.Ingestion;

/// <summary>
/// Reads the articles named on the command line and the <c>sources.yaml</c> beside them, and
/// turns them into documents. Everything is read and checked before anything is stored, so a
/// bad file fails the whole ingest and the database is left as it was.
/// </summary>
public sealed class ArticleLoader(IDocumentExtractor extractor, ILogger<ArticleLoader> logger)
{
    public const string SourcesFileName = "sources.yaml";

    public IReadOnlyList<Document> Load(IReadOnlyList<string> paths, string? sourcesFile, IReadOnlyCollection<string> storedIds)
    {
        var files = new List<string>();
        var catalogFiles = new List<string>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                var found = Directory.EnumerateFiles(path)
                    .Where(f => InputFile.SupportedExtensions.Contains(Path.GetExtension(f).ToLowerInvariant()))
                    .Order(StringComparer.Ordinal).ToList();
                if (found.Count == 0) throw InputException.NoArticles(path);
                files.AddRange(found);
                var beside = Path.Combine(path, SourcesFileName);
                if (sourcesFile is null && File.Exists(beside)) catalogFiles.Add(beside);
            }
            else if (File.Exists(path))
            {
                if (!InputFile.SupportedExtensions.Contains(Path.GetExtension(path).ToLowerInvariant()))
                    throw InputException.Unsupported(path);
                files.Add(path);
            }
            else
            {
                throw InputException.Missing(path);
            }
        }

        if (sourcesFile is not null)
        {
            if (!File.Exists(sourcesFile)) throw InputException.Missing(sourcesFile);
            catalogFiles.Add(sourcesFile);
        }

        var documents = new List<Document>();
        foreach (var file in files)
        {
            var bytes = File.ReadAllBytes(file);
            var text = InputFile.Decode(file, bytes);
            string? url = null;
            if (Path.GetExtension(file).ToLowerInvariant() is ".html" or ".htm") (text, url) = HtmlText.Read(text);
            var id = InputFile.DocumentId(file);
            if (documents.Any(d => d.Id == id))
                throw new InputException($"{file}: another input file has the same name ({id}); document ids are file names without extension, so rename one.");
            var document = extractor.Extract(id, RelativePath(file), text, InputFile.Sha256(bytes));
            documents.Add(url is null ? document : document with { FromText = document.FromText with { Url = url } });
            logger.LogDebug("Read {File} ({Length} characters)", file, text.Length);
        }

        var known = documents.Select(d => d.Id).Concat(storedIds).ToHashSet();
        foreach (var catalogFile in catalogFiles)
        {
            var catalog = SourcesYaml.Parse(RelativePath(catalogFile), File.ReadAllText(catalogFile));
            SourcesYaml.CheckDocumentsExist(catalog, known);
            for (var i = 0; i < documents.Count; i++)
            {
                if (catalog.EntryFor(documents[i].Id) is not null) documents[i] = SourceMerger.Merge(documents[i], catalog);
            }
        }

        return documents;
    }

    /// <summary>Paths are recorded relative to the working folder, so reports do not leak machine paths.</summary>
    private static string RelativePath(string path)
    {
        var relative = Path.GetRelativePath(Directory.GetCurrentDirectory(), path);
        return relative.StartsWith("..", StringComparison.Ordinal) ? path : relative.Replace('\\', '/');
    }
}
