using Dapper;
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
    public void Should_Drop_Claims_Stored_As_Json_On_Upgrade_Keeping_The_Documents_To_Extract_Them_Again()
    {
        using var folder = new TempFolder();
        var path = folder.File("json-claims.db");
        var (database, _) = Stored("Iran hosted them in 2002.\n", path);
        using (database)
        {
            // Make it look like a schema-5 database: claims as JSON, an assessment resting on them.
            database.Connection.Execute("""
                DROP TABLE claims;
                CREATE TABLE claims (document_id TEXT NOT NULL, version INTEGER NOT NULL, id TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
                    kind TEXT NOT NULL, check_worthy REAL NOT NULL, hedged INTEGER NOT NULL, evidence_class TEXT NOT NULL, claim_json TEXT NOT NULL,
                    PRIMARY KEY (document_id, version, id));
                INSERT INTO claims VALUES ('a', 1, 'a:0-25', 0, 25, 'factual', 0.9, 0, 'none', '{"id":"a:0-25"}');
                INSERT INTO analysis_state (key, value) VALUES ('lexicon', 'x');
                PRAGMA user_version = 5;
                """);
        }

        using var upgraded = Database.Open(path);

        Assert.Equal(Database.LatestSchemaVersion, upgraded.SchemaVersion);
        Assert.Equal(["a"], new DocumentStore(upgraded).Current().Select(d => d.Id));
        Assert.Empty(new ClaimStore(upgraded).Current());
        Assert.False(new ClaimStore(upgraded).IsCurrent("a", 1, Lexicon.Default.Fingerprint));
        Assert.Null(new AnalysisStore(upgraded).State());
    }
}
