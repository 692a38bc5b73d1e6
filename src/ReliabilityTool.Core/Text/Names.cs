using System.Globalization;
using System.Text;

namespace ReliabilityTool.Core.Text;

/// <summary>Comparison keys for names: case, accents, honorifics and punctuation do not make two names differ.</summary>
internal static class Names
{
    private static readonly string[] Honorifics = ["dr", "prof", "professor", "mr", "mrs", "ms", "sheikh", "by"];

    public static string Key(string name)
    {
        var normalized = name.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(normalized.Length);
        foreach (var c in normalized)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            builder.Append(char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : ' ');
        }

        var words = builder.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .SkipWhile(w => Honorifics.Contains(w));
        return string.Join(' ', words);
    }

    /// <summary>"By Dr. Ana Lima-Costa*" → "Ana Lima-Costa".</summary>
    public static string CleanPersonName(string raw)
    {
        var name = raw.Trim().TrimEnd('*', '.', ',', ' ').TrimStart('•', '*', '-', '–', '—', ' ');
        if (name.StartsWith("By ", StringComparison.OrdinalIgnoreCase)) name = name[3..];
        foreach (var prefix in new[] { "Dr. ", "Dr ", "Prof. ", "Professor " })
        {
            if (name.StartsWith(prefix, StringComparison.Ordinal)) name = name[prefix.Length..];
        }

        return name.Trim().TrimEnd('*');
    }
}
