namespace ReliabilityTool.Core.Documents;

/// <summary>Splits text into blocks (paragraphs, list items, lines of chrome) with exact offsets.</summary>
internal static class Blocks
{
    private static readonly char[] Terminal = ['.', '!', '?', '"', '”', '’', '\'', ':', ';', ')', '»'];

    public static List<(int Start, int End)> Split(string text)
    {
        var lines = Lines(text);
        var blocks = new List<(int Start, int End)>();
        var i = 0;
        while (i < lines.Count)
        {
            var (start, end) = lines[i];
            // Hard-wrapped paragraphs (a long line cut mid-sentence) continue on the next line.
            while (i + 1 < lines.Count && lines[i + 1].Start == NextLineStart(text, end) && IsWrapped(text, lines[i], lines[i + 1]))
            {
                i++;
                end = lines[i].End;
            }

            blocks.Add((start, end));
            i++;
        }

        return blocks;
    }

    public static bool EndsLikeSentence(string block) => block.TrimEnd().Length > 0 && Terminal.Contains(block.TrimEnd()[^1]);

    public static bool IsBullet(string block) =>
        block.Length > 1 && block[0] is '•' or '*' or '–' or '-' or '·' or '▪' && char.IsWhiteSpace(block[1]);

    private static bool IsWrapped(string text, (int Start, int End) line, (int Start, int End) next)
    {
        var current = text[line.Start..line.End];
        var following = text[next.Start..next.End];
        return current.Length > 60 && !EndsLikeSentence(current) && !IsBullet(following)
               && !IsBullet(current) && char.IsLetterOrDigit(following[0]);
    }

    private static int NextLineStart(string text, int end)
    {
        var i = end;
        while (i < text.Length && text[i] is ' ' or '\t' or '\r') i++;
        return i < text.Length && text[i] == '\n' ? SkipIndent(text, i + 1) : -1;
    }

    private static int SkipIndent(string text, int i)
    {
        while (i < text.Length && text[i] is ' ' or '\t') i++;
        return i;
    }

    /// <summary>Non-blank lines, trimmed of surrounding white space (offsets stay exact).</summary>
    private static List<(int Start, int End)> Lines(string text)
    {
        var lines = new List<(int, int)>();
        var lineStart = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && text[i] != '\n') continue;
            var s = lineStart;
            var e = i;
            while (s < e && char.IsWhiteSpace(text[s])) s++;
            while (e > s && char.IsWhiteSpace(text[e - 1])) e--;
            if (e > s) lines.Add((s, e));
            lineStart = i + 1;
        }

        return lines;
    }
}
