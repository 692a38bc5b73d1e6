using System.Buffers;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using ReliabilityTool.Core.Claims;
using ReliabilityTool.Core.Matching;

namespace ReliabilityTool.Core.Reporting;

/// <summary>
/// report.json: the stable contract other tools read. Field names are pinned here, one
/// attribute each, so a rename in the domain records can never leak into the contract.
/// Fields may be added; none may be renamed or removed.
/// </summary>
public static class JsonReportWriter
{
    /// <summary>The report record serialised whole, by reflection (report.html embeds it so): the streamed report.json matches it byte for byte.</summary>
    internal static readonly JsonSerializerOptions Options = new()
    {
        // Compact: an archive's report is read by programs (jq pretty-prints it for people), and indentation would add a third to its size.
        WriteIndented = false,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = Options.Encoder };

    /// <summary>Written out at this size: an archive's report is hundreds of megabytes, never held whole.</summary>
    private const int FlushAt = 1 << 16;

    public static string Write(ReportContext context)
    {
        using var buffer = new MemoryStream();
        Write(context, buffer);
        return System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    /// <summary>
    /// Streams the report, each entry serialised by code generated for its contract record
    /// (<see cref="ReportJson"/>) rather than by reflection: an archive's report.json is by far the
    /// largest of its reports (544 MB at 10,000 articles). The fields are the <see cref="Report"/>
    /// record's, in its order (a test holds this against the record serialised whole); claims and
    /// assertions are serialised a chunk at a time on every core, and the rest an entry at a time.
    /// </summary>
    public static void Write(ReportContext context, Stream output) => Write(context, output, InChunks.DefaultSize);

    /// <param name="chunk">Entries serialised together on one core (tests make it small, to cross chunk boundaries).</param>
    internal static void Write(ReportContext context, Stream output, int chunk)
    {
        var report = Build(context);
        var assessment = context.Assessment;
        // The writer works in memory and hands the file large blocks: serialising a value flushes the
        // writer, and a writer on the file itself would make a write to it for every entry.
        var buffer = new ArrayBufferWriter<byte>(2 * FlushAt);
        using var writer = new Utf8JsonWriter(buffer, WriterOptions);
        void Drain()
        {
            if (buffer.WrittenCount + writer.BytesPending < FlushAt) return;
            writer.Flush();
            output.Write(buffer.WrittenSpan);
            buffer.ResetWrittenCount();
        }

        writer.WriteStartObject();
        Value(writer, "tool", report.Tool, ReportJson.Default.ToolInfo);
        Value(writer, "rubric", report.Rubric, ReportJson.Default.RubricInfo);
        Each(writer, "documents", report.Documents, ReportJson.Default.DocumentEntry, Drain);
        Chunked(writer, buffer, "claims", assessment.Claims, c => ClaimEntryOf(context, c), ReportJson.Default.ClaimEntry, chunk, Drain);
        Chunked(writer, buffer, "assertions", assessment.Analysis.Assertions, a => AssertionEntryOf(context, a), ReportJson.Default.AssertionEntry, chunk, Drain);
        Each(writer, "reuse", report.Reuse, ReportJson.Default.ReuseEntry, Drain);
        Each(writer, "copy_clusters", report.CopyClusters, ReportJson.Default.CopyClusterEntry, Drain);
        Each(writer, "skipped", report.Skipped, ReportJson.Default.SkippedEntry, Drain);
        writer.WriteEndObject();
        writer.Flush();
        output.Write(buffer.WrittenSpan);
    }

    /// <summary>
    /// A long list serialised a chunk at a time on every core, each chunk by its own writer, and
    /// the chunks' bytes put between the list's brackets in order: what one writer would write.
    /// </summary>
    private static void Chunked<TItem, TEntry>(
        Utf8JsonWriter writer, ArrayBufferWriter<byte> buffer, string name, IReadOnlyList<TItem> items, Func<TItem, TEntry> entry, JsonTypeInfo<TEntry> type, int chunk, Action drain)
    {
        writer.WriteStartArray(name);
        writer.Flush();
        var first = true;
        InChunks.Render(items.Count, chunk, () => new ArrayBufferWriter<byte>(FlushAt), (part, start, count) =>
        {
            using var partWriter = new Utf8JsonWriter(part, WriterOptions);
            partWriter.WriteStartArray();
            for (var i = start; i < start + count; i++) JsonSerializer.Serialize(partWriter, entry(items[i]), type);
            partWriter.WriteEndArray();
        }, part =>
        {
            // The chunk's entries without its own brackets, after a comma from the chunk before.
            if (!first) buffer.Write(","u8);
            buffer.Write(part.WrittenSpan[1..^1]);
            first = false;
            part.ResetWrittenCount();
            drain();
        });
        writer.WriteEndArray();
    }

    private static void Value<T>(Utf8JsonWriter writer, string name, T value, JsonTypeInfo<T> type)
    {
        writer.WritePropertyName(name);
        JsonSerializer.Serialize(writer, value, type);
    }

    /// <param name="drain">Hands what is written so far to the file, when enough has gathered.</param>
    private static void Each<T>(Utf8JsonWriter writer, string name, IEnumerable<T> entries, JsonTypeInfo<T> type, Action drain)
    {
        writer.WriteStartArray(name);
        foreach (var entry in entries)
        {
            JsonSerializer.Serialize(writer, entry, type);
            drain();
        }

        writer.WriteEndArray();
    }

    /// <summary>
    /// The report's shape. Claims and assertions are made as they are written, never all at
    /// once: for an archive they would be hundreds of thousands of entries held only to be serialised.
    /// </summary>
    public static Report Build(ReportContext context)
    {
        var assessment = context.Assessment;
        var rubric = assessment.Rubric;
        return new Report(
            new ToolInfo("ReliabilityTool", context.ToolVersion),
            new RubricInfo(rubric.Name, context.RubricFile, rubric.Sha256),
            assessment.Documents.Select(d =>
            {
                var partisanship = assessment.Partisanship[d.Id];
                return new DocumentEntry(
                    d.Id, d.File, d.Title, d.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), d.Authors,
                    d.Source.Publisher?.Name, d.Source.Owner?.Name, partisanship.IsPartisan, partisanship.Basis,
                    d.Source.Conflicts.Select(c => new MetadataConflictEntry(c.Field, c.InText, c.InSources)).ToList(),
                    d.Credits.Select(c => new CreditEntry(c.Upstream, EnumText.Lower(c.Kind), c.Line)).ToList(),
                    context.Clusters.Of(d.Id)?.Cluster.Id,
                    TextCoverage.LeftOut(d).Select(s => new LeftOutEntry(TextCoverage.KindName(s.Kind).Replace(' ', '_'), s.Reason, s.Start, s.End, Clip(d.SliceOf(s)))).ToList(),
                    partisanship.Reasons.Select(r => new PartisanReasonEntry(r.KindName, r.Summary, r.Basis)).ToList(),
                    d.Outlet);
            }).ToList(),
            assessment.Claims.Select(c => ClaimEntryOf(context, c)),
            assessment.Analysis.Assertions.Select(a => AssertionEntryOf(context, a)),
            assessment.Analysis.Reuse.Select(r => new ReuseEntry(
                r.From, r.To, [r.FromSpan.Start, r.FromSpan.End], [r.ToSpan.Start, r.ToSpan.End], r.Words, r.Similarity, r.DirectionBasis, context.ClusterOf(r))).ToList(),
            assessment.Analysis.Clusters.Select(c => new CopyClusterEntry(
                c.Id, c.Origin, c.OriginBasis, c.Upstream, c.Members.Count,
                c.Members.Select(m => new CopyMemberEntry(m.DocumentId, context.DocumentsById.TryGetValue(m.DocumentId, out var d) ? d.Source.Publisher?.Name : null, m.TextPart, m.Basis)).ToList())).ToList()) { Skipped = context.Skipped.Select(f => new SkippedEntry(f.File, f.Reason)).ToList() };
    }

    private static ClaimEntry ClaimEntryOf(ReportContext context, Claim c) => new(
        c.Id, c.DocumentId, c.Start, c.End, c.Text, EnumText.Lower(c.Kind), c.CheckWorthy, c.CheckWorthyReasons, c.Hedges,
        c.Evidence.Select(e => new EvidenceEntry(e.Cited, EnumText.Lower(e.Class), e.Kind, e.CarriedFrom)).ToList(),
        context.AssertionOfClaim.TryGetValue(c.Id, out var a) ? a.Id : null, c.QuotedFrom);

    private static AssertionEntry AssertionEntryOf(ReportContext context, Assertion a)
    {
        var card = context.Assessment.CardOf(a);
        return new AssertionEntry(
            a.Id, a.Summary, a.ClaimIds, a.DocumentIds,
            card.Groups.Select(g => g.DocumentIds).ToList(),
            card.Groups.Select(g => (IReadOnlyList<string>)g.Reasons.Select(r => r.Text).ToList()).ToList(),
            EnumText.Lower(card.PrimaryBacking), card.Score, card.Grade,
            card.Breakdown.Select(l => new BreakdownEntry(l.Term, l.Points, l.Why)).ToList(),
            card.FlagNames,
            card.Flags.Select(f => new FlagEntry(f.Flag, f.Why)).ToList(),
            a.Conflicts.Select(c => new ConflictEntry(c.Detail, c.Values.Select(v => v.Value).ToList(), c.Values.Select(v => v.ClaimId).ToList())).ToList());
    }

    public sealed record Report(
        [property: JsonPropertyName("tool")] ToolInfo Tool,
        [property: JsonPropertyName("rubric")] RubricInfo Rubric,
        [property: JsonPropertyName("documents")] IReadOnlyList<DocumentEntry> Documents,
        [property: JsonPropertyName("claims")] IEnumerable<ClaimEntry> Claims,
        [property: JsonPropertyName("assertions")] IEnumerable<AssertionEntry> Assertions,
        [property: JsonPropertyName("reuse")] IReadOnlyList<ReuseEntry> Reuse,
        [property: JsonPropertyName("copy_clusters")] IReadOnlyList<CopyClusterEntry> CopyClusters)
    {
        /// <summary>The files of this run's input that were not read, each with why.</summary>
        [JsonPropertyName("skipped")]
        public IReadOnlyList<SkippedEntry> Skipped { get; init; } = [];
    }

    public sealed record SkippedEntry([property: JsonPropertyName("file")] string File, [property: JsonPropertyName("reason")] string Reason);

    public sealed record ToolInfo([property: JsonPropertyName("name")] string Name, [property: JsonPropertyName("version")] string Version);

    public sealed record RubricInfo(
        [property: JsonPropertyName("name")] string Name,
        [property: JsonPropertyName("file")] string File,
        [property: JsonPropertyName("sha256")] string Sha256);

    public sealed record DocumentEntry(
        [property: JsonPropertyName("id")] string Id,
        [property: JsonPropertyName("file")] string File,
        [property: JsonPropertyName("title")] string? Title,
        [property: JsonPropertyName("published")] string? Published,
        [property: JsonPropertyName("authors")] IReadOnlyList<string> Authors,
        [property: JsonPropertyName("publisher")] string? Publisher,
        [property: JsonPropertyName("owner")] string? Owner,
        [property: JsonPropertyName("partisan")] bool Partisan,
        [property: JsonPropertyName("partisan_basis")] IReadOnlyList<string> PartisanBasis,
        [property: JsonPropertyName("metadata_conflicts")] IReadOnlyList<MetadataConflictEntry> MetadataConflicts,
        [property: JsonPropertyName("credits")] IReadOnlyList<CreditEntry> Credits,
        [property: JsonPropertyName("copy_cluster")] string? CopyCluster,
        [property: JsonPropertyName("left_out")] IReadOnlyList<LeftOutEntry> LeftOut,
        [property: JsonPropertyName("partisan_reasons")] IReadOnlyList<PartisanReasonEntry> PartisanReasons,
        [property: JsonPropertyName("outlet")] string? Outlet);

    /// <summary>One reason for the partisan verdict: its kind is the rubric switch that decided it.</summary>
    public sealed record PartisanReasonEntry(
        [property: JsonPropertyName("kind")] string Kind,
        [property: JsonPropertyName("reason")] string Reason,
        [property: JsonPropertyName("basis")] string? Basis);

    /// <summary>A block set aside as not article text (page chrome, a caption, a bio line), and why.</summary>
    public sealed record LeftOutEntry(
        [property: JsonPropertyName("kind")] string Kind,
        [property: JsonPropertyName("reason")] string? Reason,
        [property: JsonPropertyName("start")] int Start,
        [property: JsonPropertyName("end")] int End,
        [property: JsonPropertyName("text")] string Text);

    private static string Clip(string text) => text.Length <= 200 ? text : text[..197] + "...";

    /// <summary>A credit line: whose copy the document says it carries.</summary>
    public sealed record CreditEntry(
        [property: JsonPropertyName("upstream")] string Upstream,
        [property: JsonPropertyName("kind")] string Kind,
        [property: JsonPropertyName("line")] string Line);

    /// <summary>Documents that carry one story: one source however many outlets print it.</summary>
    public sealed record CopyClusterEntry(
        [property: JsonPropertyName("id")] string Id,
        [property: JsonPropertyName("origin")] string? Origin,
        [property: JsonPropertyName("origin_basis")] string OriginBasis,
        [property: JsonPropertyName("upstream")] string? Upstream,
        [property: JsonPropertyName("size")] int Size,
        [property: JsonPropertyName("documents")] IReadOnlyList<CopyMemberEntry> Documents);

    public sealed record CopyMemberEntry(
        [property: JsonPropertyName("id")] string Id,
        [property: JsonPropertyName("publisher")] string? Publisher,
        [property: JsonPropertyName("text_part")] int TextPart,
        [property: JsonPropertyName("basis")] string Basis);

    public sealed record MetadataConflictEntry(
        [property: JsonPropertyName("field")] string Field,
        [property: JsonPropertyName("in_text")] string InText,
        [property: JsonPropertyName("in_sources")] string InSources);

    public sealed record ClaimEntry(
        [property: JsonPropertyName("id")] string Id,
        [property: JsonPropertyName("document")] string Document,
        [property: JsonPropertyName("start")] int Start,
        [property: JsonPropertyName("end")] int End,
        [property: JsonPropertyName("text")] string Text,
        [property: JsonPropertyName("kind")] string Kind,
        [property: JsonPropertyName("check_worthy")] double CheckWorthy,
        [property: JsonPropertyName("check_worthy_reasons")] IReadOnlyList<string> CheckWorthyReasons,
        [property: JsonPropertyName("hedges")] IReadOnlyList<string> Hedges,
        [property: JsonPropertyName("evidence")] IReadOnlyList<EvidenceEntry> Evidence,
        [property: JsonPropertyName("assertion")] string? Assertion,
        [property: JsonPropertyName("quoted_from")] string? QuotedFrom);

    public sealed record EvidenceEntry(
        [property: JsonPropertyName("cited")] string Cited,
        [property: JsonPropertyName("class")] string Class,
        [property: JsonPropertyName("kind")] string Kind,
        [property: JsonPropertyName("carried_from")] string? CarriedFrom);

    public sealed record AssertionEntry(
        [property: JsonPropertyName("id")] string Id,
        [property: JsonPropertyName("summary")] string Summary,
        [property: JsonPropertyName("claims")] IReadOnlyList<string> Claims,
        [property: JsonPropertyName("documents")] IReadOnlyList<string> Documents,
        [property: JsonPropertyName("independent_groups")] IReadOnlyList<IReadOnlyList<string>> IndependentGroups,
        [property: JsonPropertyName("independent_group_reasons")] IReadOnlyList<IReadOnlyList<string>> IndependentGroupReasons,
        [property: JsonPropertyName("primary_backing")] string PrimaryBacking,
        [property: JsonPropertyName("score")] double Score,
        [property: JsonPropertyName("grade")] string Grade,
        [property: JsonPropertyName("breakdown")] IReadOnlyList<BreakdownEntry> Breakdown,
        [property: JsonPropertyName("flags")] IReadOnlyList<string> Flags,
        [property: JsonPropertyName("flag_reasons")] IReadOnlyList<FlagEntry> FlagReasons,
        [property: JsonPropertyName("conflicts")] IReadOnlyList<ConflictEntry> Conflicts);

    public sealed record BreakdownEntry(
        [property: JsonPropertyName("term")] string Term,
        [property: JsonPropertyName("points")] double Points,
        [property: JsonPropertyName("why")] string Why);

    public sealed record FlagEntry([property: JsonPropertyName("flag")] string Flag, [property: JsonPropertyName("why")] string Why);

    public sealed record ConflictEntry(
        [property: JsonPropertyName("detail")] string Detail,
        [property: JsonPropertyName("values")] IReadOnlyList<string> Values,
        [property: JsonPropertyName("claims")] IReadOnlyList<string> Claims);

    public sealed record ReuseEntry(
        [property: JsonPropertyName("from")] string From,
        [property: JsonPropertyName("to")] string To,
        [property: JsonPropertyName("from_span")] IReadOnlyList<int> FromSpan,
        [property: JsonPropertyName("to_span")] IReadOnlyList<int> ToSpan,
        [property: JsonPropertyName("words")] int Words,
        [property: JsonPropertyName("similarity")] double Similarity,
        [property: JsonPropertyName("direction_basis")] string DirectionBasis,
        [property: JsonPropertyName("copy_cluster")] string? CopyCluster);
}

/// <summary>Serialisation code generated at build time for the report.json contract records.</summary>
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(JsonReportWriter.Report))]
internal sealed partial class ReportJson : JsonSerializerContext;
