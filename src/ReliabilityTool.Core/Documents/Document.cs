using ReliabilityTool.Core.Sources;

namespace ReliabilityTool.Core.Documents;

/// <summary>
/// One ingested article. <see cref="Text"/> is the original text exactly as read: every offset
/// anywhere in the pipeline points into it, so a reader can check the tool against the article.
/// </summary>
public sealed record Document(
    string Id,
    string File,
    string Text,
    string Sha256,
    TextMetadata FromText,
    IReadOnlyList<Segment> Segments)
{
    /// <summary>Who stands behind the document, merged from the text and <c>sources.yaml</c>.</summary>
    public SourceProfile Source { get; init; } = SourceProfile.Unknown;

    /// <summary>The article itself, without page chrome: what later stages see.</summary>
    public IEnumerable<Segment> Body => Segments.Where(s => s.IsArticleText);

    public string SliceOf(Segment segment) => Text[segment.Start..segment.End];

    public string? Title => Source.Title ?? FromText.Title;
    public DateOnly? Published => Source.Published ?? FromText.Published;
    public IReadOnlyList<string> Authors => Source.Authors.Count > 0 ? Source.Authors.Select(a => a.Name).ToList() : FromText.Authors;

    /// <summary>
    /// The outlet a reader knows the document by: the publisher <c>sources.yaml</c> records, else
    /// the one its own footer or copyright line names; null when neither says.
    /// </summary>
    public string? Outlet => Source.Publisher?.Name ?? FromText.PublisherNamed ?? FromText.CopyrightHolder;

    /// <summary>Where the article is published: <c>sources.yaml</c>'s address, else the page's own; never a local path.</summary>
    public string? Url => Source.Url ?? FromText.Url;

    /// <summary>How reports name the document to a person: outlet and author, never only a file id.</summary>
    public string Label =>
        (Outlet, Authors.Count) switch
        {
            (null, 0) => "unknown outlet",
            (null, _) => $"{string.Join("; ", Authors)} (outlet unknown)",
            (var o, 0) => o,
            (var o, _) => $"{o} — {string.Join("; ", Authors)}",
        };

    /// <summary>Whose copy the document carries: its credit lines, and what <c>sources.yaml</c> says of its upstream.</summary>
    public IReadOnlyList<Credit> Credits => Source.Credits.Count > 0 ? Source.Credits : FromText.Credits;
}

/// <summary>What the text itself says about the document (byline, date, bio lines, copyright).</summary>
public sealed record TextMetadata(
    string? Title,
    IReadOnlyList<string> Authors,
    DateOnly? Published,
    DateOnly? Updated,
    IReadOnlyList<BioLine> Bios,
    string? CopyrightHolder,
    int? CopyrightYear,
    string? PublisherNamed,
    IReadOnlyList<string> Notes)
{
    public static TextMetadata Empty { get; } = new(null, [], null, null, [], null, null, null, []);

    /// <summary>Wire and syndication credit lines: whose copy the document says it carries.</summary>
    public IReadOnlyList<Credit> Credits { get; init; } = [];

    /// <summary>The address the page gives for itself (its canonical link or og:url), absolute http or https.</summary>
    public string? Url { get; init; }
}

/// <summary>An author's bio line ("X is head of Y"), with its span in the original text.</summary>
public sealed record BioLine(string Person, string Text, int Start, int End);

/// <summary>A block of the original text (a paragraph, list item, caption …) and what it is.</summary>
public sealed record Segment(int Start, int End, SegmentKind Kind, string? Reason = null)
{
    public bool IsArticleText => Kind is SegmentKind.Paragraph or SegmentKind.ListItem or SegmentKind.Heading or SegmentKind.Footnote;
}

public enum SegmentKind
{
    Paragraph,
    ListItem,
    Heading,
    Footnote,
    Title,
    Subtitle,
    Byline,
    Dateline,
    Caption,
    Bio,
    Copyright,
    PublisherNote,
    PullQuote,
    TableOfContents,
    Chrome,
}
