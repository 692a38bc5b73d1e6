using System.Globalization;
using ReliabilityTool.Core.Text;

namespace ReliabilityTool.Core.Documents;

/// <summary>
/// Labels each block of an article by its layout and wording: the header (title, byline,
/// dateline), the body, and the chrome around it (widgets, captions, bio and copyright lines,
/// publisher blurbs, pull quotes). A messy article is content, not an error: what cannot be
/// placed stays article text, and what was decided is recorded in each segment's reason.
/// </summary>
public sealed class HeuristicDocumentExtractor : IDocumentExtractor
{
    private const int MaxHeadingLength = 100;
    private const int MaxHeaderLength = 140;

    public Document Extract(string id, string file, string text, string sha256)
    {
        var (blocks, labels) = SplitLinkLabels(text, Blocks.Split(text));
        var kinds = new SegmentKind[blocks.Count];
        var reasons = new string?[blocks.Count];
        var notes = new List<string>();

        string Slice(int i) => text[blocks[i].Start..blocks[i].End];

        // Pass 1: what a block is from its own wording.
        for (var i = 0; i < blocks.Count; i++)
            (kinds[i], reasons[i]) = labels.Contains(i) ? (SegmentKind.Chrome, "a link label") : ClassifyAlone(Slice(i), i, blocks.Count);

        // Pass 2: the header, before the first paragraph: title, subtitle, byline, dateline.
        // A long line without a sentence ending (a subtitle) does not yet start the body.
        var firstBody = Enumerable.Range(0, blocks.Count).FirstOrDefault(
            i => kinds[i] is SegmentKind.ListItem || (kinds[i] is SegmentKind.Paragraph && (Blocks.EndsLikeSentence(Slice(i)) || Slice(i).Length > MaxHeaderLength)), -1);
        if (firstBody < 0) firstBody = blocks.Count;
        var sawTitle = false;
        string? TitleOf(int before) => Enumerable.Range(0, before).Where(j => kinds[j] == SegmentKind.Title).Select(Slice).FirstOrDefault();
        for (var i = 0; i < firstBody; i++)
        {
            var block = Slice(i);
            if (kinds[i] is not (SegmentKind.Heading or SegmentKind.Paragraph)) continue;
            if (sawTitle && block == TitleOf(i))
                (kinds[i], reasons[i]) = (SegmentKind.Chrome, "the title repeated");
            else if (ChromePatterns.NameOnly().IsMatch(block) && (ChromePatterns.BylineMarker().IsMatch(block) || sawTitle))
                (kinds[i], reasons[i]) = (SegmentKind.Byline, "name alone in the header");
            else if (block.Length <= MaxHeaderLength && !sawTitle)
                (kinds[i], reasons[i], sawTitle) = (SegmentKind.Title, "first line of the header", true);
            else if (block.Length <= MaxHeaderLength)
                (kinds[i], reasons[i]) = (SegmentKind.Subtitle, "second line of the header");
        }

        // Pass 3: chrome that only shows against the rest of the document.
        var title = Enumerable.Range(0, blocks.Count).Where(i => kinds[i] == SegmentKind.Title).Select(Slice).FirstOrDefault();
        var bylineNames = Enumerable.Range(0, blocks.Count).Where(i => kinds[i] == SegmentKind.Byline)
            .Select(i => Names.Key(Slice(i))).ToHashSet();
        var lastBio = Array.FindLastIndex(kinds, k => k == SegmentKind.Bio);
        for (var i = firstBody; i < blocks.Count; i++)
        {
            var block = Slice(i);
            if (kinds[i] is not (SegmentKind.Heading or SegmentKind.Paragraph or SegmentKind.ListItem)) continue;
            if (title is not null && block == title)
                (kinds[i], reasons[i]) = (SegmentKind.Chrome, "the title repeated");
            else if (ChromePatterns.NameOnly().IsMatch(block) && bylineNames.Contains(Names.Key(block)))
                (kinds[i], reasons[i]) = (SegmentKind.Chrome, "the byline repeated");
            else if (lastBio >= 0 && i > lastBio)
                (kinds[i], reasons[i]) = (SegmentKind.PublisherNote, "after the author's bio line");
            else if (kinds[i] == SegmentKind.Paragraph && !Blocks.EndsLikeSentence(block) && EchoesAnotherBlock(text, blocks, i))
                (kinds[i], reasons[i]) = (SegmentKind.PullQuote, "repeats a passage found elsewhere in the article");
        }

        var segments = blocks.Select((b, i) => new Segment(b.Start, b.End, kinds[i], reasons[i])).ToList();
        var metadata = ReadMetadata(text, segments, notes);
        return new Document(id, file, text, sha256, metadata, segments);
    }

    /// <summary>
    /// "… as the documents show. Read more": the link's label is split off as its own block of
    /// chrome, so the paragraph before it is read like any other instead of being taken for a
    /// heading or losing its last sentence to the label.
    /// </summary>
    private static (List<(int Start, int End)> Blocks, HashSet<int> Labels) SplitLinkLabels(string text, List<(int Start, int End)> blocks)
    {
        var split = new List<(int Start, int End)>(blocks.Count);
        var labels = new HashSet<int>();
        foreach (var (start, end) in blocks)
        {
            var label = ChromePatterns.TrailingLinkLabel().Match(text, start, end - start);
            var contentEnd = label.Success ? label.Index : start;
            while (contentEnd > start && char.IsWhiteSpace(text[contentEnd - 1])) contentEnd--;
            if (!label.Success || contentEnd == start)
            {
                split.Add((start, end));
                continue;
            }

            split.Add((start, contentEnd));
            labels.Add(split.Count);
            split.Add((label.Index, end));
        }

        return (split, labels);
    }

    /// <summary>
    /// A link, however the page broke it ("http://www. example. com/story. html"), and nothing
    /// else: a line that goes on in words ("www.gov.uk lists the new rules") is a sentence.
    /// </summary>
    private static bool IsLinkLine(string block) =>
        block.Length <= 300 && ChromePatterns.LinkOnly().IsMatch(block) && !block.Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1).Any(w => w.Length >= 3 && w.All(char.IsLetter));

    private static (SegmentKind, string?) ClassifyAlone(string block, int index, int count)
    {
        if (Credits.IsCreditBlock(block))
            return (SegmentKind.PublisherNote, "wire or syndication credit line");
        if (ChromePatterns.Widget().IsMatch(block) || ChromePatterns.WidgetPhrase().IsMatch(block))
            return (SegmentKind.Chrome, "page widget");
        if (IsLinkLine(block))
            return (SegmentKind.Chrome, "a link line");
        if (block.Length <= 400 && ChromePatterns.StandingLine().IsMatch(block))
            return (SegmentKind.Chrome, "an outlet's standing line (disclaimer, sign-up)");
        if (block.Contains('©') || block.StartsWith("Copyright", StringComparison.OrdinalIgnoreCase))
            return (SegmentKind.Copyright, "copyright line");
        if (ChromePatterns.Caption().IsMatch(block))
            return (SegmentKind.Caption, "photo caption or credit");
        // Bio lines sit at the foot of the article, usually set off by a bullet or asterisk.
        var atFoot = index >= count - 5;
        if (ChromePatterns.Bio().IsMatch(block) && (atFoot || Blocks.IsBullet(block)))
            return (SegmentKind.Bio, "author bio line");
        if (block.Length <= 40 && DateText.ParseStandalone(block) is not null)
            return (SegmentKind.Dateline, "date alone on a line");
        if (ChromePatterns.Footnote().IsMatch(block))
            return (SegmentKind.Footnote, null);
        if (Blocks.IsBullet(block))
        {
            // A list of short phrases with no sentence ending is a table of contents, not assertions.
            return Blocks.EndsLikeSentence(block) && !block.EndsWith(':')
                ? (SegmentKind.ListItem, null)
                : (SegmentKind.TableOfContents, "list item without a sentence");
        }

        if (block.Length <= MaxHeadingLength && !Blocks.EndsLikeSentence(block))
            return (SegmentKind.Heading, null);
        return (SegmentKind.Paragraph, null);
    }

    /// <summary>A pull quote shares most of its word trigrams with another block of the same article.</summary>
    private static bool EchoesAnotherBlock(string text, List<(int Start, int End)> blocks, int index)
    {
        var mine = Trigrams(text[blocks[index].Start..blocks[index].End]);
        if (mine.Count < 5) return false;
        for (var j = 0; j < blocks.Count; j++)
        {
            if (j == index) continue;
            var theirs = Trigrams(text[blocks[j].Start..blocks[j].End]);
            var shared = mine.Count(theirs.Contains);
            if (shared >= mine.Count * 0.5) return true;
        }

        return false;
    }

    private static HashSet<string> Trigrams(string block)
    {
        var words = Tokens.Words(block).ToList();
        var set = new HashSet<string>();
        for (var i = 0; i + 2 < words.Count; i++) set.Add($"{words[i]} {words[i + 1]} {words[i + 2]}");
        return set;
    }

    private static TextMetadata ReadMetadata(string text, IReadOnlyList<Segment> segments, List<string> notes)
    {
        string Slice(Segment s) => text[s.Start..s.End];

        var title = segments.Where(s => s.Kind == SegmentKind.Title).Select(Slice).FirstOrDefault();
        if (title is not null)
        {
            var suffix = ChromePatterns.AggregatorTitleSuffix().Match(title);
            if (suffix.Success)
            {
                notes.Add($"title carries the aggregator suffix '{suffix.Value.Trim()}': republished");
                title = title[..suffix.Index];
            }
        }

        var bios = segments.Where(s => s.Kind == SegmentKind.Bio)
            .Select(s => new BioLine(Names.CleanPersonName(ChromePatterns.Bio().Match(Slice(s)).Groups["name"].Value), Slice(s).TrimStart('•', '*', ' ', '–', '—'), s.Start, s.End))
            .ToList();

        var authors = segments.Where(s => s.Kind == SegmentKind.Byline).Select(s => Names.CleanPersonName(Slice(s))).Distinct().ToList();
        if (authors.Count == 0 && bios.Count > 0)
        {
            authors = bios.Select(b => b.Person).Distinct().ToList();
            notes.Add("no byline: author taken from the bio line");
        }

        var published = segments.Where(s => s.Kind == SegmentKind.Dateline).Select(s => DateText.ParseStandalone(Slice(s))).FirstOrDefault(d => d is not null);
        DateOnly? updated = null;
        foreach (var s in segments.Where(s => s.Kind == SegmentKind.Chrome))
        {
            var m = ChromePatterns.Updated().Match(Slice(s));
            if (m.Success) updated ??= DateText.ParseStandalone(m.Groups["date"].Value);
        }

        string? holder = null;
        int? year = null;
        foreach (var s in segments.Where(s => s.Kind == SegmentKind.Copyright))
        {
            var m = ChromePatterns.Copyright().Match(Slice(s));
            if (!m.Success) continue;
            holder = m.Groups["holder"].Success ? m.Groups["holder"].Value.Trim() : null;
            year = m.Groups["year"].Success ? int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture) : null;
        }

        var publisher = segments.Where(s => s.Kind == SegmentKind.PublisherNote)
            .Select(s => ChromePatterns.PublisherNote().Match(Slice(s)))
            .Where(m => m.Success).Select(m => m.Groups["name"].Value.Trim()).FirstOrDefault();

        // A dateline credit opens the article: it stands in one of its first paragraphs.
        var opening = segments.Where(s => s.Kind == SegmentKind.Paragraph).Take(2).ToHashSet();
        var credits = segments
            .Where(s => s.IsArticleText || s.Kind == SegmentKind.PublisherNote)
            .SelectMany(s => Credits.In(text, s.Start, s.End, opening.Contains(s)))
            .DistinctBy(c => (c.Key, c.Kind))
            .ToList();
        return new TextMetadata(title, authors, published, updated, bios, holder, year, publisher, notes) { Credits = credits };
    }
}
