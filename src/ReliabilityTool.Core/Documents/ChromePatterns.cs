using System.Text.RegularExpressions;

namespace ReliabilityTool.Core.Documents;

/// <summary>What page chrome looks like: widgets, photo credits, bio and copyright lines.</summary>
internal static partial class ChromePatterns
{
    [GeneratedRegex(@"^(top of page|bottom of page|font change|related articles|\[insert image\]|leave a reply|advertisement|share( this( article)?)?|print|comments?|read more|subscribe.*|\d+\s*views?\s*\d*\s*comments?)$", RegexOptions.IgnoreCase)]
    public static partial Regex Widget();

    // An outlet's standing lines, the same under every article whatever it says: disclaimers, newsletter and social sign-ups.
    [GeneratedRegex(@"^(?:the\s+)?(?:views|opinions)\s+expressed\b.{0,80}\bare\s+(?:those\s+of\s+the\s+author|(?:the\s+)?author'?s?'?\s+own|solely)|\bdo(?:es)?\s+not\s+necessarily\s+(?:reflect|represent)\s+(?:the\s+)?(?:views|opinions|editorial|position|policy)|^(?:sign\s+up|subscribe|register)\b.{0,120}\b(?:newsletter|briefing|inbox|updates|alerts|digest)\b|^(?:follow|like|join)\s+us\s+on\b|^(?:download|get)\s+(?:our|the)\s+(?:free\s+)?app\b|^click\s+here\b", RegexOptions.IgnoreCase)]
    public static partial Regex StandingLine();

    /// <summary>A block that is only a link ("http://www.example.com/story.html", "Source: www.example.com/…"): where to read, not what happened.</summary>
    [GeneratedRegex(@"^(?:(?:source|link|via|read(?: more)?|more)\s*:\s*)?(?:https?://|www\.)\S*(?:\s+\S+){0,6}$", RegexOptions.IgnoreCase)]
    public static partial Regex LinkOnly();

    /// <summary>A link's label closing a paragraph ("… facts. Read more", "(Continue reading)"): the label is chrome, the paragraph is not.</summary>
    [GeneratedRegex(@"(?<=[.!?”""’)\]]\s*)[(\[]?(?:read more|read the full (?:story|article|report)|continue reading|full story|more here|click here|see more|learn more|read on)(?:\s*(?:»|›|→|>>|\.\.\.|…))?[)\]]?:?\s*$", RegexOptions.IgnoreCase)]
    public static partial Regex TrailingLinkLabel();

    [GeneratedRegex(@"your email address will not be published|required fields are marked|^(posted|updated|last updated)\s*:?", RegexOptions.IgnoreCase)]
    public static partial Regex WidgetPhrase();

    // Photo credits: "(AFP)", "(AFP/File Photo)", "REUTERS/Erik de Castro", "NOORULLAH SHIRZADA / AFP", "Photo: …/DPA/AFP."
    [GeneratedRegex(@"\((?:AFP|Reuters|AP|Getty Images|EPA)[^)]*\)\.?$|\bREUTERS/\S|/\s?(?:AFP|EPA|AP)\.?$|\bPhoto:\s|^This (?:image|photo|picture) (?:released|taken|shows)|\bin this file (?:picture|photo)\b", RegexOptions.IgnoreCase)]
    public static partial Regex Caption();

    [GeneratedRegex(@"^(?:Copyright\s*)?(?:©|\(c\)|Copyright)\s*(?<year>(?:19|20)\d{2})?\s*(?<holder>[^.]+?)?\.?\s*(?:All rights reserved\.?)?$", RegexOptions.IgnoreCase)]
    public static partial Regex Copyright();

    // "Dr. Jane Roe is a …", "* John Doe is a researcher …", "Prof. Ana Lima is head of …"
    [GeneratedRegex(@"^(?:[•*–—\-·]\s*)?(?:(?:Dr|Prof)\.?\s+)?(?<name>(?!(?:The|This|That|These|Those|It|Its|Their|Our|His|Her)\b)\p{Lu}[\p{L}'’\-]+(?:\s+\p{Lu}[\p{L}'’\-]+){1,3})\s+is\s+(?:a|an|the|head|founder|director|chairman|president|professor|senior|editor|chief|currently|also)\b")]
    public static partial Regex Bio();

    [GeneratedRegex(@"^(?:By\s+)?(?:(?:Dr|Prof)\.?\s+)?\p{Lu}[\p{L}'’\-]+(?:\s+\p{Lu}\.)?(?:\s+\p{Lu}[\p{L}'’\-]+){1,3}\*?$")]
    public static partial Regex NameOnly();

    [GeneratedRegex(@"^(?:By\s+|(?:Dr|Prof)\.?\s)")]
    public static partial Regex BylineMarker();

    // "The Daily Courier is the region's first English-language newspaper."
    [GeneratedRegex(@"^(?<name>\p{Lu}[\p{L}&' ]+?) is (?:[\p{L}'’ \-]+? )?(?:newspaper|publication|magazine|news agency|news site|outlet|daily|weekly)\b")]
    public static partial Regex PublisherNote();

    [GeneratedRegex(@"\s*[–—-]\s*(Analysis|OpEd|Op-Ed|Opinion|Commentary)$")]
    public static partial Regex AggregatorTitleSuffix();

    [GeneratedRegex(@"^\[\d+\]\s")]
    public static partial Regex Footnote();

    [GeneratedRegex(@"^(?:updated|last updated)\s*:?\s*(?<date>.+)$", RegexOptions.IgnoreCase)]
    public static partial Regex Updated();
}
