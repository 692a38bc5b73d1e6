using System.Security.Cryptography;
using System.Text;
using ReliabilityTool.Core.Claims;
using ReliabilityTool.Core.Documents;
using ReliabilityTool.Core.Text;

namespace ReliabilityTool.Core.Matching;

/// <summary>
/// The cross-document stage: reuse between documents, claims grouped into assertions, each
/// assertion's independence groups and conflicting details. Every factual or quote claim ends
/// up in exactly one assertion; a claim found nowhere else is an assertion of one.
/// </summary>
public static class CrossDocumentAnalyser
{
    public static CrossDocumentAnalysis Analyse(
        IReadOnlyList<Document> documents,
        IReadOnlyList<Claim> claims,
        IndependenceRules rules,
        MatchSettings? matchSettings = null,
        ReuseSettings? reuseSettings = null)
    {
        var findings = ShingleReuseFinder.Analyse(documents, reuseSettings);
        var reuse = findings.Reuse;
        var byId = documents.ToDictionary(d => d.Id);
        var assertable = claims.Where(c => c.IsAssertion).ToList();
        var reuseByPair = reuse.ToLookup(r => (r.From, r.To));
        var matched = AssertionMatcher.GroupWithIndex(assertable, matchSettings);
        var assertions = matched.Groups
            .AsParallel()
            .Select(group => AssertionOf(group, byId, reuseByPair, rules))
            .OrderBy(a => a.Id, StringComparer.Ordinal)
            .ToList();
        return new CrossDocumentAnalysis(assertions, reuse, new AnalysisIndex(assertable, matched.Vectors, matched.Index, findings));
    }

    /// <summary>One group of claims as an assertion: its stable id, summary, documents, independence groups and conflicts.</summary>
    public static Assertion AssertionOf(IReadOnlyList<Claim> claims, IReadOnlyDictionary<string, Document> documents, ILookup<(string From, string To), Reuse> reuse, IndependenceRules rules)
    {
        // Arrays of exact size: an archive holds hundreds of thousands of assertions at once.
        var documentIds = claims.Select(c => c.DocumentId).Distinct().Order(StringComparer.Ordinal).ToArray();
        var representative = claims.OrderByDescending(c => c.Evidence.Count > 0).ThenByDescending(c => c.CheckWorthy).ThenBy(c => c.Id, StringComparer.Ordinal).First();
        return new Assertion(
            Id(claims),
            Summarise(representative.Text),
            claims.Select(c => c.Id).ToArray(),
            documentIds,
            IndependenceGroups(claims, documentIds, documents, reuse, rules),
            ConflictFinder.Find(claims));
    }

    /// <summary>A stable id from the member claims, so the same assertion keeps its id across runs and rubrics.</summary>
    private static string Id(IReadOnlyList<Claim> claims)
    {
        var key = string.Join("|", claims.Select(c => c.Id).Order(StringComparer.Ordinal));
        return "a-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..10];
    }

    private static string Summarise(string text)
    {
        var single = string.Join(' ', text.Split((char[])['\n', '\r', ' '], StringSplitOptions.RemoveEmptyEntries));
        if (single.Length > 200) return single[..197].TrimEnd() + "…";
        return single == text ? text : single; // most sentences are already one clean line: share the claim's text
    }

    /// <summary>Union-find over the documents of one assertion, joined by the rubric's independence rules.</summary>
    internal static IReadOnlyList<IndependenceGroup> IndependenceGroups(
        IReadOnlyList<Claim> claims, IReadOnlyList<string> documentIds, IReadOnlyDictionary<string, Document> documents, ILookup<(string From, string To), Reuse> reuse, IndependenceRules rules)
    {
        var parent = documentIds.ToDictionary(d => d, d => d);
        var reasons = documentIds.ToDictionary(d => d, _ => new List<string>());

        string Find(string d) => parent[d] == d ? d : parent[d] = Find(parent[d]);

        void Join(string a, string b, string reason)
        {
            var (ra, rb) = (Find(a), Find(b));
            if (ra != rb) parent[rb] = ra;
            reasons[a].Add(reason);
            reasons[b].Add(reason);
        }

        for (var i = 0; i < documentIds.Count; i++)
        {
            for (var j = i + 1; j < documentIds.Count; j++)
            {
                var (a, b) = (documents[documentIds[i]], documents[documentIds[j]]);
                if (rules.SameOwnerGroup && a.Source.Owner is { } oa && b.Source.Owner is { } ob && oa.Id == ob.Id)
                    Join(a.Id, b.Id, $"same owner group: {oa.Name} ({a.Id}, {b.Id})");
                var sharedAuthor = a.Authors.Select(Names.Key).Intersect(b.Authors.Select(Names.Key)).FirstOrDefault();
                if (rules.SameAuthor && sharedAuthor is not null)
                    Join(a.Id, b.Id, $"same author: {a.Authors.First(x => Names.Key(x) == sharedAuthor)} ({a.Id}, {b.Id})");
                if (rules.CopiedPassage && Copied(claims, a.Id, b.Id, reuse) is { } copy)
                    Join(a.Id, b.Id, $"copied: {copy.To} reproduces this passage of {copy.From}");
            }
        }

        return documentIds.GroupBy(Find)
            .Select(g => new IndependenceGroup(g.Order(StringComparer.Ordinal).ToArray(), g.SelectMany(d => reasons[d]).Distinct().ToArray()))
            .OrderBy(g => g.DocumentIds[0], StringComparer.Ordinal)
            .ToArray();
    }

    /// <summary>The reuse link, if the assertion's claim in one document lies inside a passage copied from the other.</summary>
    private static Reuse? Copied(IReadOnlyList<Claim> claims, string a, string b, ILookup<(string From, string To), Reuse> reuse)
    {
        foreach (var r in reuse[(a, b)].Concat(reuse[(b, a)]))
        {
            var inCopy = claims.Any(c => c.DocumentId == r.To && Overlaps(c, r.ToSpan));
            var inOriginal = claims.Any(c => c.DocumentId == r.From && Overlaps(c, r.FromSpan));
            if (inCopy && inOriginal) return r;
        }

        return null;
    }

    private static bool Overlaps(Claim claim, (int Start, int End) span)
    {
        var overlap = Math.Min(claim.End, span.End) - Math.Max(claim.Start, span.Start);
        return overlap > (claim.End - claim.Start) / 2;
    }
}
