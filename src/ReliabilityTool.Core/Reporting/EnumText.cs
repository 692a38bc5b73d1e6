using System.Collections.Frozen;

namespace ReliabilityTool.Core.Reporting;

/// <summary>
/// Enum values as the reports print them, in lower case ("factual", "primary", "cited"). Each
/// name is made once per value rather than once per row: the reports write half a million rows.
/// </summary>
internal static class EnumText
{
    public static string Lower<TEnum>(TEnum value) where TEnum : struct, Enum =>
        Names<TEnum>.Lower.TryGetValue(value, out var name) ? name : value.ToString().ToLowerInvariant();

    private static class Names<TEnum> where TEnum : struct, Enum
    {
        public static readonly FrozenDictionary<TEnum, string> Lower =
            Enum.GetValues<TEnum>().Distinct().ToFrozenDictionary(v => v, v => v.ToString().ToLowerInvariant());
    }
}
