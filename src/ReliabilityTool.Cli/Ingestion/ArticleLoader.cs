using Microsoft.Extensions.Configuration;
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
public sealed partial class ArticleLoader(IDocumentExtractor extractor, IConfiguration configuration, ILogger<ArticleLoader> logger)
{
    public const string SourcesFileName = "sources.yaml";

    /// <summary>The largest article read unless told otherwise: a page of news is a few kB, so 5 MB is a mistake, not an article.</summary>
    public const int DefaultMaxFileMegabytes = 5;

    private int? ConfiguredLimit()
    {
        var text = configuration["Input:MaxFileMegabytes"];
        if (text is null) return null;
        if (int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var value) && value >= 1) return value;
        throw ConfigurationException.BadSetting("Input:MaxFileMegabytes", text, "a whole number of megabytes, 1 or more (set in appsettings.json or RELIABILITY_INPUT__MAXFILEMEGABYTES)");
    }

    /// <param name="maxFileMegabytes"><c>--max-file-mb</c>, else <c>Input:MaxFileMegabytes</c> from configuration, else <see cref="DefaultMaxFileMegabytes"/>.</param>
    public LoadedArticles Load(IReadOnlyList<string> paths, string? sourcesFile, IReadOnlyCollection<string> storedIds, int? maxFileMegabytes = null)
    {
        var limit = (long)(maxFileMegabytes ?? ConfiguredLimit() ?? DefaultMaxFileMegabytes) * 1048576;
        var files = new List<string>();
        var catalogFiles = new List<string>();
        var skipped = new List<SkippedFile>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                var found = new List<string>();
                foreach (var file in Directory.EnumerateFiles(path).Order(StringComparer.Ordinal))
                {
                    if (Path.GetFileName(file) == SourcesFileName) continue;
                    if (InputFile.WhySkipped(file) is { } why) skipped.Add(new SkippedFile(RelativePath(file), why));
                    else found.Add(file);
                }

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
            if (!File.Exists(sourcesFile)) throw ConfigurationException.FileMissing(sourcesFile, "sources file", "Check the path given to --sources, or leave it out to use the sources.yaml beside the articles.");
            catalogFiles.Add(sourcesFile);
        }

        foreach (var file in files)
        {
            var length = new FileInfo(file).Length;
            if (length > limit) throw InputException.TooLarge(file, length, limit);
        }

        var documents = new List<Document>();
        foreach (var file in files)
        {
            var bytes = File.ReadAllBytes(file);
            var text = InputFile.Read(file, bytes);
            string? url = null;
            if (Path.GetExtension(file).ToLowerInvariant() is ".html" or ".htm") (text, url) = HtmlText.Read(text);
            var id = InputFile.DocumentId(file);
            if (documents.Any(d => d.Id == id))
                throw new InputException($"{file}: another input file has the same name ({id}); document ids are file names without extension, so rename one.");
            var document = extractor.Extract(id, RelativePath(file), text, InputFile.Sha256(bytes));
            documents.Add(url is null ? document : document with { FromText = document.FromText with { Url = url } });
            LogRead(logger, file, text.Length);
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

        foreach (var s in skipped) LogSkipped(logger, s.File, s.Reason);
        return new LoadedArticles(documents, skipped);
    }

    /// <summary>Paths are recorded relative to the working folder, so reports do not leak machine paths.</summary>
    private static string RelativePath(string path)
    {
        var relative = Path.GetRelativePath(Directory.GetCurrentDirectory(), path);
        return relative.StartsWith("..", StringComparison.Ordinal) ? path : relative.Replace('\\', '/');
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Read {File} ({Length} characters)")]
    private static partial void LogRead(ILogger logger, string file, int length);

    [LoggerMessage(Level = LogLevel.Information, Message = "Skipped {File}: {Reason}")]
    private static partial void LogSkipped(ILogger logger, string file, string reason);
}

/// <summary>What an input held: the articles read, and every file not read with the reason.</summary>
public sealed record LoadedArticles(IReadOnlyList<Document> Documents, IReadOnlyList<SkippedFile> Skipped);
