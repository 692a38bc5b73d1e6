using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ReliabilityTool.Core.Documents;
using ReliabilityTool.Core.Matching;

namespace ReliabilityTool.Core.Reporting;

/// <summary>
/// claimreview.jsonld: schema.org ClaimReview for each assertion, as fact-check aggregators read
/// it. Each entry says it is the tool's machine assessment under a named rubric, not a human
/// verdict (<see cref="MachineAssessment"/>); every <c>url</c> in it is absolute or left out.
/// </summary>
public static partial class ClaimReviewWriter
{
    public const int MaxClaimReviewed = 74;

    /// <param name="reviewer">The organisation that publishes the entries (<c>--reviewer</c>).</param>
    /// <param name="baseUrl">Where the reports will be published (<c>--base-url</c>): each review's url is report.html there. Without it, reviews have no url.</param>
    public static string Write(ReportContext context, DateOnly reviewed, string reviewer, string? baseUrl = null)
    {
        var a = context.Assessment;
        var reviews = new JsonArray();
        // By reference: hashing an assertion by value would hash every one of an archive's.
        var chosen = context.ByUrgency.Take(ReportLimits.ClaimReviews).ToHashSet<Assertion>(ReferenceEqualityComparer.Instance);
        foreach (var assertion in a.Analysis.Assertions.Where(chosen.Contains))
        {
            var card = a.CardOf(assertion);
            var appearances = new JsonArray();
            foreach (var id in assertion.DocumentIds)
            {
                var d = context.DocumentsById[id];
                var appearance = new JsonObject { ["@type"] = "CreativeWork", ["name"] = d.Title ?? d.Label };
                if (d.Url is { } url) appearance["url"] = url;
                if (d.Published is { } published) appearance["datePublished"] = published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                if (d.Authors.Count > 0) appearance["author"] = new JsonArray(d.Authors.Select(n => (JsonNode)new JsonObject { ["@type"] = "Person", ["name"] = n }).ToArray());
                if (d.Outlet is { } outlet) appearance["publisher"] = new JsonObject { ["@type"] = "Organization", ["name"] = outlet };
                appearances.Add(appearance);
            }

            var review = new JsonObject { ["@type"] = "ClaimReview" };
            if (baseUrl is not null) review["url"] = new Uri(new Uri(baseUrl.EndsWith('/') ? baseUrl : baseUrl + "/"), $"report.html#{assertion.Id}").AbsoluteUri;
            review["identifier"] = assertion.Id;
            review["claimReviewed"] = Shorten(Sentence(context, assertion));
            review["datePublished"] = reviewed.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            review["author"] = new JsonObject
            {
                ["@type"] = "Organization",
                ["name"] = reviewer,
                ["description"] = $"Machine assessment by ReliabilityTool {context.ToolVersion} under the rubric '{a.Rubric.Name}'; not a human verdict.",
            };
            review["itemReviewed"] = new JsonObject { ["@type"] = "Claim", ["appearance"] = appearances };
            review["reviewRating"] = new JsonObject
            {
                ["@type"] = "Rating",
                ["ratingValue"] = RatingValue(card.Score),
                ["bestRating"] = 5,
                ["worstRating"] = 1,
                ["alternateName"] = card.Grade,
                ["ratingExplanation"] = MachineAssessment(context) +
                                        string.Join("; ", card.Breakdown.Where(l => l.Points != 0).Select(l => $"{l.Term} {l.Points.ToString("+0.#;-0.#", CultureInfo.InvariantCulture)}: {l.Why}")),
            };
            reviews.Add(review);
        }

        var root = new JsonObject { ["@context"] = "https://schema.org", ["@graph"] = reviews };
        return root.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }

    /// <summary>How every rating's explanation opens: what made it, under which rubric, and that no person checked it.</summary>
    public static string MachineAssessment(ReportContext context) =>
        $"Machine assessment by ReliabilityTool under the rubric '{context.Assessment.Rubric.Name}' (sha256 {context.Assessment.Rubric.Sha256[..12]}), not a human fact-check: " +
        "it weighs who stands behind the sources, how many independent groups carry the claim and what primary documents it cites, not whether it is true. Score terms: ";

    /// <summary>
    /// The score's fifth, 1 (0–19) to 5 (80–100): every value is reachable whatever the rubric's
    /// bands, and a higher score never rates lower. The rubric's grade is the rating's alternateName.
    /// </summary>
    public static int RatingValue(double score) => Math.Clamp(1 + (int)Math.Floor(Math.Clamp(score, 0, 100) / 20), 1, 5);

    /// <summary>The assertion's first sentence, whole, on one line: the summary may already be cut.</summary>
    private static string Sentence(ReportContext context, Matching.Assertion assertion) =>
        MarkdownReportWriter.OneLine(context.ClaimsOf(assertion).First().Text).Trim();

    // Places a sentence may be cut without breaking a phrase: after a clause's punctuation, or before
    // a word that opens a clause or a prepositional phrase. Not before "of" or "to", which bind a
    // noun or a verb to what follows ("the leader of", "the potential to").
    [GeneratedRegex(@"(?<=[,;:.!?])\s|\s(?=[–—-]\s)|\s(?=(?:which|who|whom|whose|that|where|when|while|after|before|because|since|although|though|as|if|unless|until|and|but|or|in|on|at|for|with|by|from|into|during|following|including|between|against|amid|despite|through|throughout|under|over|about|across|around|within|without|toward|towards|among|beyond|upon|via|according)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex PhraseBoundary();

    // A word or two that opens a sentence without saying anything of its own.
    [GeneratedRegex(@"^(?:However|But|And|Meanwhile|Moreover|Furthermore|Indeed|In addition|Additionally|Also|Still|Yet|So|Thus|Therefore|In fact|Notably),\s+|^(?:But|And)\s+", RegexOptions.IgnoreCase)]
    private static partial Regex Opener();

    /// <summary>
    /// ClaimReview asks for a short claimReviewed: the sentence itself where it fits in 74
    /// characters; otherwise cut at the last clause or phrase boundary that fits, and never in the
    /// middle of a phrase. A sentence with no boundary early enough is cut at its first boundary.
    /// </summary>
    public static string Shorten(string sentence)
    {
        var text = Opener().Replace(sentence.Trim(), "");
        if (text.Length > 0 && char.IsLower(text[0]) && text.Length < sentence.Trim().Length) text = char.ToUpperInvariant(text[0]) + text[1..];
        if (text.Length <= MaxClaimReviewed) return text;
        var cuts = PhraseBoundary().Matches(text).Select(m => m.Index).Where(i => i >= 20).ToList();
        // The last boundary that fits and leaves no bracket or quotation open; else the first there is.
        var cut = cuts.Where(i => i <= MaxClaimReviewed - 1 && Closed(text[..i])).DefaultIfEmpty(-1).Max();
        if (cut < 0 && QuotedCut(text, cuts) is { } quoted) return quoted;
        if (cut < 0) cut = cuts.FirstOrDefault(i => Closed(text[..i]), text.Length);
        if (cut >= text.Length) return text;
        var head = text[..cut].TrimEnd(',', ';', ':', ' ', '–', '—', '-');
        return head.Length == text.TrimEnd('.').Length ? text : head + "…";
    }

    /// <summary>A sentence that is mostly a quotation is cut inside it, after a clause's punctuation, and the quotation closed.</summary>
    private static string? QuotedCut(string text, IReadOnlyList<int> cuts)
    {
        var cut = cuts.Where(i => i <= MaxClaimReviewed - 2 && text[i - 1] is ',' or ';' or ':' or '.' && !Closed(text[..i]) && text[..i].Count(c => c == '(') == text[..i].Count(c => c == ')'))
            .DefaultIfEmpty(-1).Max();
        if (cut < 0) return null;
        var head = text[..cut].TrimEnd(',', ';', ':', ' ');
        return head + "…" + (head.Contains('“') ? "”" : "\"");
    }

    private static bool Closed(string head) =>
        head.Count(c => c == '(') == head.Count(c => c == ')') && head.Count(c => c == '“') == head.Count(c => c == '”') && head.Count(c => c == '"') % 2 == 0;
}
