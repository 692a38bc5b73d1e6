using System.Text.Json;
using ReliabilityTool.Tests;

namespace ReliabilityTool.Cli.Tests.Commands;

/// <summary>report.json against the contract in ARCHITECTURE.md: every field, with its type, and the invariants.</summary>
public sealed class ReportContractTests : IClassFixture<AssessedSeeds>
{
    private readonly JsonElement _report;

    public ReportContractTests(AssessedSeeds seeds) =>
        _report = JsonDocument.Parse(File.ReadAllText(Path.Combine(seeds.Out, "report.json"))).RootElement;

    private static void Has(JsonElement e, string name, JsonValueKind kind, bool nullable = false)
    {
        Assert.True(e.TryGetProperty(name, out var value), $"missing '{name}'");
        Assert.True(value.ValueKind == kind || (nullable && value.ValueKind == JsonValueKind.Null) || (kind == JsonValueKind.True && value.ValueKind == JsonValueKind.False),
            $"'{name}' is {value.ValueKind}, expected {kind}");
    }

    [Fact]
    public void Should_Carry_Every_Contract_Field()
    {
        Has(_report.GetProperty("tool"), "name", JsonValueKind.String);
        Has(_report.GetProperty("tool"), "version", JsonValueKind.String);
        foreach (var f in new[] { "name", "file", "sha256" }) Has(_report.GetProperty("rubric"), f, JsonValueKind.String);
        Assert.Equal("rubrics/default.yaml", _report.GetProperty("rubric").GetProperty("file").GetString()![^"rubrics/default.yaml".Length..]);

        foreach (var d in _report.GetProperty("documents").EnumerateArray())
        {
            foreach (var f in new[] { "id", "file" }) Has(d, f, JsonValueKind.String);
            foreach (var f in new[] { "title", "published", "publisher", "owner" }) Has(d, f, JsonValueKind.String, nullable: true);
            Has(d, "authors", JsonValueKind.Array);
            Has(d, "partisan", JsonValueKind.True);
            Has(d, "partisan_basis", JsonValueKind.Array);
            Has(d, "left_out", JsonValueKind.Array);
            foreach (var l in d.GetProperty("left_out").EnumerateArray())
            {
                foreach (var f in new[] { "kind", "text" }) Has(l, f, JsonValueKind.String);
                foreach (var f in new[] { "start", "end" }) Has(l, f, JsonValueKind.Number);
            }
        }

        // Issue 15: what was set aside as page chrome is named, with why.
        var first = _report.GetProperty("documents").EnumerateArray().First(d => d.GetProperty("id").GetString()!.StartsWith("000", StringComparison.Ordinal));
        Assert.Contains(first.GetProperty("left_out").EnumerateArray(), l => l.GetProperty("text").GetString() == "top of page" && l.GetProperty("reason").GetString() == "page widget");

        foreach (var c in _report.GetProperty("claims").EnumerateArray())
        {
            foreach (var f in new[] { "id", "document", "text", "kind" }) Has(c, f, JsonValueKind.String);
            foreach (var f in new[] { "start", "end", "check_worthy" }) Has(c, f, JsonValueKind.Number);
            Has(c, "hedges", JsonValueKind.Array);
            Has(c, "evidence", JsonValueKind.Array);
            Assert.Contains(c.GetProperty("kind").GetString(), new[] { "factual", "quote", "opinion", "recommendation", "question", "note" });
            Has(c, "quoted_from", JsonValueKind.String, nullable: true);
            foreach (var e in c.GetProperty("evidence").EnumerateArray())
            {
                foreach (var f in new[] { "cited", "class", "kind" }) Has(e, f, JsonValueKind.String);
                Assert.Contains(e.GetProperty("class").GetString(), new[] { "primary", "secondary", "anonymous" });
            }
        }

        foreach (var a in _report.GetProperty("assertions").EnumerateArray())
        {
            foreach (var f in new[] { "id", "summary", "primary_backing", "grade" }) Has(a, f, JsonValueKind.String);
            foreach (var f in new[] { "claims", "documents", "independent_groups", "breakdown", "flags", "conflicts" }) Has(a, f, JsonValueKind.Array);
            Has(a, "score", JsonValueKind.Number);
            Assert.Contains(a.GetProperty("primary_backing").GetString(), new[] { "none", "cited", "verified" });
            foreach (var b in a.GetProperty("breakdown").EnumerateArray())
            {
                Has(b, "term", JsonValueKind.String);
                Has(b, "points", JsonValueKind.Number);
                Has(b, "why", JsonValueKind.String);
            }

            foreach (var c in a.GetProperty("conflicts").EnumerateArray())
            {
                Has(c, "detail", JsonValueKind.String);
                Has(c, "values", JsonValueKind.Array);
            }
        }

        foreach (var r in _report.GetProperty("reuse").EnumerateArray())
        {
            Has(r, "from", JsonValueKind.String);
            Has(r, "to", JsonValueKind.String);
            Has(r, "from_span", JsonValueKind.Array);
            Has(r, "to_span", JsonValueKind.Array);
            Has(r, "words", JsonValueKind.Number);
            Has(r, "similarity", JsonValueKind.Number);
            Assert.Equal(2, r.GetProperty("from_span").GetArrayLength());
        }
    }

    [Fact]
    public void Should_Give_Each_Claim_Exactly_Its_Original_Text()
    {
        foreach (var c in _report.GetProperty("claims").EnumerateArray())
        {
            var text = RepoPaths.ReadSeed(c.GetProperty("document").GetString()!);
            Assert.Equal(text[c.GetProperty("start").GetInt32()..c.GetProperty("end").GetInt32()], c.GetProperty("text").GetString());
        }
    }

    [Fact]
    public void Should_Put_Every_Factual_Quote_Or_Note_Claim_In_Exactly_One_Assertion()
    {
        var assertable = _report.GetProperty("claims").EnumerateArray()
            .Where(c => c.GetProperty("kind").GetString() is "factual" or "quote" or "note").Select(c => c.GetProperty("id").GetString()).Order().ToList();
        var inAssertions = _report.GetProperty("assertions").EnumerateArray()
            .SelectMany(a => a.GetProperty("claims").EnumerateArray().Select(c => c.GetString())).Order().ToList();

        Assert.Equal(assertable, inAssertions);
    }

    [Fact]
    public void Should_Name_Documents_By_File_Name_And_Record_The_Seed_Metadata()
    {
        var docs = _report.GetProperty("documents").EnumerateArray().ToDictionary(d => d.GetProperty("id").GetString()!);

        Assert.Equal("seeds/000_a932271a348b754b.txt", docs["000_a932271a348b754b"].GetProperty("file").GetString()![^"seeds/000_a932271a348b754b.txt".Length..]);
        Assert.Equal("2021-01-12", docs["000_a932271a348b754b"].GetProperty("published").GetString());
        Assert.Equal("Saudi Research & Media Group", docs["004_9b73190adbc7682c"].GetProperty("owner").GetString());
        Assert.True(docs["001_87c85a06c95f109d"].GetProperty("partisan").GetBoolean());
    }
}
