using Dapper;
using Microsoft.Data.Sqlite;
using ReliabilityTool.Core.Claims;
using ReliabilityTool.Core.Documents;
using ReliabilityTool.Core.Matching;
using ReliabilityTool.Core.Pipeline;
using ReliabilityTool.Core.Scoring;
using ReliabilityTool.Core.Sources;
using ReliabilityTool.Tests;

namespace ReliabilityTool.Storage.Tests;

/// <summary>
/// The stored analysis against a real SQLite database: what <c>assess</c> saves is what
/// <c>report</c> rescores and what <c>add</c> looks up, key by key.
/// </summary>
public sealed class AnalysisStoreTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 21, 9, 0, 0, TimeSpan.Zero);

    private static readonly Lazy<Assessment> Seeds = new(() =>
    {
        var documents = SeedDocuments.All;
        var pipeline = new AssessmentPipeline(RubricYaml.Default);
        return pipeline.Assess(documents, documents.SelectMany(pipeline.Extractor.Extract).ToList());
    });

    /// <summary>A database holding the seeds (or another assessment), their claims and their analysis, as <c>assess</c> leaves it.</summary>
    private static Database Assessed(Assessment? assessment = null)
    {
        var database = Database.Open(":memory:");
        assessment ??= Seeds.Value;
        using var transaction = database.Connection.BeginTransaction();
        new DocumentStore(database).Ingest(assessment.Documents, Now, transaction);
        new ClaimStore(database).SaveAll(assessment.Claims.GroupBy(c => c.DocumentId).Select(g => ClaimStore.Rows(g.Key, 1, g.ToList())), Lexicon.Default.Fingerprint, transaction);
        new AnalysisStore(database).Save(assessment, transaction);
        transaction.Commit();
        return database;
    }

    [Fact]
    public void Should_Give_Back_The_Facts_An_Assessment_Was_Made_Of()
    {
        using var database = Assessed();
        var assessment = Seeds.Value;

        var stored = new Archive(database).Load();

        Assert.Equal(assessment.Rubric.Lexicon.Fingerprint, stored.State.Lexicon);
        Assert.Equal(assessment.Analysis.Index!.Matched.Count, stored.State.Claims);
        var membership = assessment.Analysis.Assertions.SelectMany(a => a.ClaimIds.Select(c => (c, a.Id))).Order().ToList();
        Assert.Equal(membership, stored.Membership.Order());
        Assert.Equal(assessment.Analysis.Reuse, stored.Reuse);
        Assert.Equal(assessment.Analysis.Clusters.Select(c => c.Id).Order(), stored.Clusters.Select(c => c.Id).Order());
    }

    [Fact]
    public void Should_Rescore_What_It_Stored_To_The_Same_Cards()
    {
        using var database = Assessed();

        var rescored = new AssessmentPipeline(RubricYaml.Default).Rescore(new Archive(database).Load());

        var whole = Seeds.Value.Cards.Values.OrderBy(c => c.AssertionId, StringComparer.Ordinal).Select(c => (c.AssertionId, c.Score, c.Grade, string.Join(",", c.FlagNames)));
        Assert.Equal(whole, rescored.Cards.Values.OrderBy(c => c.AssertionId, StringComparer.Ordinal).Select(c => (c.AssertionId, c.Score, c.Grade, string.Join(",", c.FlagNames))));
    }

    /// <summary>
    /// A rescore keeps the ids stored with each assertion's members instead of hashing the claims
    /// again: an add that joins claims to stored assertions must store them under the id their
    /// claims make, or every report after it would carry a stale one.
    /// </summary>
    [Fact]
    public void Should_Store_Every_Assertion_After_An_Add_Under_The_Id_Its_Claims_Make()
    {
        const string added = "004_9b73190adbc7682c";
        var pipeline = new AssessmentPipeline(RubricYaml.Default);
        var four = SeedDocuments.All.Where(d => d.Id != added).ToList();
        using var database = Assessed(pipeline.Assess(four, four.SelectMany(pipeline.Extractor.Extract).ToList()));

        using (var transaction = database.Connection.BeginTransaction())
        {
            var archive = new Archive(database, transaction);
            archive.Write(pipeline.Add(archive, [SeedDocuments.All.Single(d => d.Id == added)]).Update!, Now, transaction);
            transaction.Commit();
        }

        var stored = new Archive(database).Load();
        var rebuilt = pipeline.Rebuild(stored);

        var (claims, documents) = (stored.Claims.ToDictionary(c => c.Id), stored.Documents.ToDictionary(d => d.Id));
        var (reuseInto, clusters) = (stored.Reuse.ToLookup(r => r.To), new CopyClusters(stored.Clusters));
        Assert.Contains(rebuilt.Assertions, a => a.DocumentIds.Contains(added) && a.DocumentIds.Count > 1);
        Assert.All(rebuilt.Assertions, a =>
            Assert.Equal(CrossDocumentAnalyser.AssertionOf(a.ClaimIds.Select(id => claims[id]).ToList(), documents, reuseInto, clusters).Id, a.Id));
    }

    [Fact]
    public void Should_Look_Up_Features_And_Postings_Beyond_One_Statement_Of_Parameters()
    {
        using var database = Assessed();
        var index = Seeds.Value.Analysis.Index!;
        var features = index.Matching.Features.ToList();
        // More hashes than one statement takes, with unknown ones among them: only the known come back, with their counts.
        var asked = features.Select(f => f.Hash).Concat(Enumerable.Range(1, 700).Select(i => (ulong)i * 0x9E3779B97F4A7C15UL)).ToList();

        var frequencies = new AnalysisStore(database).Frequencies(asked);

        Assert.Equal(features.Count, frequencies.Count);
        Assert.All(features, f => Assert.Equal(f.Frequency, frequencies[f.Hash]));
        Assert.Contains(features, f => f.Hash > long.MaxValue); // hashes with the top bit set survive SQLite's signed integers
        var posting = index.Matching.Postings.First();
        Assert.Contains(index.Matched[posting.Claim].Id, new AnalysisStore(database).Posted([posting.Hash]));
    }

    [Fact]
    public void Should_Find_The_Documents_Holding_A_Fingerprint_And_Which_Shingles_Are_Boilerplate()
    {
        using var database = Assessed();
        var fingerprints = Seeds.Value.Analysis.Index!.Reuse.Fingerprints;
        var (document, hashes) = fingerprints.First(f => f.Fingerprints.Length > 0);

        var holders = new AnalysisStore(database).Fingerprints(hashes.Take(3));

        Assert.Contains(holders, h => h.DocumentId == document && h.Hash == hashes[0]);
        Assert.Empty(new AnalysisStore(database).Common([12345UL]));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Should_Read_Everything_Inside_An_Open_Transaction(bool deferred)
    {
        // SQLite refuses a command on a connection with a transaction open unless the command carries it: `add` reads in its writing transaction, `report` in a snapshot.
        using var database = Assessed();
        using var transaction = database.Connection.BeginTransaction(deferred);
        var archive = new Archive(database, transaction);
        var index = Seeds.Value.Analysis.Index!;
        var claim = index.Matched[0];
        var hash = index.Vectors[0].Hashes[0];

        var stored = archive.Load();

        Assert.Equal(Seeds.Value.Documents.Count, archive.CurrentVersions().Count);
        Assert.Equal(claim.DocumentId, archive.Document(claim.DocumentId).Id);
        Assert.Equal(claim.Text, Assert.Single(archive.Claims([(claim.DocumentId, claim.Id)])).Text);
        Assert.True(archive.Frequencies([hash])[hash] >= 1);
        var member = Assert.Single(archive.Matched([claim.Id]));
        Assert.Contains(archive.Members([member.AssertionId]), m => m.ClaimId == claim.Id);
        Assert.NotNull(archive.Posted([hash]));
        Assert.NotNull(archive.Fingerprints([hash]));
        Assert.NotNull(archive.Common([hash]));
        Assert.Equal(stored.Reuse, archive.Reuse());
        Assert.NotNull(archive.ClustersOf([claim.DocumentId]));
        Assert.NotNull(archive.DocumentsUnder(["reuters"]));
        Assert.Equal(stored.State, archive.State());
    }

    /// <summary>
    /// Loading reads the analysis while documents parse and claims decode on the thread pool: a read
    /// that fails raises its own error, not the background work's or a wrapping of it, and the same
    /// connection loads the archive once the table is back.
    /// </summary>
    [Fact]
    public void Should_Raise_A_Failed_Read_s_Own_Error_While_Documents_And_Claims_Load_Beside_It()
    {
        using var database = Assessed();
        database.Connection.Execute("ALTER TABLE match_claims RENAME TO match_claims_moved");

        var error = Assert.Throws<SqliteException>(() => new Archive(database).Load());

        Assert.Contains("match_claims", error.Message, StringComparison.Ordinal);
        database.Connection.Execute("ALTER TABLE match_claims_moved RENAME TO match_claims");
        Assert.Equal(Seeds.Value.Analysis.Assertions.Count, new AssessmentPipeline(RubricYaml.Default).Rescore(new Archive(database).Load()).Analysis.Assertions.Count);
    }

    [Fact]
    public void Should_Forget_An_Analysis_So_That_Nothing_Builds_On_It()
    {
        using var database = Assessed();
        using (var transaction = database.Connection.BeginTransaction())
        {
            new AnalysisStore(database).Forget(transaction);
            transaction.Commit();
        }

        Assert.Null(new AnalysisStore(database).State());
        var error = Assert.Throws<InputException>(() => new Archive(database).Load());
        Assert.Contains("holds no assessment yet", error.Message);
    }

    [Fact]
    public void Should_Reassign_Claims_And_Count_Features_When_An_Add_Is_Applied()
    {
        using var database = Assessed();
        var store = new AnalysisStore(database);
        var member = store.Membership()[0];
        var vector = store.Matched([member.ClaimId]).Single().Vector;
        var feature = vector.Hashes[0];
        var before = store.Frequencies([feature])[feature];
        var state = store.State()!;
        var merged = new Assertion("a-merged", "merged", [member.ClaimId], ["x"], DocumentRelations.None, [], 0.9);

        using (var transaction = database.Connection.BeginTransaction())
        {
            store.Apply(new AnalysisUpdate([], [], [merged], [], new Dictionary<ulong, int> { [feature] = 2 }, [], [], [], [], state with { Claims = state.Claims + 2 }), transaction);
            transaction.Commit();
        }

        Assert.Equal("a-merged", store.Matched([member.ClaimId]).Single().AssertionId);
        Assert.Equal(before + 2, store.Frequencies([feature])[feature]);
        Assert.Equal(state.Claims + 2, store.State()!.Claims);
    }
}
