using ReliabilityTool.Core.Text;

namespace ReliabilityTool.Core.Matching;

/// <summary>What a feature is, which sets how much it weighs and whether it only says who a claim is about.</summary>
public enum FeatureKind : byte
{
    Word = 0,

    /// <summary>A word of a person's name in this claim: a name, weighted as a word.</summary>
    PersonWord = 1,

    /// <summary>A name key ("e:msr").</summary>
    Name = 2,

    /// <summary>An event frame ("f:kill+msr").</summary>
    Frame = 3,

    /// <summary>A month or a count ("d:1998-08", "n:224").</summary>
    Detail = 4,

    /// <summary>A word common in everyday English ("happen", "fun", "hard"): shared alone, it says two sentences share a register, not a fact.</summary>
    CommonWord = 5,
}

/// <summary>
/// A claim's matching features as stable 64-bit hashes in ascending order, each with its kind.
/// Hashes rather than strings keep half a million claims' features in a few hundred megabytes,
/// let two claims be compared by one merge, and can be stored and looked up later, when an
/// article is added to an assessed archive.
/// </summary>
public sealed record FeatureVector(ulong[] Hashes, FeatureKind[] Kinds)
{
    public static FeatureVector Of(IEnumerable<string> features)
    {
        var set = features as IReadOnlySet<string> ?? features.ToHashSet();
        var hashes = new List<ulong>(set.Count);
        var kinds = new List<FeatureKind>(set.Count);
        foreach (var f in set)
        {
            if (FeatureKeys.IsPersonMarker(f)) continue; // weightless: it only decides which words are names
            hashes.Add(Hash(f));
            kinds.Add(FeatureKeys.KindOf(f, set));
        }

        var (h, k) = (hashes.ToArray(), kinds.ToArray());
        Array.Sort(h, k);
        var kept = 0;
        for (var i = 0; i < h.Length; i++)
        {
            if (kept > 0 && h[kept - 1] == h[i]) continue;
            (h[kept], k[kept]) = (h[i], k[i]);
            kept++;
        }

        return kept == h.Length ? new FeatureVector(h, k) : new FeatureVector(h[..kept], k[..kept]);
    }

    /// <summary>Nine bytes a feature: its hash, then its kind; the form the store keeps.</summary>
    public byte[] ToBytes()
    {
        var bytes = new byte[Hashes.Length * 9];
        for (var i = 0; i < Hashes.Length; i++)
        {
            BitConverter.TryWriteBytes(bytes.AsSpan(i * 9, 8), Hashes[i]);
            bytes[i * 9 + 8] = (byte)Kinds[i];
        }

        return bytes;
    }

    public static FeatureVector FromBytes(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length % 9 != 0) throw new InvalidDataException($"A stored feature vector has {bytes.Length} bytes, not a multiple of 9.");
        var (hashes, kinds) = (new ulong[bytes.Length / 9], new FeatureKind[bytes.Length / 9]);
        for (var i = 0; i < hashes.Length; i++)
        {
            hashes[i] = BitConverter.ToUInt64(bytes.Slice(i * 9, 8));
            kinds[i] = (FeatureKind)bytes[i * 9 + 8];
        }

        return new FeatureVector(hashes, kinds);
    }

    /// <summary>A feature that, shared, says two claims may state one fact: not a name, and not a word everyone uses.</summary>
    public static bool IsTelling(FeatureKind kind) => kind is FeatureKind.Word or FeatureKind.Frame;

    /// <summary>An event frame says more about what a sentence asserts than a name, and a name more than a word.</summary>
    public static double Boost(FeatureKind kind) => kind switch
    {
        FeatureKind.Frame => 2.0,
        FeatureKind.Name => 1.5,
        _ => 1.0,
    };

    /// <summary>A feature's stable hash.</summary>
    public static ulong Hash(string feature) => Fnv.Of(feature);

}
