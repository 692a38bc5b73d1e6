using ReliabilityTool.Core.Documents;

namespace ReliabilityTool.Core.Claims;

/// <summary>
/// Nothing of an article is lost without a word: every character is in a claim, in a labelled
/// block that makes no claims (a heading, a byline, a caption, page chrome with its reason), or
/// is white space or a list bullet. What this finds besides is text the claim stage dropped.
/// </summary>
internal static class TextCoverage
{
    /// <summary>The spans of text that are neither in a claim nor in a labelled block that makes none.</summary>
    public static IReadOnlyList<(int Start, int End)> Uncovered(Document document, IReadOnlyList<Claim> claims)
    {
        var covered = new bool[document.Text.Length];
        foreach (var segment in document.Segments.Where(s => s.Kind is not (SegmentKind.Paragraph or SegmentKind.ListItem or SegmentKind.Footnote)))
            Array.Fill(covered, true, segment.Start, segment.End - segment.Start);
        foreach (var claim in claims.Where(c => c.DocumentId == document.Id))
            Array.Fill(covered, true, claim.Start, claim.End - claim.Start);

        var gaps = new List<(int Start, int End)>();
        for (var i = 0; i < covered.Length; i++)
        {
            if (covered[i] || char.IsWhiteSpace(document.Text[i]) || document.Text[i] is '•' or '*' or '–' or '-' or '·' or '▪') continue;
            var start = i;
            while (i < covered.Length && !covered[i]) i++;
            gaps.Add((start, i));
        }

        return gaps;
    }

    /// <summary>A block's kind in words ("table of contents", "pull quote").</summary>
    public static string KindName(SegmentKind kind) =>
        string.Concat(kind.ToString().Select((c, i) => i > 0 && char.IsUpper(c) ? " " + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));

    /// <summary>What the document extractor set aside as not article text, with why: what a reader may want to check was rightly left out.</summary>
    public static IReadOnlyList<Segment> LeftOut(Document document) =>
        document.Segments.Where(s => !s.IsArticleText && s.Kind is not (SegmentKind.Title or SegmentKind.Subtitle or SegmentKind.Byline or SegmentKind.Dateline)).ToList();
}
