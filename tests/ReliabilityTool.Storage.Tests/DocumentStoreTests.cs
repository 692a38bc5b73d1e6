using Dapper;
using ReliabilityTool.Core.Documents;
using ReliabilityTool.Core.Sources;
using ReliabilityTool.Tests;

namespace ReliabilityTool.Storage.Tests;

public sealed class DocumentStoreTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 11, 21, 9, 0, 0, TimeSpan.Zero);
    private readonly TempFolder _folder = new();

    private static Document Article(string id, string text) =>
        new HeuristicDocumentExtractor().Extract(id, $"{id}.txt", text, InputFile.Sha256(System.Text.Encoding.UTF8.GetBytes(text)));

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Should_Create_The_Schema_In_Wal_Mode()
    {
        using var database = Database.Open(_folder.File("r.db"));

        Assert.Equal(Database.LatestSchemaVersion, database.SchemaVersion);
        Assert.Equal("wal", database.Connection.ExecuteScalar<string>("PRAGMA journal_mode;"));
    }

    [Fact]
    public void Should_Round_Trip_A_Document_With_Its_Segments_And_Source()
    {
        using var database = Database.Open(":memory:");
        var store = new DocumentStore(database);
        var original = Article("a", "A title\n\nBy Ann Lee\n\nIran hosted them, officials said.\n") with
        {
            Source = new SourceProfile(new Publisher("p", "The Daily", null, [], [], [new Fact("campaigns", "bio", "Iran")], []), null, [], null, null, [], []),
        };

        store.Ingest([original], Now);
        var stored = Assert.Single(store.Current());

        Assert.Equal(original.Text, stored.Text);
        Assert.Equal(original.Segments, stored.Segments);
        Assert.Equal(original.FromText.Authors, stored.FromText.Authors);
        Assert.Equal("The Daily", stored.Source.Publisher!.Name);
        Assert.Equal("Iran", stored.Source.Publisher.Advocacy[0].Party);
    }

    /// <summary>Documents are parsed on every core: one that cannot be parsed still raises its own error, not the parallel query's wrapping of it.</summary>
    [Fact]
    public void Should_Raise_A_Damaged_Document_s_Own_Error_When_Documents_Are_Parsed_In_Parallel()
    {
        using var database = Database.Open(":memory:");
        var store = new DocumentStore(database);
        store.Ingest([.. Enumerable.Range(1, 40).Select(i => Article($"d{i:00}", $"Title {i}\n\nThe council met {i} times.\n"))], Now);
        database.Connection.Execute("UPDATE document_versions SET segments_json = '[{' WHERE document_id = 'd17'");

        var error = Record.Exception(() => store.Current());

        Assert.IsAssignableFrom<System.Text.Json.JsonException>(error);
    }

    [Fact]
    public void Should_Change_Nothing_When_An_Unchanged_File_Is_Ingested_Again()
    {
        using var database = Database.Open(":memory:");
        var store = new DocumentStore(database);
        store.Ingest([Article("a", "Iran hosted them.\n")], Now);

        var again = store.Ingest([Article("a", "Iran hosted them.\n")], Now.AddHours(1));

        Assert.Equal(IngestOutcome.Unchanged, Assert.Single(again).Outcome);
        Assert.Single(store.Versions("a"));
    }

    [Fact]
    public void Should_Keep_The_Old_Version_Recoverable_When_A_File_Changes()
    {
        using var database = Database.Open(":memory:");
        var store = new DocumentStore(database);
        store.Ingest([Article("a", "Iran hosted them.\n")], Now);

        var changed = store.Ingest([Article("a", "Iran hosted them in 2002.\n")], Now.AddHours(1));

        Assert.Equal(new IngestedDocument("a", 2, IngestOutcome.NewVersion), Assert.Single(changed));
        Assert.Equal("Iran hosted them in 2002.\n", Assert.Single(store.Current()).Text);
        Assert.Equal("Iran hosted them.\n", store.Version("a", 1)!.Text);
        Assert.Equal([1, 2], store.Versions("a").Select(v => v.Version));
    }

    [Fact]
    public void Should_Store_Nothing_When_One_Document_Of_An_Ingest_Fails()
    {
        using var database = Database.Open(":memory:");
        var store = new DocumentStore(database);
        store.Ingest([Article("a", "First.\n")], Now);
        var broken = Article("b", "Second.\n") with { File = null! };

        Assert.ThrowsAny<Exception>(() => store.Ingest([Article("c", "Third.\n"), broken], Now));

        Assert.Equal(["a"], store.Current().Select(d => d.Id));
    }

    [Fact]
    public void Should_Upgrade_An_Older_Database_Keeping_Its_Documents()
    {
        var path = _folder.File("old.db");
        using (var database = Database.Open(path))
        {
            new DocumentStore(database).Ingest([Article("a", "Iran hosted them.\n")], Now);
            // Make it look like a schema-1 database: drop what later steps add.
            var later = database.Connection.Query<string>("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT IN ('documents', 'document_versions')").ToList();
            database.Connection.Execute(string.Concat(later.Select(t => $"DROP TABLE {t};")) + "PRAGMA user_version = 1;");
        }

        using var upgraded = Database.Open(path);

        Assert.Equal(Database.LatestSchemaVersion, upgraded.SchemaVersion);
        Assert.Equal(["a"], new DocumentStore(upgraded).Current().Select(d => d.Id));
        Assert.Empty(new ClaimStore(upgraded).Current());
    }

    [Fact]
    public void Should_Refuse_A_Database_From_A_Newer_Tool()
    {
        var path = _folder.File("future.db");
        using (var database = Database.Open(path)) database.Connection.Execute("PRAGMA user_version = 99;");

        var e = Assert.Throws<NewerDatabaseException>(() => Database.Open(path));

        Assert.Contains("newer ReliabilityTool (database schema 99)", e.Message);
        Assert.Contains($"reads schemas up to {Database.LatestSchemaVersion}", e.Message);
    }
}
