using ReliabilityTool.Core.Claims;
using ReliabilityTool.Core.Documents;

namespace ReliabilityTool.Storage.Tests;

public sealed class ClaimStoreTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 21, 9, 0, 0, TimeSpan.Zero);

    private static (Database Db, IReadOnlyList<Claim> Claims) Stored(string text)
    {
        var database = Database.Open(":memory:");
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
}
