namespace ReliabilityTool.Core.Text;

/// <summary>
/// FNV-1a, 64-bit: the same hash in every run and on every machine (unlike string.GetHashCode),
/// which stored feature and shingle hashes need.
/// </summary>
internal static class Fnv
{
    public const ulong Offset = 14695981039346656037UL;

    public static ulong Add(ulong hash, ulong value) => (hash ^ value) * 1099511628211UL;

    public static ulong Of(string text)
    {
        var hash = Offset;
        foreach (var c in text) hash = Add(hash, c);
        return hash;
    }
}
