using System.Buffers.Binary;
using System.Text;
using ReliabilityTool.Core.Claims;
using ReliabilityTool.Core.Text;

namespace ReliabilityTool.Storage;

/// <summary>
/// A claim as the bytes of its row: each field in declaration order, strings as length-prefixed
/// UTF-8, counts and offsets as 7-bit encoded integers. An archive holds hundreds of thousands of
/// claims, and reading them back is a large part of what a rescore under another rubric costs:
/// this form is 40% of their JSON (129 MB against 322 MB at 10,000 articles) and is read back in
/// about half the time, with repeated strings pooled as they are read. The leading byte is the
/// format's version, so a later form can tell the rows written before it.
/// </summary>
internal static class ClaimCodec
{
    private const byte Format = 1;

    public static byte[] Write(Claim claim)
    {
        using var buffer = new MemoryStream(256 + (claim.Text.Length * 2));
        using (var w = new BinaryWriter(buffer, Encoding.UTF8, leaveOpen: true))
        {
            w.Write(Format);
            w.Write(claim.Id);
            w.Write(claim.DocumentId);
            w.Write7BitEncodedInt(claim.Start);
            w.Write7BitEncodedInt(claim.End);
            w.Write(claim.Text);
            w.Write((byte)claim.Kind);
            w.Write(claim.CheckWorthy);
            Strings(w, claim.CheckWorthyReasons);
            Strings(w, claim.Hedges);
            w.Write7BitEncodedInt(claim.Evidence.Count);
            foreach (var e in claim.Evidence)
            {
                w.Write(e.Cited);
                w.Write((byte)e.Class);
                w.Write(e.Kind);
                Optional(w, e.CarriedFrom);
            }

            w.Write7BitEncodedInt(claim.Details.Entities.Count);
            foreach (var e in claim.Details.Entities)
            {
                w.Write(e.Text);
                w.Write(e.Key);
                w.Write((byte)e.Type);
            }

            w.Write7BitEncodedInt(claim.Details.Dates.Count);
            foreach (var d in claim.Details.Dates)
            {
                w.Write(d.Written);
                w.Write(d.Value);
                w.Write7BitEncodedInt(d.Offset);
            }

            w.Write7BitEncodedInt(claim.Details.Numbers.Count);
            foreach (var n in claim.Details.Numbers)
            {
                w.Write(n.Written);
                w.Write(n.Value);
            }

            Optional(w, claim.QuotedFrom);
        }

        return buffer.ToArray();
    }

    /// <summary>The claim these bytes hold, its repeated strings (reasons, names, cited sources) taken from the pool.</summary>
    /// <exception cref="InvalidDataException">The bytes are not a claim in a form this version knows.</exception>
    public static Claim Read(byte[] bytes, StringPool pool)
    {
        var r = new Reader(bytes);
        var format = r.Byte();
        if (format != Format) throw Unreadable($"is in format {format}, and this version reads format {Format}");
        var id = r.String();
        var documentId = r.Pooled(pool);
        var start = r.Int();
        var end = r.Int();
        var text = r.String();
        var kind = (ClaimKind)r.Byte();
        var checkWorthy = r.Double();
        var reasons = Strings(ref r, pool);
        var hedges = Strings(ref r, pool);
        var evidence = new Evidence[r.Int()];
        for (var i = 0; i < evidence.Length; i++) evidence[i] = new Evidence(r.Pooled(pool), (EvidenceClass)r.Byte(), r.Pooled(pool), Optional(ref r, pool));
        var entities = new Entity[r.Int()];
        for (var i = 0; i < entities.Length; i++) entities[i] = new Entity(r.Pooled(pool), r.Pooled(pool), (EntityType)r.Byte());
        var dates = new DateMention[r.Int()];
        for (var i = 0; i < dates.Length; i++) dates[i] = new DateMention(r.Pooled(pool), r.Pooled(pool), r.Int());
        var numbers = new NumberMention[r.Int()];
        for (var i = 0; i < numbers.Length; i++) numbers[i] = new NumberMention(r.Pooled(pool), r.Double());
        var details = entities.Length == 0 && dates.Length == 0 && numbers.Length == 0
            ? ClaimDetails.Empty
            : new ClaimDetails(Exact(entities), Exact(dates), Exact(numbers));
        var quotedFrom = Optional(ref r, pool);
        if (!r.AtEnd) throw Unreadable($"({id}) has bytes past its last field ({r.Left})");
        return new Claim(id, documentId, start, end, text, kind, checkWorthy, reasons, hedges, Exact(evidence), details) { QuotedFrom = quotedFrom };
    }

    /// <summary>Claims the codec cannot read are not stale but foreign or damaged: <c>assess</c> would read them back too.</summary>
    private static InvalidDataException Unreadable(string what) => new(
        $"A stored claim {what}: the database was written by another version of ReliabilityTool, or is damaged. " +
        "Open it with the version that wrote it, or assess the articles again into a new database (--db NEW.db).");

    private static void Strings(BinaryWriter w, IReadOnlyList<string> values)
    {
        w.Write7BitEncodedInt(values.Count);
        foreach (var v in values) w.Write(v);
    }

    private static IReadOnlyList<string> Strings(ref Reader r, StringPool pool)
    {
        var values = new string[r.Int()];
        for (var i = 0; i < values.Length; i++) values[i] = r.Pooled(pool);
        return Exact(values);
    }

    private static void Optional(BinaryWriter w, string? value)
    {
        w.Write(value is not null);
        if (value is not null) w.Write(value);
    }

    private static string? Optional(ref Reader r, StringPool pool) => r.Byte() != 0 ? r.Pooled(pool) : null;

    /// <summary>Empty lists share one instance.</summary>
    private static IReadOnlyList<T> Exact<T>(T[] items) => items.Length == 0 ? [] : items;

    /// <summary>
    /// Reads what <see cref="BinaryWriter"/> wrote, straight from the row's bytes: a stream and a
    /// reader for each of half a million claims would be more garbage than the claims themselves.
    /// </summary>
    private ref struct Reader(ReadOnlySpan<byte> bytes)
    {
        private readonly ReadOnlySpan<byte> _bytes = bytes;
        private int _at;

        public readonly bool AtEnd => _at == _bytes.Length;

        public readonly int Left => _bytes.Length - _at;

        public byte Byte() => _at < _bytes.Length ? _bytes[_at++] : throw Truncated();

        public double Double()
        {
            if (_at + sizeof(double) > _bytes.Length) throw Truncated();
            var value = BinaryPrimitives.ReadDoubleLittleEndian(_bytes[_at..]);
            _at += sizeof(double);
            return value;
        }

        /// <summary>A 7-bit encoded integer, as <see cref="BinaryWriter.Write7BitEncodedInt"/> writes it.</summary>
        public int Int()
        {
            uint value = 0;
            for (var shift = 0; shift < 35; shift += 7)
            {
                var b = Byte();
                value |= (uint)(b & 0x7F) << shift;
                if (b < 0x80) return (int)value;
            }

            throw Unreadable("holds a malformed number");
        }

        /// <summary>A string as <see cref="BinaryWriter.Write(string)"/> writes it: its UTF-8 length, then its bytes.</summary>
        public string String() => Encoding.UTF8.GetString(Utf8());

        /// <summary>
        /// A string as <see cref="String"/> reads it, from the pool: decoded into a buffer on the
        /// stack and made a string only when the pool has not seen it.
        /// </summary>
        public string Pooled(StringPool pool)
        {
            var bytes = Utf8();
            // A UTF-8 string has no more characters than bytes; a long one is rare enough to make outright.
            if (bytes.Length > PooledOnStack) return pool.Of(Encoding.UTF8.GetString(bytes));
            Span<char> chars = stackalloc char[PooledOnStack];
            return pool.Of(chars[..Encoding.UTF8.GetChars(bytes, chars)]);
        }

        private ReadOnlySpan<byte> Utf8()
        {
            var length = Int();
            if (length < 0 || _at + length > _bytes.Length) throw Truncated();
            var bytes = _bytes.Slice(_at, length);
            _at += length;
            return bytes;
        }

        private const int PooledOnStack = 256;

        private static InvalidDataException Truncated() => Unreadable("ends before its fields do");
    }
}
