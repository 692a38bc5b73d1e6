using ReliabilityTool.Core.Claims;
using ReliabilityTool.Core.Documents;
using ReliabilityTool.Core.Matching;

namespace ReliabilityTool.Core.Tests.Matching;

/// <summary>The pieces that let an added article be analysed against stored indexes instead of the whole corpus.</summary>
public sealed class IncrementalMatchingTests
{
    private static Document Article(string id, string text) => new HeuristicDocumentExtractor().Extract(id, id + ".txt", text, "sha-" + id);

    private static IReadOnlyList<Claim> ClaimsOf(Document document) =>
        new SentenceClaimExtractor(Lexicon.Default).Extract(document).Where(c => c.IsAssertion).ToList();

    [Fact]
    public void Should_Leave_A_Shared_Fingerprint_In_Any_Two_Documents_That_Share_Twelve_Words()
    {
        // Winnowing's guarantee: window 8 over 5-word shingles catches every shared run of 12 words.
        const string shared = "the courier carried sealed ledgers across the northern border every second week";
        var a = Shingles.Of(Article("a", $"Officials in Basra spoke on Monday. {shared}. Nobody else was told."), ReuseSettings.Default);
        var b = Shingles.Of(Article("b", $"A quite different opening sentence sits here, about the weather and the harvest. {shared}, a witness said."), ReuseSettings.Default);

        Assert.NotEmpty(a.Fingerprints.Intersect(b.Fingerprints));
    }

    [Fact]
    public void Should_Keep_A_Feature_Vector_Whole_Through_Its_Stored_Bytes()
    {
        var vector = AssertionMatcher.Vectors(ClaimsOf(Article("a", "Abu Muhammad al-Masri was killed in Tehran on 7 August 2020.")))[0];

        var read = FeatureVector.FromBytes(vector.ToBytes());

        Assert.Equal(vector.Hashes, read.Hashes);
        Assert.Equal(vector.Kinds, read.Kinds);
        Assert.Contains(FeatureKind.Frame, read.Kinds);
        Assert.Throws<InvalidDataException>(() => FeatureVector.FromBytes(new byte[10]));
    }

    [Fact]
    public void Should_Attach_An_Added_Paraphrase_To_The_Assertion_It_Restates_And_Leave_Others_Alone()
    {
        var archive = ClaimsOf(Article("a", "Abu Muhammad al-Masri was killed in Tehran on 7 August 2020. The ministry opened a new office in Basra in 2019."));
        var vectors = AssertionMatcher.Vectors(archive);
        var assertions = archive.Select((c, i) => (IReadOnlyList<MatchedClaim>)[new MatchedClaim(c, vectors[i])]).ToList();
        var added = ClaimsOf(Article("b", "Al-Masri was assassinated in Tehran in August 2020, officials said."));
        var addedVectors = AssertionMatcher.Vectors(added);

        var groups = AssertionMatcher.Attach(assertions, added, addedVectors, _ => 1, archive.Count + added.Count);

        var joined = Assert.Single(groups, g => g.Any(c => c.DocumentId == "b"));
        Assert.Contains(joined, c => c.Text.Contains("al-Masri was killed", StringComparison.Ordinal));
        Assert.Contains(groups, g => g.Count == 1 && g[0].Text.Contains("Basra", StringComparison.Ordinal));
    }
}
