using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace ReliabilityTool.Core.Documents;

/// <summary>
/// An HTML article as plain text, one block per line, so the same extractor reads it. For an
/// HTML file the document's original text is this rendering: offsets point into it.
/// </summary>
public static class HtmlText
{
    private static readonly HashSet<string> Skipped = ["SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "SVG", "HEAD"];

    private static readonly HashSet<string> BlockElements =
    [
        "P", "DIV", "SECTION", "ARTICLE", "HEADER", "FOOTER", "ASIDE", "NAV", "MAIN", "H1", "H2", "H3", "H4", "H5", "H6",
        "LI", "UL", "OL", "BLOCKQUOTE", "FIGURE", "FIGCAPTION", "TR", "TABLE", "PRE", "ADDRESS", "DL", "DT", "DD", "HR", "FORM",
    ];

    public static string ToPlainText(string html) => Read(html).Text;

    /// <summary>The page as plain text, and the address it gives for itself: its canonical link, else its og:url.</summary>
    public static (string Text, string? Url) Read(string html)
    {
        var document = new HtmlParser().ParseDocument(html);
        var url = new[]
            {
                document.QuerySelector("link[rel~='canonical']")?.GetAttribute("href"),
                document.QuerySelector("meta[property='og:url']")?.GetAttribute("content"),
            }
            .Select(u => u is null ? null : WebAddress.Parse(u.Trim())).FirstOrDefault(u => u is not null);
        return (PlainText(document), url);
    }

    private static string PlainText(IDocument document)
    {
        var builder = new StringBuilder();
        var title = document.QuerySelector("h1")?.TextContent.Trim() ?? document.Title?.Trim();
        if (!string.IsNullOrEmpty(title) && document.QuerySelector("h1") is null) builder.Append(title).Append("\n\n");
        Walk(document.Body ?? (INode)document.DocumentElement, builder);
        return Collapse(builder.ToString());
    }

    private static void Walk(INode node, StringBuilder builder)
    {
        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                case IText text:
                    builder.Append(text.Data.Replace('\n', ' ').Replace('\r', ' '));
                    break;
                case IElement element when Skipped.Contains(element.NodeName):
                    break;
                case IElement { NodeName: "BR" }:
                    builder.Append('\n');
                    break;
                case IElement element when BlockElements.Contains(element.NodeName):
                    builder.Append("\n\n");
                    if (element.NodeName == "LI") builder.Append("• ");
                    Walk(element, builder);
                    builder.Append("\n\n");
                    break;
                case IElement element:
                    Walk(element, builder);
                    break;
            }
        }
    }

    private static string Collapse(string text)
    {
        var lines = text.Split('\n').Select(l => string.Join(' ', l.Split(' ', StringSplitOptions.RemoveEmptyEntries)));
        var builder = new StringBuilder();
        var blank = 0;
        foreach (var line in lines)
        {
            if (line.Length == 0)
            {
                blank++;
                continue;
            }

            if (builder.Length > 0) builder.Append(blank > 0 ? "\n\n" : "\n");
            builder.Append(line);
            blank = 0;
        }

        return builder.Append('\n').ToString();
    }
}
