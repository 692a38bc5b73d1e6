using System.Collections.Concurrent;

namespace ReliabilityTool.Core.Text;

/// <summary>
/// One shared instance of each repeated string. An archive's claims and score cards say the same
/// few things thousands of times ("1 named person, organisation or place", a name's key, a
/// document's partisan basis); sharing them keeps a 10,000-article run within its memory budget.
/// Safe to use from every core at once.
/// </summary>
public sealed class StringPool
{
    private readonly ConcurrentDictionary<string, string> _strings;

    /// <summary>The pool looked up by characters, so that a string already pooled is found without being made again.</summary>
    private readonly ConcurrentDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _byChars;

    public StringPool()
    {
        _strings = new ConcurrentDictionary<string, string>(StringComparer.Ordinal);
        _byChars = _strings.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The pooled instance equal to <paramref name="value"/>: the first one seen.</summary>
    public string Of(string value) => _strings.GetOrAdd(value, value);

    /// <summary>
    /// The pooled instance equal to these characters, made into a string only the first time they
    /// are seen: a reader decoding half a million stored claims meets the same few reasons and names
    /// millions of times, and making each again only to find it pooled is most of its garbage.
    /// </summary>
    public string Of(ReadOnlySpan<char> chars) => _byChars.TryGetValue(chars, out var pooled) ? pooled : Of(chars.ToString());

    public string? OfNullable(string? value) => value is null ? null : Of(value);

    /// <summary>The list with every string pooled, as an array (empty lists share one instance).</summary>
    public IReadOnlyList<string> Of(IReadOnlyList<string> values)
    {
        if (values.Count == 0) return [];
        var pooled = new string[values.Count];
        for (var i = 0; i < pooled.Length; i++) pooled[i] = Of(values[i]);
        return pooled;
    }
}
