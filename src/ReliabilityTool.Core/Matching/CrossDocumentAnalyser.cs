using System.Security.Cryptography;
using System.Text;
using ReliabilityTool.Core.Claims;
using ReliabilityTool.Core.Documents;
using ReliabilityTool.Core.Text;

namespace ReliabilityTool.Core.Matching;

/// <summary>
/// The cross-document stage: reuse between documents, claims grouped into assertions, the
/// relations among each assertion's documents and its conflicting details. Every factual or quote claim ends
/// up in exactly one assertion; a claim found nowhere else is an assertion of one.
/// </summary>
internal static class CrossDocumentAnalyser
{
    public static CrossDocumentAnalysis Analyse(
        IReadOnlyList<Document> documents,
        IReadOnlyList<Claim> claims,
        MatchSettings? matchSettings = null,
        ReuseSettings? reuseSettings = null)
    {
        var findings = ShingleReuseFinder.Analyse(documents, reuseSettings);
        var reuse = findings.Reuse;
        var byId = documents.ToDictionary(d => d.Id);
        var assertable = claims.Where(c => c.IsAssertion).ToList();
        var reuseInto = reuse.ToLookup(r => r.To);
        var clusters = new CopyClusters(findings.Clusters);
        var matched = AssertionMatcher.GroupWithIndex(assertable, matchSettings);
        var assertions = matched.Groups
            .AsParallel()
            .Select(group => AssertionOf(group, byId, reuseInto, clusters))
            .OrderBy(a => a.Id, StringComparer.Ordinal)
            .ToList();
        return new CrossDocumentAnalysis(assertions, reuse, new AnalysisIndex(assertable, matched.Vectors, matched.Index, findings)) { Clusters = findings.Clusters };
    }

    /// <summary>One group of claims as an assertion: its stable id, summary, documents, the relations among them and conflicts.</summary>
    /// <param name="reuseInto">Reused passages by the document that reproduces them.</param>
    /// <param name="storedId">The id stored with these claims, when an analysis is rebuilt: the one they would make.</param>
    public static Assertion AssertionOf(
        IReadOnlyList<Claim> claims, IReadOnlyDictionary<string, Document> documents, ILookup<string, Reuse> reuseInto, CopyClusters clusters, string? storedId = null)
    {
        if (claims.Count == 1)
        {
            // Most assertions: one claim, found nowhere else. Nothing to order, pick or compare.
            var only = claims[0];
            string[] one = [only.DocumentId];
            return new Assertion(storedId ?? Id(claims), Summarise(only.Text), [only.Id], one, RelationFinder.Find(claims, one, documents, reuseInto, clusters), [], only.CheckWorthy);
        }

        // One order of claims whatever order they were grouped or stored in: `report` rebuilds what `assess` wrote, to the byte.
        claims = claims.OrderBy(c => c.DocumentId, StringComparer.Ordinal).ThenBy(c => c.Start).ThenBy(c => c.Id, StringComparer.Ordinal).ToArray();
        // Arrays of exact size: an archive holds hundreds of thousands of assertions at once.
        var documentIds = claims.Select(c => c.DocumentId).Distinct().Order(StringComparer.Ordinal).ToArray();
        var representative = claims.OrderByDescending(c => c.Evidence.Count > 0).ThenByDescending(c => c.CheckWorthy).ThenBy(c => c.Id, StringComparer.Ordinal).First();
        return new Assertion(
            storedId ?? Id(claims),
            Summarise(representative.Text),
            claims.Select(c => c.Id).ToArray(),
            documentIds,
            RelationFinder.Find(claims, documentIds, documents, reuseInto, clusters),
            ConflictFinder.Find(claims),
            claims.Max(c => c.CheckWorthy));
    }

    /// <summary>A stable id from the member claims, so the same assertion keeps its id across runs and rubrics.</summary>
    private static string Id(IReadOnlyList<Claim> claims)
    {
        var key = string.Join("|", claims.Select(c => c.Id).Order(StringComparer.Ordinal));
        return "a-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..10];
    }

    private static string Summarise(string text)
    {
        // Most sentences are already one clean line, short enough: the claim's own text serves, with nothing split.
        if (text.Length is > 0 and <= 200 && text[0] != ' ' && text[^1] != ' ' && text.AsSpan().IndexOfAny('\n', '\r') < 0 && !text.Contains("  ", StringComparison.Ordinal))
            return text;
        var single = string.Join(' ', text.Split((char[])['\n', '\r', ' '], StringSplitOptions.RemoveEmptyEntries));
        if (single.Length > 200) return single[..197].TrimEnd() + "…";
        return single;
    }

}
