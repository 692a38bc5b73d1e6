using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ReliabilityTool.Core.Reporting;

/// <summary>
/// claimreview.jsonld: schema.org ClaimReview for each assertion, as fact-check aggregators read it.
/// reviewRating maps the rubric's grade bands onto 1 (bottom band) to 5 (top band), evenly;
/// the grade itself is the rating's alternateName.
/// </summary>
public static class ClaimReviewWriter
{
    public const int MaxClaimReviewed = 74;

    public static string Write(ReportContext context, DateOnly reviewed, string reviewer)
    {
        var a = context.Assessment;
        var reviews = new JsonArray();
        var chosen = context.ByPriority.Take(ReportLimits.ClaimReviews).ToHashSet();
        foreach (var assertion in a.Analysis.Assertions.Where(chosen.Contains))
        {
            var card = a.CardOf(assertion);
            var appearances = new JsonArray();
            foreach (var id in assertion.DocumentIds)
            {
                var d = context.DocumentsById[id];
                var appearance = new JsonObject { ["@type"] = "CreativeWork", ["name"] = d.Title ?? d.Id, ["url"] = d.File };
                if (d.Published is { } published) appearance["datePublished"] = published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                if (d.Authors.Count > 0) appearance["author"] = new JsonArray(d.Authors.Select(n => (JsonNode)new JsonObject { ["@type"] = "Person", ["name"] = n }).ToArray());
                if (d.Source.Publisher is { } publisher) appearance["publisher"] = new JsonObject { ["@type"] = "Organization", ["name"] = publisher.Name };
                appearances.Add(appearance);
            }

            reviews.Add(new JsonObject
            {
                ["@type"] = "ClaimReview",
                ["url"] = $"report.html#{assertion.Id}",
                ["identifier"] = assertion.Id,
                ["claimReviewed"] = Shorten(assertion.Summary),
                ["datePublished"] = reviewed.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                ["author"] = new JsonObject { ["@type"] = "Organization", ["name"] = reviewer },
                ["itemReviewed"] = new JsonObject { ["@type"] = "Claim", ["appearance"] = appearances },
                ["reviewRating"] = new JsonObject
                {
                    ["@type"] = "Rating",
                    ["ratingValue"] = RatingValue(context, card.Score),
                    ["bestRating"] = 5,
                    ["worstRating"] = 1,
                    ["alternateName"] = card.Grade,
                    ["ratingExplanation"] = string.Join("; ", card.Breakdown.Where(l => l.Points != 0).Select(l => $"{l.Term} {l.Points.ToString("+0.#;-0.#", CultureInfo.InvariantCulture)}: {l.Why}")),
                },
            });
        }

        var root = new JsonObject { ["@context"] = "https://schema.org", ["@graph"] = reviews };
        return root.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }

    /// <summary>Bottom band 1, top band 5, the bands between spread evenly.</summary>
    public static int RatingValue(ReportContext context, double score)
    {
        var grades = context.Assessment.Rubric.Grades; // top band first
        var rankFromBottom = grades.Count - 1 - grades.ToList().IndexOf(context.Assessment.Rubric.GradeFor(score));
        return grades.Count == 1 ? 3 : 1 + (int)Math.Round(4.0 * rankFromBottom / (grades.Count - 1), MidpointRounding.AwayFromZero);
    }

    /// <summary>ClaimReview asks for a short claimReviewed: cut at a word boundary under 75 characters.</summary>
    public static string Shorten(string summary)
    {
        if (summary.Length <= MaxClaimReviewed) return summary;
        var cut = summary[..(MaxClaimReviewed - 1)];
        var space = cut.LastIndexOf(' ');
        return (space > 40 ? cut[..space] : cut).TrimEnd(',', ';', ':', ' ') + "…";
    }
}
