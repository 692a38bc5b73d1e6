using System.Globalization;
using System.Text;

namespace ReliabilityTool.Core.Text;

/// <summary>
/// A key under which transliterations of one name meet: "Muammar Gaddafi" and "Moammar Qadhafi",
/// "Abd Al Aziz" and "Abdulaziz", "Tchaikovsky" and "Chaikovskiy". It drops articles ("al-"),
/// folds "ben/ibn/bin", spells q as k and keeps each word's consonant skeleton.
/// </summary>
internal static class NameKey
{
    private static readonly HashSet<string> Articles = ["al", "el", "ad", "as", "ash", "at", "an", "ar", "the", "of", "e"];
    private static readonly HashSet<string> Patronymics = ["bin", "ben", "ibn", "bn", "ibin"];

    public static string Of(string name)
    {
        var words = Words(name).Where(w => !Articles.Contains(w)).Select(w => Patronymics.Contains(w) ? "bn" : Skeleton(w)).Where(w => w.Length > 0);
        return string.Join(' ', words);
    }

    private static IEnumerable<string> Words(string name)
    {
        var decomposed = name.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark || c is '\'' or '’' or '‘' or 'ʼ') continue;
            builder.Append(char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : ' ');
        }

        return builder.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries);
    }

    private static string Skeleton(string word)
    {
        var spelled = word.Replace("ph", "f").Replace("q", "k").Replace("ck", "k").Replace("dh", "d");
        var builder = new StringBuilder(spelled.Length);
        foreach (var c in spelled)
        {
            if ("aeiouy".Contains(c)) continue;
            if (builder.Length > 0 && builder[^1] == c) continue;
            builder.Append(c);
        }

        // A word of vowels only ("Iya") keeps its first letter, so it is not lost.
        return builder.Length > 0 ? builder.ToString() : word[..1];
    }
}
