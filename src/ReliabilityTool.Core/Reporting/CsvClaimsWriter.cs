using System.Globalization;
using System.Text;
using CsvHelper;
using ReliabilityTool.Core.Claims;

namespace ReliabilityTool.Core.Reporting;

/// <summary>claims.csv: one row per claim with its assertion, grade and flags, for spreadsheets.</summary>
public static class CsvClaimsWriter
{
    public static string Write(ReportContext context)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        Write(context, writer);
        return writer.ToString();
    }

    public static void Write(ReportContext context, TextWriter writer) => Write(context, writer, InChunks.DefaultSize);

    /// <param name="chunk">Rows written together on one core (tests make it small, to cross chunk boundaries).</param>
    internal static void Write(ReportContext context, TextWriter writer, int chunk)
    {
        using (var csv = new CsvWriter(writer, CultureInfo.InvariantCulture, leaveOpen: true))
        {
            foreach (var header in new[]
                     {
                         "claim", "document", "start", "end", "kind", "check_worthy", "hedges", "evidence", "evidence_class",
                         "assertion", "grade", "score", "primary_backing", "flags", "text",
                     })
                csv.WriteField(header);
            csv.NextRecord();
        }

        // A row's quoting depends on its own fields only, so chunks of rows written apart join into the one file.
        var claims = context.Assessment.Claims;
        InChunks.Render(claims.Count, chunk, () => new StringBuilder(), (rows, start, count) =>
        {
            using var csv = new CsvWriter(new StringWriter(rows, CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
            for (var i = start; i < start + count; i++) Row(csv, context, claims[i]);
        }, rows =>
        {
            writer.Write(rows);
            rows.Clear();
        });
        writer.Flush();
    }

    private static void Row(CsvWriter csv, ReportContext context, Claim claim)
    {
        context.AssertionOfClaim.TryGetValue(claim.Id, out var assertion);
        var card = assertion is null ? null : context.Assessment.CardOf(assertion);
        csv.WriteField(claim.Id);
        csv.WriteField(claim.DocumentId);
        csv.WriteField(claim.Start);
        csv.WriteField(claim.End);
        csv.WriteField(EnumText.Lower(claim.Kind));
        csv.WriteField(claim.CheckWorthy);
        csv.WriteField(claim.Hedges.Count == 0 ? "" : string.Join("; ", claim.Hedges));
        csv.WriteField(claim.Evidence.Count == 0 ? "" : string.Join("; ", claim.Evidence.Select(e => $"{e.Cited} ({e.Kind})")));
        csv.WriteField(claim.StrongestEvidence is { } strongest ? EnumText.Lower(strongest) : "none");
        csv.WriteField(assertion?.Id ?? "");
        csv.WriteField(card?.Grade ?? "");
        csv.WriteField(card?.Score.ToString(CultureInfo.InvariantCulture) ?? "");
        csv.WriteField(card is null ? "" : EnumText.Lower(card.PrimaryBacking));
        csv.WriteField(card is null || card.Flags.Count == 0 ? "" : string.Join(" ", card.FlagNames));
        csv.WriteField(claim.Text);
        csv.NextRecord();
    }
}
