using System.Text;
using ReliabilityTool.Core.Claims;
using ReliabilityTool.Core.Documents;

namespace ReliabilityTool.Benchmarks.Ecb;

/// <summary>An article rebuilt as plain text, with where each ECB+ sentence landed in it.</summary>
internal sealed record EcbText(string Text, IReadOnlyDictionary<int, (int Start, int End)> Spans);

/// <summary>
/// Turns an article's tokens back into text as a news page prints it, one sentence per
/// paragraph, so the real extractors see prose rather than tokens: "Reid , 33 ," would
/// otherwise give the sentence splitter, the number reader and the name finder text that no
/// article has.
/// </summary>
internal static class EcbTextBuilder
{
    /// <summary>Tokens that close up to the word before them.</summary>
    private static readonly HashSet<string> Closing =
    [
        ",", ".", ";", ":", "!", "?", ")", "]", "}", "%", "...", "''", "”", "’", "'",
        "'s", "'S", "n't", "N'T", "'re", "'m", "'ve", "'ll", "'d", "’s", "n’t", "’re", "’m", "’ve", "’ll", "’d", "/",
    ];

    /// <summary>Tokens that close up to the word after them.</summary>
    private static readonly HashSet<string> Opening = ["(", "[", "{", "$", "``", "“", "‘", "/"];

    /// <summary>
    /// The synthetic title stands first, so the document extractor takes it, not the article's
    /// first sentence, for the header. A sentence without a closing stop (a headline) gets one.
    /// </summary>
    public static EcbText Build(EcbArticle article)
    {
        var text = new StringBuilder($"ECB+ topic {article.Topic} article {article.Name}\n\n");
        var spans = new Dictionary<int, (int, int)>();
        var first = true;
        foreach (var (number, tokens) in article.Sentences.OrderBy(p => p.Key))
        {
            if (!first) text.Append("\n\n");
            first = false;
            var start = text.Length;
            var sentence = Sentence(tokens);
            text.Append(sentence);
            spans[number] = (start, text.Length);
            // A headline has no full stop, and the extractor would take it for page furniture; here every
            // listed sentence is a statement to match, so each ends as one.
            if (sentence.Length > 0 && !".!?\"'”’:".Contains(sentence[^1])) text.Append('.');
        }

        text.Append('\n');
        return new EcbText(text.ToString(), spans);
    }

    /// <summary>An article's text rebuilt from its tokens, run through the real document and claim extractors.</summary>
    public static (EcbText Text, Document Document, IReadOnlyList<Claim> Claims) Read(EcbArticle article, IDocumentExtractor documents, IClaimExtractor claims)
    {
        var text = Build(article);
        var document = documents.Extract(article.Id, article.Id + ".xml", text.Text, article.Id);
        return (text, document, claims.Extract(document));
    }

    public static string Sentence(IReadOnlyList<string> tokens)
    {
        var text = new StringBuilder();
        var quoteOpen = false;
        var glueNext = true;
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            var glue = glueNext;
            glueNext = false;
            switch (token)
            {
                case "``":
                    token = "\"";
                    glueNext = true;
                    break;
                case "''":
                    token = "\"";
                    glue = true;
                    break;
                case "\"":
                    // A bare straight quote opens or closes by turns.
                    glue |= quoteOpen;
                    glueNext = !quoteOpen;
                    quoteOpen = !quoteOpen;
                    break;
                case "-" when i > 0 && i + 1 < tokens.Count && JoinsWords(tokens[i - 1], tokens[i + 1]):
                    // "rear - ended" was one word; "LOS ANGELES - Tara" and "(Reuters) - The" were not.
                    glue = true;
                    glueNext = true;
                    break;
                case "-" when i > 0 && tokens[i - 1] == "-":
                    glue = true;
                    break;
                case "." or "," or ":" when i > 0 && i + 1 < tokens.Count && SplitsNumber(tokens[i - 1], token, tokens[i + 1]):
                    // "£1 . 7m", "2 , 129 points" and "4 : 43 to play" are one number each.
                    glue = true;
                    glueNext = true;
                    break;
                case "s" or "t" or "re" or "ll" or "ve" or "d" or "m" when i > 0 && tokens[i - 1] is "’" or "'":
                    glue = true;
                    break;
                default:
                    glue |= Closing.Contains(token);
                    glueNext = Opening.Contains(token);
                    break;
            }

            if (!glue) text.Append(' ');
            text.Append(token);
        }

        return text.ToString();
    }

    private static bool SplitsNumber(string before, string mark, string after) =>
        before.Length > 0 && char.IsDigit(before[^1]) && after.Length > 0 && char.IsDigit(after[0])
        && (mark != "," || (after.Length == 3 && after.All(char.IsDigit) && before.TrimStart('$', '£', '€').Length <= 3));

    private static bool JoinsWords(string before, string after) =>
        before.Length > 0 && after.Length > 0 && (char.IsLower(before[^1]) || char.IsDigit(before[^1])) && char.IsLetterOrDigit(after[0]);
}
