using ReliabilityTool.Core.Claims;
using ReliabilityTool.Core.Matching;

namespace ReliabilityTool.Core.Reporting;

/// <summary>What would corroborate an assertion that rests on one partisan source: concrete next steps for a fact-checker.</summary>
internal static class Corroboration
{
    public static IReadOnlyList<string> Suggest(ReportContext context, Assertion assertion)
    {
        var suggestions = new List<string>();
        var claims = context.ClaimsOf(assertion).ToList();
        var documents = assertion.DocumentIds.Select(id => context.DocumentsById[id]).ToList();

        var primary = claims.SelectMany(c => c.Evidence).Where(e => e.Class == EvidenceClass.Primary).DistinctBy(e => e.Cited).ToList();
        foreach (var e in primary)
            suggestions.Add($"obtain and read the {e.Kind.Replace('_', ' ')} itself ({e.Cited}) and check that it says this");

        var secondary = claims.SelectMany(c => c.Evidence).Where(e => e.Class == EvidenceClass.Secondary).DistinctBy(e => e.Cited).ToList();
        foreach (var e in secondary)
            suggestions.Add($"find the cited {e.Kind.Replace('_', ' ')} ({e.Cited}) and trace it to a primary document");

        var owners = documents.Select(d => d.Source.Owner?.Name).Where(o => o is not null).Distinct().ToList();
        var publishers = documents.Select(d => d.Source.Publisher?.Name).Where(p => p is not null).Distinct().ToList();
        var outside = owners.Count > 0 ? $"outside {string.Join(" and ", owners)}" : publishers.Count > 0 ? $"other than {string.Join(" and ", publishers)}" : "with an identifiable publisher";
        suggestions.Add($"an independent report {outside} with no stake in the story, that did not copy these documents");

        if (claims.Any(c => c.Evidence.Any(e => e.Class == EvidenceClass.Anonymous)))
            suggestions.Add("a named, on-the-record source in place of the anonymous one");
        if (claims.All(c => c.IsHedged))
            suggestions.Add($"a source that states it without hedging ({string.Join(", ", claims.SelectMany(c => c.Hedges).Distinct())})");
        return suggestions;
    }
}
