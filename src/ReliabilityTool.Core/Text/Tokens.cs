namespace ReliabilityTool.Core.Text;

/// <summary>Lower-case word tokens, the unit every comparison of wording works on.</summary>
internal static class Tokens
{
    public static IEnumerable<string> Words(string text)
    {
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var isWord = i < text.Length && char.IsLetterOrDigit(text[i]);
            if (isWord && start < 0) start = i;
            else if (!isWord && start >= 0)
            {
                // Lower-cased straight from the text: one string a word, not a copy and then its lower case.
                yield return string.Create(i - start, (text, start), static (word, at) => at.text.AsSpan(at.start, word.Length).ToLowerInvariant(word));
                start = -1;
            }
        }
    }
}
