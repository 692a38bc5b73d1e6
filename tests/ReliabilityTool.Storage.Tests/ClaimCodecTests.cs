using System.Text.Json;
using ReliabilityTool.Core.Claims;
using ReliabilityTool.Core.Text;
using ReliabilityTool.Tests;

namespace ReliabilityTool.Storage.Tests;

public sealed class ClaimCodecTests
{
    private static readonly Lazy<IReadOnlyList<Claim>> SeedClaims = new(() =>
    {
        var extractor = new SentenceClaimExtractor(Lexicon.Default);
        return SeedDocuments.All.SelectMany(extractor.Extract).ToList();
    });

    /// <summary>Every value of a claim, lists compared item by item rather than by reference.</summary>
    private static string Values(Claim claim) => JsonSerializer.Serialize(claim);

    private static Claim Full() => new(
        "d:10-80", "d", 10, 80, "Reportedly, according to the court filing quoted in the letter, 12 men met in Khartoum on 7 August 2020.",
        ClaimKind.Quote, 0.875, ["a date (+0.76)", "names a place (+0.54)"], ["reportedly"],
        [new Evidence("the court filing", EvidenceClass.Primary, "court_record"), new Evidence("officials", EvidenceClass.Anonymous, "anonymous_official", CarriedFrom: "d:0-9")],
        new ClaimDetails(
            [new Entity("Khartoum", "krtm", EntityType.Place), new Entity("Ali Hassan", "al-hsn", EntityType.Person)],
            [new DateMention("7 August 2020", "2020-08-07", 64)],
            [new NumberMention("12", 12), new NumberMention("$7.5 million", 7_500_000.25)]))
    {
        QuotedFrom = "the letter",
    };

    [Fact]
    public void Should_Read_Back_Every_Value_Of_A_Claim_With_Every_Field_Set()
    {
        var claim = Full();

        var read = ClaimCodec.Read(ClaimCodec.Write(claim), new StringPool());

        Assert.Equal(Values(claim), Values(read));
        Assert.Equal("d:0-9", read.Evidence[1].CarriedFrom);
        Assert.Equal("the letter", read.QuotedFrom);
    }

    [Fact]
    public void Should_Read_Back_Every_Seed_Claim_Unchanged()
    {
        var pool = new StringPool();

        Assert.All(SeedClaims.Value, claim => Assert.Equal(Values(claim), Values(ClaimCodec.Read(ClaimCodec.Write(claim), pool))));
    }

    /// <summary>
    /// The codec writes each of these by hand: a field added to a claim fails here until the codec
    /// writes it too, its format number goes up and a migration step converts the stored rows
    /// (as step 6 converted the JSON ones), rather than being lost in storage.
    /// </summary>
    [Fact]
    public void Should_Know_Every_Field_A_Claim_Has()
    {
        var fields = typeof(Claim).GetProperties().Where(p => p.CanWrite).Select(p => p.Name).Order(StringComparer.Ordinal);
        var details = typeof(ClaimDetails).GetProperties().Where(p => p.CanWrite).Select(p => p.Name).Order(StringComparer.Ordinal);

        Assert.Equal(["CheckWorthy", "CheckWorthyReasons", "Details", "DocumentId", "End", "Evidence", "Hedges", "Id", "Kind", "QuotedFrom", "Start", "Text"], fields);
        Assert.Equal(["Dates", "Entities", "Numbers"], details);
        Assert.Equal(["CarriedFrom", "Cited", "Class", "Kind"], typeof(Evidence).GetProperties().Select(p => p.Name).Order(StringComparer.Ordinal));
        Assert.Equal(["Key", "Text", "Type"], typeof(Entity).GetProperties().Select(p => p.Name).Order(StringComparer.Ordinal));
        Assert.Equal(["Offset", "Value", "Written"], typeof(DateMention).GetProperties().Select(p => p.Name).Order(StringComparer.Ordinal));
        Assert.Equal(["Value", "Written"], typeof(NumberMention).GetProperties().Select(p => p.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Should_Hold_One_Instance_Of_A_String_Repeated_Across_Claims_Read_Back()
    {
        var pool = new StringPool();
        var read = SeedClaims.Value.Select(c => ClaimCodec.Read(ClaimCodec.Write(c), pool)).ToList();

        var reasons = read.SelectMany(c => c.CheckWorthyReasons).GroupBy(r => r, StringComparer.Ordinal).MaxBy(g => g.Count())!.ToList();
        var documentIds = read.Select(c => c.DocumentId).Where(d => d == read[0].DocumentId).ToList();

        Assert.True(reasons.Count > 1);
        Assert.All(reasons, r => Assert.Same(reasons[0], r));
        Assert.True(documentIds.Count > 1);
        Assert.All(documentIds, d => Assert.Same(documentIds[0], d));
    }

    /// <summary>Pooled strings are decoded on the stack up to 256 bytes, and made outright past it (the first 197 characters of these strings are 256 bytes, 198 are 257): both ways give the same text, pooled.</summary>
    [Theory]
    [InlineData(1)]
    [InlineData(100)]
    [InlineData(197)]
    [InlineData(198)]
    [InlineData(200)]
    [InlineData(2000)]
    public void Should_Read_Back_And_Pool_Repeated_Strings_Of_Any_Length_And_Script(int length)
    {
        var cited = string.Concat(Enumerable.Repeat("Zürich’s «court» ", length)).Substring(0, length);
        var claim = Full() with { Evidence = [new Evidence(cited, EvidenceClass.Primary, "court_record")] };
        var pool = new StringPool();

        var first = ClaimCodec.Read(ClaimCodec.Write(claim), pool);
        var second = ClaimCodec.Read(ClaimCodec.Write(claim with { Id = "d:90-99" }), pool);

        Assert.Equal(cited, first.Evidence[0].Cited);
        Assert.Same(first.Evidence[0].Cited, second.Evidence[0].Cited);
        Assert.Equal(Values(claim), Values(first));
    }

    [Fact]
    public void Should_Give_Claims_Read_Back_Without_Details_The_One_Empty_Details()
    {
        var bare = SeedClaims.Value.Where(c => c.Details.Entities.Count + c.Details.Dates.Count + c.Details.Numbers.Count == 0).ToList();

        Assert.NotEmpty(bare);
        Assert.All(bare, c => Assert.Same(ClaimDetails.Empty, ClaimCodec.Read(ClaimCodec.Write(c), new StringPool()).Details));
    }

    [Fact]
    public void Should_Store_A_Claim_In_Under_Half_The_Bytes_Of_The_Json_It_Was_Stored_As_Before()
    {
        var claims = SeedClaims.Value;

        var binary = claims.Sum(c => ClaimCodec.Write(c).Length);
        var json = claims.Sum(c => System.Text.Encoding.UTF8.GetByteCount(StoredJson.Write(c)));

        Assert.True(binary * 2 < json, $"{binary} bytes stored against {json} of JSON");
    }

    [Fact]
    public void Should_Refuse_A_Claim_Stored_In_A_Form_It_Does_Not_Know()
    {
        var bytes = ClaimCodec.Write(Full());
        bytes[0] = 9;

        var e = Assert.Throws<InvalidDataException>(() => ClaimCodec.Read(bytes, new StringPool()));

        Assert.Contains("is in format 9, and this version reads format 1", e.Message);
        Assert.Contains("written by another version of ReliabilityTool", e.Message);
    }

    [Fact]
    public void Should_Refuse_A_Stored_Claim_Cut_Short_Or_With_Bytes_To_Spare()
    {
        var bytes = ClaimCodec.Write(Full());

        var cut = Assert.Throws<InvalidDataException>(() => ClaimCodec.Read(bytes[..^3], new StringPool()));
        var spare = Assert.Throws<InvalidDataException>(() => ClaimCodec.Read([.. bytes, 0], new StringPool()));

        Assert.Contains("ends before its fields do", cut.Message);
        Assert.Contains("has bytes past its last field (1)", spare.Message);
    }
}
