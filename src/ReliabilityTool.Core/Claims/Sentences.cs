namespace ReliabilityTool.Core.Claims;

/// <summary>A sentence's span in the original text, and whether it stands inside a longer quotation.</summary>
internal readonly record struct SentenceSpan(int Start, int End, bool InsideQuotation);

/// <summary>
/// Splits a block of text into sentences with exact offsets. A full stop ends a sentence only
/// when it is not part of an abbreviation ("U.S.", "Dr.", "Aug. 7", "No.2") or an initial
/// ("John D. Bates"). A quotation that runs over several sentences is kept whole when it is
/// short enough to read as one claim; a long one is split, its sentences marked as quoted.
/// </summary>
internal static class Sentences
{
    /// <summary>Quotations longer than this are split into their sentences.</summary>
    public const int MaxWholeQuotation = 600;

    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "u.s", "u.k", "u.n", "e.g", "i.e", "dr", "mr", "mrs", "ms", "prof", "gen", "lt", "col", "sgt", "capt", "st", "jr", "sr",
        "no", "nos", "vs", "etc", "inc", "ltd", "co", "corp", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
        "oct", "nov", "dec", "approx", "al", "fig", "vol", "p", "pp", "rev", "sen", "rep", "gov", "messrs", "mt",
    };

    private const string Openers = "“«\"‘";
    private const string Closers = "”»\"’)]";

    public static IReadOnlyList<SentenceSpan> Split(string text, int start, int end)
    {
        var quotes = QuotationRegions(text, start, end);
        var sentences = new List<SentenceSpan>();
        var sentenceStart = SkipSpace(text, start, end);
        for (var i = sentenceStart; i < end; i++)
        {
            var c = text[i];
            if (c is not ('.' or '!' or '?' or '…')) continue;
            var after = i + 1;
            while (after < end && (Closers.Contains(text[after]) || text[after] is '.' or '!' or '?')) after++;
            if (after < end && !char.IsWhiteSpace(text[after])) continue;
            var next = SkipSpace(text, after, end);
            if (next < end && !StartsSentence(text[next])) continue;
            if (c == '.' && IsAbbreviation(text, sentenceStart, i)) continue;

            // A stop just before the closing mark ends the quotation too: only one still open afterwards holds the sentence.
            if (InShortQuotation(quotes, i, after)) continue;

            // "“…” John Doe added." The tail after a quotation names its speaker: keep them together.
            if (after > 0 && Closers.Contains(text[after - 1]) && IsAttributionTail(text, next, end)) continue;

            Add(sentences, text, sentenceStart, after, quotes);
            sentenceStart = next;
            i = next - 1;
        }

        if (sentenceStart < end) Add(sentences, text, sentenceStart, end, quotes);
        return sentences;
    }

    // A loop, not a lambda: this runs at every full stop, and a lambda would capture the loop's variables on the heap.
    private static bool InShortQuotation(List<(int Start, int End)> quotes, int stop, int after)
    {
        foreach (var q in quotes)
        {
            if (q.Start < stop && after < q.End) return q.End - q.Start <= MaxWholeQuotation;
        }

        return false;
    }

    private static void Add(List<SentenceSpan> sentences, string text, int start, int end, List<(int Start, int End)> quotes)
    {
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        if (end <= start) return;
        var inside = quotes.Any(q => q.End - q.Start > MaxWholeQuotation && q.Start < start && end <= q.End + 1);
        sentences.Add(new SentenceSpan(start, end, inside));
    }

    private static bool StartsSentence(char c) => char.IsUpper(c) || char.IsDigit(c) || Openers.Contains(c) || c is '•' or '[' or '(' or '*';

    private static bool IsAbbreviation(string text, int sentenceStart, int dot)
    {
        var wordStart = dot;
        while (wordStart > sentenceStart && (char.IsLetter(text[wordStart - 1]) || text[wordStart - 1] == '.')) wordStart--;
        var word = text[wordStart..dot];
        if (word.Length == 0) return false;
        // An initial: "John D. Bates" (but not the pronoun "I." ending a sentence).
        if (word.Length == 1 && char.IsUpper(word[0]) && word != "I") return true;
        // "U.S. The …" could end a sentence, but far more often the abbreviation runs on: keep it joined.
        return Abbreviations.Contains(word.TrimEnd('.'));
    }

    private static bool IsAttributionTail(string text, int start, int end)
    {
        var stop = text.IndexOfAny(['.', '!', '?'], start, end - start);
        if (stop < 0) return false;
        var words = text[start..stop].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length <= 6 && words.Length >= 2 &&
               words[^1] is "said" or "added" or "says" or "stated" or "reported" or "wrote" or "explained" or "noted" or "recalled";
    }

    private static int SkipSpace(string text, int i, int end)
    {
        while (i < end && char.IsWhiteSpace(text[i])) i++;
        return i;
    }

    /// <summary>Spans of direct quotation: “…”, «…», "…". An unclosed opener runs to the end of the block.</summary>
    internal static List<(int Start, int End)> QuotationRegions(string text, int start, int end)
    {
        var regions = new List<(int, int)>();
        var open = -1;
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            if (open < 0 && (c is '“' or '«' || (c == '"' && (i == start || !char.IsLetterOrDigit(text[i - 1])))))
            {
                open = i;
            }
            else if (open >= 0 && (c is '”' or '»' || (c == '"' && i > open)))
            {
                regions.Add((open, i + 1));
                open = -1;
            }
        }

        if (open >= 0) regions.Add((open, end));
        return regions;
    }
}
