using ReliabilityTool.Core.Documents;
using ReliabilityTool.Core.Text;

namespace ReliabilityTool.Core.Matching;

/// <summary>
/// A document's body as overlapping runs of words (shingles), each hashed, with where each word
/// lies in the text. <see cref="Fingerprints"/> is the winnowed sample of the hashes that reuse
/// detection indexes: any passage of <c>window + words − 1</c> or more words two documents share
/// leaves at least one fingerprint in both, so the sample finds every reportable copy while
/// indexing about a fifth of the shingles.
/// </summary>
internal sealed class Shingles
{
    private Shingles(string documentId, ulong[] hashes, int[] wordStarts, int[] wordEnds, ulong[] fingerprints)
    {
        DocumentId = documentId;
        Hashes = hashes;
        Distinct = FirstOccurrences(hashes);
        WordStarts = wordStarts;
        WordEnds = wordEnds;
        Fingerprints = fingerprints;
    }

    public string DocumentId { get; }

    /// <summary>The hash of the shingle starting at each word.</summary>
    public ulong[] Hashes { get; }

    /// <summary>Each distinct shingle hash with the first word it starts at, by hash: two documents are compared by one merge.</summary>
    public (ulong Hash, int Position)[] Distinct { get; }

    public int[] WordStarts { get; }

    public int[] WordEnds { get; }

    /// <summary>Distinct, in ascending order.</summary>
    public ulong[] Fingerprints { get; }

    public static Shingles Of(Document document, ReuseSettings settings)
    {
        var (words, starts, ends) = Words(document);
        var k = settings.ShingleWords;
        var hashes = new ulong[Math.Max(0, words.Count - k + 1)];
        for (var p = 0; p < hashes.Length; p++)
        {
            var hash = Fnv.Offset;
            for (var i = p; i < p + k; i++) hash = Fnv.Add(hash, words[i]);

            hashes[p] = hash;
        }

        return new Shingles(document.Id, hashes, starts.ToArray(), ends.ToArray(), Winnow(hashes, settings.FingerprintWindow));
    }

    private static (ulong Hash, int Position)[] FirstOccurrences(ulong[] hashes)
    {
        var keys = (ulong[])hashes.Clone();
        var positions = new int[hashes.Length];
        for (var p = 0; p < positions.Length; p++) positions[p] = p;
        // Sorting primitive keys is several times faster than sorting tuples; equal hashes then need the earliest position.
        Array.Sort(keys, positions);
        var kept = new List<(ulong Hash, int Position)>(keys.Length);
        for (var i = 0; i < keys.Length; i++)
        {
            if (kept.Count > 0 && kept[^1].Hash == keys[i]) kept[^1] = (keys[i], Math.Min(kept[^1].Position, positions[i]));
            else kept.Add((keys[i], positions[i]));
        }

        return kept.ToArray();
    }

    /// <summary>The least hash of every window of consecutive shingles (Schleimer, Wilkerson and Aiken's winnowing).</summary>
    internal static ulong[] Winnow(ulong[] hashes, int window)
    {
        var chosen = new HashSet<ulong>();
        if (hashes.Length > 0 && hashes.Length < window) chosen.Add(hashes.Min());
        for (var start = 0; start + window <= hashes.Length; start++)
        {
            var least = hashes[start];
            for (var i = start + 1; i < start + window; i++) least = Math.Min(least, hashes[i]);
            chosen.Add(least);
        }

        var result = chosen.ToArray();
        Array.Sort(result);
        return result;
    }

    /// <summary>Each body word's hash (over its lower-cased letters and digits), start and end.</summary>
    private static (List<ulong> Words, List<int> Starts, List<int> Ends) Words(Document document)
    {
        var (words, starts, ends) = (new List<ulong>(), new List<int>(), new List<int>());
        var text = document.Text;
        foreach (var segment in document.Body)
        {
            var start = -1;
            var hash = 0UL;
            for (var i = segment.Start; i <= segment.End; i++)
            {
                var isWord = i < segment.End && char.IsLetterOrDigit(text[i]);
                if (isWord)
                {
                    if (start < 0) (start, hash) = (i, Fnv.Offset);
                    hash = Fnv.Add(hash, char.ToLowerInvariant(text[i]));
                }
                else if (start >= 0)
                {
                    words.Add(hash);
                    starts.Add(start);
                    ends.Add(i);
                    start = -1;
                }
            }
        }

        return (words, starts, ends);
    }
}
