using ReliabilityTool.Core.Claims;
using ReliabilityTool.Core.Documents;
using ReliabilityTool.Core.Matching;
using ReliabilityTool.Core.Sources;

namespace ReliabilityTool.Core.Tests.Matching;

/// <summary>An assertion one document carries alone has no relation to another document, but may carry its copy cluster's story.</summary>
public sealed class RelationFinderTests
{
    private static readonly CopyCluster Cluster = new("cluster-1",
        [new CopyMember("origin", 0, "shares most of its text"), new CopyMember("copy", 0, "shares most of its text")], "origin", "earliest dated copy", null);

    private static readonly Reuse Copied = new("origin", "copy", (0, 400), (100, 500), 60, 0.95, "earlier publication date");

    private static readonly IReadOnlyDictionary<string, Document> Documents = new Dictionary<string, Document>
    {
        ["origin"] = new HeuristicDocumentExtractor().Extract("origin", "origin.txt", "The terminal closed.\n", "sha-origin"),
        ["copy"] = new HeuristicDocumentExtractor().Extract("copy", "copy.txt", "The terminal closed.\n", "sha-copy"),
    };

    private static Claim ClaimOf(string documentId, int start, int end) =>
        new($"{documentId}-c{start}", documentId, start, end, "The terminal closed.", ClaimKind.Factual, 0.5, [], [], [], ClaimDetails.Empty);

    private static DocumentRelations Find(Claim claim) =>
        RelationFinder.Find([claim], [claim.DocumentId], Documents, new[] { Copied }.ToLookup(r => r.To), new CopyClusters([Cluster]));

    [Fact]
    public void Should_Say_A_Copy_Carries_The_Origin_s_Story_When_Its_Claim_Lies_In_The_Copied_Passage()
    {
        var relations = Find(ClaimOf("copy", 120, 180));

        Assert.Empty(relations.Relations);
        var carried = Assert.Single(relations.Carried);
        Assert.Equal("copy", carried.DocumentId);
        Assert.Same(Cluster, carried.Cluster);
    }

    [Theory]
    [InlineData("copy", 520, 580)] // the copy's own sentence, after the copied passage
    [InlineData("copy", 60, 140)] // half of it in the passage (40 of 80 characters): it takes more than half
    [InlineData("origin", 120, 180)] // the origin carries no one's story but its own
    public void Should_Find_No_Relation_For_A_Claim_Outside_The_Copied_Passage_Or_In_The_Origin(string documentId, int start, int end)
    {
        Assert.Same(DocumentRelations.None, Find(ClaimOf(documentId, start, end)));
    }

    /// <summary>
    /// The one-document path gives what the search over every kind of relation gives: a cluster with
    /// no known origin, a document tied to its cluster only by a credit, a claim list holding another
    /// document's claim, and the cases above.
    /// </summary>
    [Theory]
    [InlineData("origin known", "copy", 0, 120, 180, false)]
    [InlineData("origin known", "copy", 0, 520, 580, false)]
    [InlineData("no origin", "copy", 0, 120, 180, false)]
    [InlineData("origin known", "copy", -1, 120, 180, false)]
    [InlineData("origin known", "copy", 0, 120, 180, true)]
    [InlineData("origin known", "origin", 0, 120, 180, false)]
    public void Should_Find_For_One_Document_What_The_Whole_Search_Finds(string origin, string documentId, int textPart, int start, int end, bool withOtherDocumentsClaim)
    {
        var cluster = new CopyCluster("cluster-2",
            [new CopyMember("origin", 0, "shares most of its text"), new CopyMember("copy", textPart, textPart < 0 ? "credits the upstream" : "shares most of its text")],
            origin == "no origin" ? null : "origin", "earliest dated copy", null);
        List<Claim> claims = [ClaimOf(documentId, start, end)];
        if (withOtherDocumentsClaim) claims.Add(ClaimOf("origin", start, end));
        var reuseInto = new[] { Copied }.ToLookup(r => r.To);

        var fast = RelationFinder.Find(claims, [documentId], Documents, reuseInto, new CopyClusters([cluster]));
        var whole = RelationFinder.Search(claims, [documentId], Documents, reuseInto, new CopyClusters([cluster]));

        Assert.Equal(whole.Relations.Select(r => r.Text), fast.Relations.Select(r => r.Text));
        Assert.Equal(whole.Carried.Select(c => (c.DocumentId, c.Cluster.Id)), fast.Carried.Select(c => (c.DocumentId, c.Cluster.Id)));
    }

    private static Document Article(string id, string[] authors, string dateline, OwnerGroup? owner, string? publisher = null) =>
        new HeuristicDocumentExtractor().Extract(id, $"{id}.txt",
            $"A headline for the piece\n\nThe first paragraph sets the scene for what follows.\n\n{dateline}The terminal closed on Friday, officials said.\n\nA closing paragraph says more about what happened and why it matters to readers.\n",
            $"sha-{id}") with
        {
            Source = SourceProfile.Unknown with
            {
                Owner = owner,
                Authors = authors.Select(a => new Author(a, a, [], [])).ToList(),
                Publisher = publisher is null ? null : new Publisher(publisher, publisher, null, [], [], [], []),
            },
        };

    /// <summary>
    /// Documents that share an owner, an author or a wire are grouped by what they share: each
    /// shared key once, in the order the documents first give it, with each document once however
    /// often it gives the key (an author named twice). The wire's own copy, known by its publisher,
    /// joins the documents that credit the wire.
    /// </summary>
    [Fact]
    public void Should_Group_The_Documents_Of_An_Assertion_By_Each_Owner_Author_And_Wire_They_Share()
    {
        var north = new OwnerGroup("north", "North Media", [], [], [], []);
        var south = new OwnerGroup("south", "South Media", [], [], [], []);
        Document[] documents =
        [
            Article("d1", ["Ann Lee"], "LONDON (Reuters) - ", north),
            Article("d2", ["Ann Lee", "Bob Day"], "PARIS (AFP) - ", south),
            Article("d3", ["Bob Day", "bob day"], "(Reuters) - ", north),
            Article("d4", ["Cy Young"], "(AFP) - ", south),
            Article("d5", ["Di Moss"], "", null),
            Article("d6", ["Ed Park"], "", null, publisher: "Reuters"),
        ];
        var claims = documents.Select(d => ClaimOf(d.Id, d.Text.IndexOf("The terminal", StringComparison.Ordinal), d.Text.IndexOf("The terminal", StringComparison.Ordinal) + 20)).ToList();

        var relations = RelationFinder.Find(claims, documents.Select(d => d.Id).ToList(), documents.ToDictionary(d => d.Id), Array.Empty<Reuse>().ToLookup(r => r.To), new CopyClusters([]));

        Assert.Equal(
        [
            "same owner group: North Media (d1, d3)",
            "same owner group: South Media (d2, d4)",
            "same author: Ann Lee (d1, d2)",
            "same author: Bob Day (d2, d3)",
            "same wire: d1, d3, d6 carry the copy of Reuters (\"LONDON (Reuters) - The terminal closed on Friday, officials said.\")",
            "same wire: d2, d4 carry the copy of Agence France-Presse (\"PARIS (AFP) - The terminal closed on Friday, officials said.\")",
        ], relations.Relations.Select(r => r.Text));
        Assert.Empty(relations.Carried);
    }
}
