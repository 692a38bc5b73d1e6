using System.Text.Json;
using Dapper;
using Microsoft.Data.Sqlite;
using ReliabilityTool.Core.Claims;
using ReliabilityTool.Core.Documents;
using ReliabilityTool.Tests;

namespace ReliabilityTool.Storage.Tests;

public sealed class ClaimStoreTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 21, 9, 0, 0, TimeSpan.Zero);

    private static (Database Db, IReadOnlyList<Claim> Claims) Stored(string text, string path = ":memory:")
    {
        var database = Database.Open(path);
        var document = new HeuristicDocumentExtractor().Extract("a", "a.txt", text, InputFile.Sha256(System.Text.Encoding.UTF8.GetBytes(text)));
        new DocumentStore(database).Ingest([document], Now);
        var claims = new SentenceClaimExtractor(Lexicon.Default).Extract(document);
        using var transaction = database.Connection.BeginTransaction();
        new ClaimStore(database).Save("a", 1, Lexicon.Default.Fingerprint, claims, transaction);
        transaction.Commit();
        return (database, claims);
    }

    [Fact]
    public void Should_Round_Trip_Claims_Whole()
    {
        var (database, claims) = Stored("Iran reportedly hosted them in 2002. According to the FBI, they met in Khartoum. Should we care?\n");
        using var _ = database;

        var stored = new ClaimStore(database).Current();

        Assert.Equal(claims.Count, stored.Count);
        Assert.Equal(claims.Select(c => (c.Id, c.Start, c.End, c.Text, c.Kind)), stored.Select(c => (c.Id, c.Start, c.End, c.Text, c.Kind)));
        Assert.Equal(claims[1].Evidence, stored[1].Evidence);
        Assert.Equal(claims[0].Details.Dates, stored[0].Details.Dates);
    }

    /// <summary>Claims are decoded a batch at a time on the thread pool while the next batch is read: they still come back whole and in document order.</summary>
    [Fact]
    public void Should_Read_Back_More_Claims_Than_One_Batch_In_Order()
    {
        var text = string.Concat(Enumerable.Range(1, (2 * ClaimStore.DecodeBatch) + 100).Select(i => $"The council met {i} times. "));
        var (database, claims) = Stored(text + "\n");
        using var _ = database;

        var stored = new ClaimStore(database).Current();

        Assert.True(claims.Count > 2 * ClaimStore.DecodeBatch, $"{claims.Count} claims: the test needs three batches, the last one short");
        Assert.Equal(claims.Select(c => (c.Id, c.Start, c.Text)), stored.Select(c => (c.Id, c.Start, c.Text)));
    }

    /// <summary>A damaged claim in a batch decoded on the thread pool raises the codec's own error, with what to do, not a wrapping of it.</summary>
    [Fact]
    public void Should_Raise_A_Damaged_Claim_s_Own_Error_From_A_Later_Batch()
    {
        var text = string.Concat(Enumerable.Range(1, ClaimStore.DecodeBatch + 1000).Select(i => $"The council met {i} times. "));
        var (database, claims) = Stored(text + "\n");
        using var _ = database;
        database.Connection.Execute("UPDATE claims SET claim = x'01' WHERE id = @Id", new { claims[ClaimStore.DecodeBatch + 500].Id });

        var error = Assert.Throws<InvalidDataException>(() => new ClaimStore(database).Current());

        Assert.Contains("assess the articles again into a new database", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_Filter_By_Kind_Hedging_And_Evidence_Class()
    {
        var (database, _) = Stored("Iran reportedly hosted them in 2002. According to the FBI, they met in Khartoum. Should we care?\n");
        using var _db = database;
        var store = new ClaimStore(database);

        Assert.Equal("Should we care?", Assert.Single(store.Current(new ClaimFilter(Kind: ClaimKind.Question))).Text);
        Assert.Equal("Iran reportedly hosted them in 2002.", Assert.Single(store.Current(new ClaimFilter(Hedged: true))).Text);
        Assert.StartsWith("According to the FBI", Assert.Single(store.Current(new ClaimFilter(EvidenceClass: "primary"))).Text);
        Assert.Empty(store.Current(new ClaimFilter(DocumentId: "other")));
    }

    [Fact]
    public void Should_Know_When_Claims_Were_Made_With_Another_Lexicon()
    {
        var (database, _) = Stored("Iran hosted them.\n");
        using var _db = database;
        var store = new ClaimStore(database);

        Assert.True(store.IsCurrent("a", 1, Lexicon.Default.Fingerprint));
        Assert.False(store.IsCurrent("a", 1, Lexicon.Default.Extend(["arguably"], [], [], []).Fingerprint));
    }

    [Fact]
    public void Should_Convert_Claims_Stored_As_Json_On_Upgrade_Keeping_Every_Value_And_The_Assessment()
    {
        using var folder = new TempFolder();
        var path = folder.File("schema-5.db");
        const string text = "Iran reportedly hosted them in 2002. According to the FBI, they met in Khartoum. Should we care?\n";
        var document = new HeuristicDocumentExtractor().Extract("a", "a.txt", text, InputFile.Sha256(System.Text.Encoding.UTF8.GetBytes(text)));
        var claims = new SentenceClaimExtractor(Lexicon.Default).Extract(document);
        using (var connection = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            // A database as schema 5 left it: claims as JSON, and an assessment resting on them.
            connection.Open();
            Migrations.Apply(connection, path, upTo: 5);
            connection.Execute("INSERT INTO documents (id, current_version, source_json, updated_at) VALUES ('a', 1, @Source, 'now')", new { Source = StoredJson.Write(document.Source) });
            connection.Execute(
                "INSERT INTO document_versions VALUES ('a', 1, 'a.txt', @Sha, @Text, @Metadata, @Segments, 'now')",
                new { Sha = document.Sha256, Text = text, Metadata = StoredJson.Write(document.FromText), Segments = StoredJson.Write(document.Segments) });
            foreach (var c in claims)
            {
                connection.Execute(
                    "INSERT INTO claims VALUES ('a', 1, @Id, @Start, @End, 'factual', @CheckWorthy, 0, 'none', @Json)",
                    new { c.Id, c.Start, c.End, c.CheckWorthy, Json = StoredJson.Write(c) });
            }

            connection.Execute("INSERT INTO claim_runs VALUES ('a', 1, @Lexicon)", new { Lexicon = Lexicon.Default.Fingerprint });
            connection.Execute("INSERT INTO analysis_state (key, value) VALUES ('rubric_sha256', 'r'), ('lexicon', @Lexicon), ('claims', '3')", new { Lexicon = Lexicon.Default.Fingerprint });
        }

        using var upgraded = Database.Open(path);

        Assert.Equal(Database.LatestSchemaVersion, upgraded.SchemaVersion);
        Assert.Equal(claims.Select(c => JsonSerializer.Serialize(c)), new ClaimStore(upgraded).Current().Select(c => JsonSerializer.Serialize(c)));
        Assert.True(new ClaimStore(upgraded).IsCurrent("a", 1, Lexicon.Default.Fingerprint));
        Assert.Equal(Lexicon.Default.Fingerprint, new AnalysisStore(upgraded).State()?.Lexicon);
    }
}
