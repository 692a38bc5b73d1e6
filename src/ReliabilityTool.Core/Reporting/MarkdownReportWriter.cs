using System.Globalization;
using System.Text;
using ReliabilityTool.Core.Claims;
using ReliabilityTool.Core.Documents;
using ReliabilityTool.Core.Matching;
using ReliabilityTool.Core.Scoring;

namespace ReliabilityTool.Core.Reporting;

/// <summary>
/// report.md, for reading and publishing from. It opens with the assertions that depend on a
/// single partisan source, because those are the ones a fact-checker must not repeat unchecked.
/// </summary>
public static class MarkdownReportWriter
{
    public static string Write(ReportContext context)
    {
        var a = context.Assessment;
        var md = new StringBuilder();
        md.AppendLine("# Reliability report").AppendLine();
        md.AppendLine(Inv($"Rubric **{a.Rubric.Name}** (`{context.RubricFile}`, sha256 `{a.Rubric.Sha256[..12]}`), ReliabilityTool {context.ToolVersion}."));
        md.AppendLine();

        SummaryWriter.Markdown(md, context);
        SinglePartisan(md, context);
        ByGrade(md, context);
        SourceCards(md, context);
        Clusters(md, context);
        Reuse(md, context);
        return md.ToString();
    }

    private static void SinglePartisan(StringBuilder md, ReportContext context)
    {
        var flagged = context.SinglePartisanWithoutPrimary;
        md.AppendLine(Inv($"<a id=\"{ReportSummary.FullListAnchor}\"></a>")).AppendLine();
        md.AppendLine("## Assertions that depend on a single partisan source").AppendLine();
        md.AppendLine(Inv($"{flagged.Count} assertions are carried by one independence group whose source has a stake in the story, and cite no primary document that could settle them. Most check-worthy first."));
        md.AppendLine();
        var n = 0;
        foreach (var assertion in flagged.Take(ReportLimits.ListedAssertions))
        {
            n++;
            var card = context.Assessment.CardOf(assertion);
            md.AppendLine(Inv($"<a id=\"{assertion.Id}\"></a>")).AppendLine();
            md.AppendLine(Inv($"### {n}. {Escape(assertion.Summary)}")).AppendLine();
            md.AppendLine(Inv($"`{assertion.Id}` · {card.Grade} ({Num(card.Score)}) · check-worthiness {Num(assertion.CheckWorthiness)}")).AppendLine();
            foreach (var claim in context.ClaimsOf(assertion))
                md.AppendLine(Inv($"> {Escape(OneLine(claim.Text))}  ")).AppendLine(Inv($"> — {Escape(context.DocumentsById[claim.DocumentId].Label)} (`{claim.DocumentId}`), characters {claim.Start}–{claim.End}")).AppendLine();

            md.AppendLine("**Source, and why it is partisan:**").AppendLine();
            foreach (var id in assertion.DocumentIds)
            {
                var d = context.DocumentsById[id];
                md.AppendLine(Inv($"- {Describe(d)} (`{id}`)"));
                foreach (var reason in context.Assessment.Partisanship[id].Reasons)
                    md.AppendLine(Inv($"  - {Escape(reason.Summary)}{(reason.Basis is null ? "" : $" — basis: {Escape(reason.Basis)}")}"));
            }

            md.AppendLine();
            var evidence = context.ClaimsOf(assertion).SelectMany(c => c.Evidence).DistinctBy(e => e.Cited).ToList();
            md.AppendLine(evidence.Count == 0
                ? "**Evidence cited:** none."
                : $"**Evidence cited:** {string.Join("; ", evidence.Select(e => $"{Escape(e.Cited)} ({EnumText.Lower(e.Class)}, {e.Kind.Replace('_', ' ')})"))}.");
            md.AppendLine();
            md.AppendLine("**What would corroborate it:**").AppendLine();
            foreach (var s in Corroboration.Suggest(context, assertion)) md.AppendLine(Inv($"- {Escape(s)}"));
            md.AppendLine();
        }

        Omitted(md, flagged.Count);
        var citing = context.SinglePartisanCitingPrimary;
        if (citing.Count == 0) return;
        md.AppendLine("### Single partisan source, but citing a primary document").AppendLine();
        md.AppendLine("These rest on one partisan source too, but name a primary document: reading it settles them.").AppendLine();
        md.AppendLine("| assertion | source | primary document cited | grade |").AppendLine("| --- | --- | --- | --- |");
        foreach (var assertion in citing.Take(ReportLimits.ListedAssertions))
        {
            var card = context.Assessment.CardOf(assertion);
            var cited = context.ClaimsOf(assertion).SelectMany(c => c.Evidence).Where(e => e.Class == EvidenceClass.Primary).Select(e => $"{e.Cited} ({e.Kind.Replace('_', ' ')})").Distinct();
            md.AppendLine(Inv($"| <a id=\"{assertion.Id}\"></a>{Cell(assertion.Summary)} | {Cell(string.Join(", ", assertion.DocumentIds.Select(id => context.DocumentsById[id].Label)))} | {Cell(string.Join("; ", cited))} | {Cell(card.Grade)} |"));
        }

        md.AppendLine();
        Omitted(md, citing.Count);
    }

    private static void ByGrade(StringBuilder md, ReportContext context)
    {
        var a = context.Assessment;
        md.AppendLine("## All assertions by grade").AppendLine();
        var bands = a.Analysis.Assertions.ToLookup(x => a.CardOf(x).Band);
        foreach (var band in a.Rubric.Grades)
        {
            var inBand = bands[band].ToList();
            md.AppendLine(Inv($"### {band.Label} ({Num(band.Min)}–{Num(band.Max)}): {inBand.Count}")).AppendLine();
            // Only the listed ones are put in order: a band of an archive holds a hundred thousand assertions.
            var listed = inBand.OrderByDescending(x => a.CardOf(x).Score).ThenByDescending(x => x.CheckWorthiness).ThenBy(x => x.Id, StringComparer.Ordinal)
                .Take(ReportLimits.ListedAssertions).ToList();
            foreach (var assertion in listed)
            {
                var card = a.CardOf(assertion);
                md.AppendLine(Inv($"#### {Escape(assertion.Summary)}")).AppendLine();
                md.AppendLine(Inv($"`{assertion.Id}` · grade {card.Grade} · score {Num(card.Score)} · primary backing: {EnumText.Lower(card.PrimaryBacking)} · documents: {string.Join(", ", assertion.DocumentIds)}"));
                md.AppendLine(Inv($"· independent groups: {string.Join(" | ", card.Groups.Select(g => string.Join(", ", g.DocumentIds)))}")).AppendLine();
                foreach (var flag in card.Flags) md.AppendLine(Inv($"- **{flag.Flag}**: {Escape(flag.Why)}"));
                foreach (var conflict in assertion.Conflicts)
                    md.AppendLine(Inv($"- conflicting {conflict.Detail}: {string.Join("; ", conflict.Values.Select(v => $"{v.Value} ({v.ClaimId})"))}"));
                if (card.Flags.Count + assertion.Conflicts.Count > 0) md.AppendLine();
                md.AppendLine("| term | points | why |").AppendLine("| --- | ---: | --- |");
                foreach (var line in card.Breakdown) md.AppendLine(Inv($"| {line.Term} | {Num(line.Points)} | {Cell(line.Why)} |"));
                md.AppendLine();
            }

            Omitted(md, inBand.Count);
        }
    }

    private static void SourceCards(StringBuilder md, ReportContext context)
    {
        var a = context.Assessment;
        md.AppendLine("## Sources").AppendLine();
        foreach (var d in a.Documents)
        {
            var s = d.Source;
            md.AppendLine(Inv($"### {d.Id}: {Escape(d.Title ?? "(untitled)")}")).AppendLine();
            md.AppendLine(Inv($"- **Publisher:** {Escape(s.Publisher?.Name ?? "unknown")}"));
            foreach (var f in s.Publisher?.Description ?? []) md.AppendLine(Inv($"  - {Escape(f.Value)} — basis: {Escape(f.Basis)}"));
            md.AppendLine(Inv($"- **Owner group:** {Escape(s.Owner?.Name ?? "unknown")}"));
            foreach (var f in (s.Owner?.StateOwnership ?? []).Concat(s.Owner?.StateAlignment ?? [])) md.AppendLine(Inv($"  - {Escape(f.Value)} — basis: {Escape(f.Basis)}"));
            md.AppendLine(Inv($"- **Author:** {Escape(d.Authors.Count == 0 ? "none given" : string.Join("; ", d.Authors))}"));
            foreach (var author in s.Authors)
            {
                foreach (var f in author.Affiliations) md.AppendLine(Inv($"  - affiliation: {Escape(f.Value)} — basis: {Escape(f.Basis)}"));
            }

            var advocacy = (s.Publisher?.Advocacy ?? []).Concat(s.Authors.SelectMany(x => x.Advocacy)).Concat(s.Publisher?.Funding ?? []).ToList();
            md.AppendLine(Inv($"- **Advocacy and funding:** {(advocacy.Count == 0 ? "none recorded" : "")}"));
            foreach (var f in advocacy) md.AppendLine(Inv($"  - {Escape(f.Value)} — basis: {Escape(f.Basis)}"));
            var reliance = (s.Publisher?.ReliesOn ?? []).Concat(s.Authors.SelectMany(x => x.ReliesOn)).ToList();
            if (reliance.Count > 0) md.AppendLine("- **Relies on the claims of:**");
            foreach (var f in reliance) md.AppendLine(Inv($"  - {Escape(f.Value)} — basis: {Escape(f.Basis)}"));
            var partisanship = a.Partisanship[d.Id];
            md.AppendLine(Inv($"- **Partisan:** {(partisanship.IsPartisan ? "yes" : "no")} — {Escape(string.Join("; ", partisanship.Reasons.Select(r => r.Summary)))}"));
            foreach (var c in s.Conflicts) md.AppendLine(Inv($"- **Text and sources.yaml disagree** on {c.Field}: text \"{Escape(c.InText)}\", sources.yaml \"{Escape(c.InSources)}\""));

            var leftOut = TextCoverage.LeftOut(d);
            if (leftOut.Count > 0)
            {
                md.AppendLine(Inv($"- **Left out as not article text:** {leftOut.Count} {(leftOut.Count == 1 ? "block" : "blocks")}"));
                foreach (var s2 in leftOut)
                {
                    var slice = d.SliceOf(s2).ReplaceLineEndings(" ");
                    md.AppendLine(Inv($"  - \"{Escape(slice.Length <= 80 ? slice : slice[..77] + "...")}\" — {TextCoverage.KindName(s2.Kind)}{(s2.Reason is null ? "" : ": " + Escape(s2.Reason))}"));
                }
            }

            var shares = SourceShares.Of(context, d);
            md.AppendLine(Inv($"- **Its {shares.Claims} claims:** {Pct(shares.Hedged, shares.Claims)} hedged, {Pct(shares.PrimaryBacked, shares.Claims)} primary-backed, {Pct(shares.SingleSource, shares.Claims)} single-source, {Pct(shares.Copied, shares.Claims)} copied"));
            md.AppendLine();
        }
    }

    /// <summary>One entry a story, however many outlets carry it: the carriers are folded away, not listed pair by pair.</summary>
    private static void Clusters(StringBuilder md, ReportContext context)
    {
        var clusters = context.Assessment.Analysis.Clusters;
        md.AppendLine("## Copy clusters: one story, one source").AppendLine();
        if (clusters.Count == 0)
        {
            md.AppendLine("No story is carried by more than one document.").AppendLine();
            return;
        }

        md.AppendLine("Documents that carry one story (a syndicated article, a wire story, an article and its reposts) count as one source, however many outlets print it. The origin's partisanship is the cluster's: a story does not become neutral because other outlets reprint it.").AppendLine();
        foreach (var c in clusters.OrderByDescending(c => c.Members.Count).ThenBy(c => c.Id, StringComparer.Ordinal))
        {
            var outlets = c.Members.Select(m => context.DocumentsById.TryGetValue(m.DocumentId, out var d) ? d.Source.Publisher?.Name ?? m.DocumentId : m.DocumentId).Distinct().Count();
            var origin = c.Origin is { } o
                ? $"{PublisherName(context, o)} ({o}, origin{(context.DocumentsById.TryGetValue(o, out var od) && od.Published is { } p ? ", " + p.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "")})"
                : c.Upstream is { } u ? $"{u} (credited; the origin is not among the documents)" : "origin unknown";
            md.AppendLine(Inv($"### Carried by {c.Members.Count} documents from {outlets} outlets, one source: {Escape(origin)}")).AppendLine();
            md.AppendLine(Inv($"`{c.Id}` · {Escape(c.OriginBasis)}{(c.Upstream is null ? "" : $" · credits {Escape(c.Upstream)}")}")).AppendLine();
            md.AppendLine(Inv($"<details><summary>the {c.Members.Count} carriers</summary>")).AppendLine();
            foreach (var m in c.Members)
                md.AppendLine(Inv($"- {m.DocumentId} — {Escape(PublisherName(context, m.DocumentId))}: {Escape(m.Basis)}"));
            md.AppendLine().AppendLine("</details>").AppendLine();
        }
    }

    private static string PublisherName(ReportContext context, string id) =>
        context.DocumentsById.TryGetValue(id, out var d) ? d.Source.Publisher?.Name ?? "publisher unknown" : "publisher unknown";

    private static void Reuse(StringBuilder md, ReportContext context)
    {
        var all = context.Assessment.Analysis.Reuse;
        md.AppendLine("## Reuse between documents").AppendLine();
        if (all.Count == 0)
        {
            md.AppendLine("No passage of one document reproduces another.").AppendLine();
            return;
        }

        var reuse = all.Where(r => context.ClusterOf(r) is null).ToList();
        if (reuse.Count < all.Count)
            md.AppendLine(Inv($"{all.Count - reuse.Count} passages copied within copy clusters are summarised above; report.json lists every one.")).AppendLine();

        foreach (var pair in reuse.GroupBy(r => (r.From, r.To)))
            md.AppendLine(Inv($"- **{pair.Key.To}** reproduces **{pair.Key.From}**: {pair.Count()} passages, {pair.Sum(r => r.Words)} words. {Escape(pair.First().DirectionBasis)}."));
        md.AppendLine();
        foreach (var r in reuse)
        {
            var from = context.DocumentsById[r.From].Text[r.FromSpan.Start..r.FromSpan.End];
            var to = context.DocumentsById[r.To].Text[r.ToSpan.Start..r.ToSpan.End];
            md.AppendLine(Inv($"### {r.To} ← {r.From}: {r.Words} words, similarity {Num(r.Similarity)}")).AppendLine();
            md.AppendLine(Inv($"| {r.From} [{r.FromSpan.Start}–{r.FromSpan.End}] | {r.To} [{r.ToSpan.Start}–{r.ToSpan.End}] |")).AppendLine("| --- | --- |");
            md.AppendLine(Inv($"| {Cell(from)} | {Cell(to)} |")).AppendLine();
        }
    }

    internal static string Describe(Document d)
    {
        var parts = new List<string> { d.Outlet ?? "outlet unknown" };
        if (d.Source.Owner is { } owner) parts.Add($"owned by {owner.Name}");
        parts.Add(d.Authors.Count == 0 ? "no author given" : $"by {string.Join("; ", d.Authors)}");
        return Escape(string.Join(", ", parts));
    }

    /// <summary>Past the limit a list is for machines, not readers: say how many were left out and where they are.</summary>
    private static void Omitted(StringBuilder md, int listed)
    {
        if (listed <= ReportLimits.ListedAssertions) return;
        md.AppendLine(Inv($"*{listed - ReportLimits.ListedAssertions} more, less check-worthy, are not listed here: report.json and claims.csv have every one.*")).AppendLine();
    }

    internal static string OneLine(string text) => string.Join(' ', text.Split((char[])['\n', '\r'], StringSplitOptions.RemoveEmptyEntries));
    internal static string Escape(string text) => text.Replace("<", "&lt;").Replace(">", "&gt;");
    internal static string Cell(string text) => Escape(OneLine(text)).Replace("|", "\\|");
    internal static string Num(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
    private static string Pct(int part, int whole) => whole == 0 ? "0%" : (100.0 * part / whole).ToString("0", CultureInfo.InvariantCulture) + "%";
    private static string Inv(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}

/// <summary>How much of one source's output is hedged, primary-backed, single-source and copied.</summary>
internal sealed record SourceShares(int Claims, int Hedged, int PrimaryBacked, int SingleSource, int Copied)
{
    public static SourceShares Of(ReportContext context, Document document)
    {
        var claims = context.ClaimsByDocument[document.Id].Where(c => c.IsAssertion).ToList();
        var copiedSpans = context.ReuseInto[document.Id].Select(r => r.ToSpan).ToList();
        int single = 0, copied = 0;
        foreach (var claim in claims)
        {
            var assertion = context.AssertionOfClaim[claim.Id];
            if (context.Assessment.CardOf(assertion).Groups.Count == 1) single++;
            if (copiedSpans.Any(s => claim.Start < s.End && s.Start < claim.End)) copied++;
        }

        return new SourceShares(claims.Count, claims.Count(c => c.IsHedged), claims.Count(c => c.StrongestEvidence == EvidenceClass.Primary), single, copied);
    }
}
