using ReliabilityTool.Core.Matching;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace ReliabilityTool.Core.Reporting;

/// <summary>
/// report.html: the report as one self-contained page that works offline. The data is embedded
/// as JSON and rendered by a small script; nothing is fetched.
/// </summary>
public static class HtmlReportWriter
{
    public static string Write(ReportContext context)
    {
        var page = Page(context);
        var report = JsonReportWriter.Build(page);
        var all = context.Assessment;
        var data = new
        {
            report,
            total = new { documents = all.Documents.Count, claims = all.Claims.Count, assertions = all.Analysis.Assertions.Count, reuse = all.Analysis.Reuse.Count, clusters = all.Analysis.Clusters.Count },
            texts = page.Assessment.Documents.ToDictionary(d => d.Id, d => d.Text),
            grades = all.Rubric.Grades.Select(g => g.Label).ToList(),
            owners = page.Assessment.Documents.ToDictionary(d => d.Id, d => d.Source.Owner?.Name),
        };
        var json = JsonSerializer.Serialize(data, new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping })
            .Replace("</", "<\\/", StringComparison.Ordinal); // a "</script>" inside an article must not end the data block
        return Template.Replace("/*DATA*/", json, StringComparison.Ordinal);
    }

    /// <summary>
    /// An archive's page holds the most urgent assertions (single partisan source first), with
    /// their claims, documents and reuse; the summary line says how many were left to report.json.
    /// </summary>
    private static ReportContext Page(ReportContext context)
    {
        var all = context.Assessment;
        if (all.Analysis.Assertions.Count <= ReportLimits.PageAssertions) return context;
        var shown = context.ByPriority.Take(ReportLimits.PageAssertions).ToHashSet();
        var documents = shown.SelectMany(a => a.DocumentIds).ToHashSet();
        var claims = shown.SelectMany(a => a.ClaimIds).ToHashSet();
        var trimmed = all with
        {
            Documents = all.Documents.Where(d => documents.Contains(d.Id)).ToList(),
            Claims = all.Claims.Where(c => claims.Contains(c.Id)).ToList(),
            Analysis = new CrossDocumentAnalysis(
                all.Analysis.Assertions.Where(shown.Contains).ToList(),
                all.Analysis.Reuse.Where(r => documents.Contains(r.From) && documents.Contains(r.To)).ToList())
            {
                Clusters = all.Analysis.Clusters.Where(c => c.DocumentIds.Any(documents.Contains)).ToList(),
            },
        };
        return new ReportContext(trimmed, context.ToolVersion, context.RubricFile);
    }

    private const string Template = """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>Reliability report</title>
        <style>
          :root { --ink:#1d2330; --muted:#5b6474; --line:#d9dee7; --flag:#b42318; --ok:#1a7f37; --warn:#9a6700; --mark:#ffe58a; }
          * { box-sizing: border-box; }
          body { margin:0; font:15px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; color:var(--ink); background:#f6f7f9; }
          header { background:#1d2330; color:#fff; padding:16px 24px; }
          header h1 { margin:0 0 4px; font-size:22px; }
          header p { margin:0; color:#c9d1e0; }
          nav.filters { position:sticky; top:0; z-index:2; display:flex; flex-wrap:wrap; gap:12px; align-items:end; padding:12px 24px; background:#fff; border-bottom:1px solid var(--line); }
          nav.filters label { display:flex; flex-direction:column; font-size:12px; color:var(--muted); }
          nav.filters select, nav.filters input { font:inherit; padding:4px 6px; min-width:160px; }
          #count { margin-left:auto; color:var(--muted); }
          main { display:grid; grid-template-columns: minmax(0, 3fr) minmax(0, 2fr); gap:16px; padding:16px 24px; }
          section h2 { font-size:18px; margin:8px 0 12px; }
          .card { background:#fff; border:1px solid var(--line); border-left:4px solid var(--line); border-radius:6px; padding:12px 14px; margin-bottom:10px; }
          .card.flagged { border-left-color:var(--flag); }
          .card h3 { margin:0 0 6px; font-size:15px; }
          .meta { color:var(--muted); font-size:13px; }
          .chip { display:inline-block; font-size:12px; padding:1px 8px; border-radius:10px; margin:2px 4px 2px 0; background:#eef1f6; }
          .chip.single_partisan_source { background:#fde7e7; color:var(--flag); font-weight:600; }
          .chip.conflicting_details, .chip.hedged, .chip.anonymous_only { background:#fff4d6; color:var(--warn); }
          .chip.copied { background:#e8ecff; color:#3538cd; }
          .why { font-size:13px; margin:4px 0; }
          table { border-collapse:collapse; width:100%; font-size:13px; }
          td, th { border-top:1px solid var(--line); padding:4px 6px; text-align:left; vertical-align:top; }
          td.num { text-align:right; white-space:nowrap; }
          .claim { font-size:14px; margin:6px 0; padding-left:10px; border-left:3px solid var(--line); }
          .claim button { font:inherit; font-size:12px; margin-left:6px; cursor:pointer; }
          aside { position:sticky; top:64px; align-self:start; max-height:calc(100vh - 80px); overflow:auto; }
          #article { background:#fff; border:1px solid var(--line); border-radius:6px; padding:12px 14px; white-space:pre-wrap; font-family: Georgia, serif; font-size:14px; }
          mark { background:var(--mark); padding:1px 0; }
          .reuse { display:grid; grid-template-columns:1fr 1fr; gap:8px; }
          .reuse blockquote { margin:0; background:#fff; border:1px solid var(--line); padding:8px; font-size:13px; }
          svg text { font-size:12px; }
          .hidden { display:none; }
        </style>
        </head>
        <body>
        <header>
          <h1>Reliability report</h1>
          <p id="summary"></p>
        </header>
        <nav class="filters" aria-label="Filters">
          <label>Flag <select id="filter-flag"><option value="">any</option></select></label>
          <label>Grade <select id="filter-grade"><option value="">any</option></select></label>
          <label>Document <select id="filter-document"><option value="">any</option></select></label>
          <label>Source <select id="filter-source"><option value="">any</option></select></label>
          <label>Text <input id="filter-text" type="search" placeholder="words in the assertion"></label>
          <span id="count"></span>
        </nav>
        <main>
          <section>
            <h2>Assertions <span class="meta">(single partisan source first)</span></h2>
            <div id="assertions"></div>
            <h2>Copy clusters: one story, one source</h2>
            <div id="clusters"></div>
            <h2>Who copies whom, and who shares an owner</h2>
            <div id="graph"></div>
            <h2>Reuse between documents</h2>
            <div id="reuse"></div>
          </section>
          <aside>
            <h2 id="article-title">Article</h2>
            <p class="meta">Choose "show in article" on a claim to see it highlighted in its original text.</p>
            <div id="article"></div>
          </aside>
        </main>
        <script id="data" type="application/json">/*DATA*/</script>
        <script>
        (function () {
          "use strict";
          var data = JSON.parse(document.getElementById("data").textContent);
          var report = data.report;
          var docs = {}; report.documents.forEach(function (d) { docs[d.id] = d; });
          var claims = {}; report.claims.forEach(function (c) { claims[c.id] = c; });

          function el(tag, attrs, children) {
            var node = document.createElement(tag);
            Object.keys(attrs || {}).forEach(function (k) {
              if (k === "text") node.textContent = attrs[k]; else node.setAttribute(k, attrs[k]);
            });
            (children || []).forEach(function (c) { node.appendChild(typeof c === "string" ? document.createTextNode(c) : c); });
            return node;
          }
          function option(select, value, label) { select.appendChild(el("option", { value: value, text: label || value })); }
          // A copy cluster's origin need not be on a trimmed page: name it by id then.
          function publisher(id) { return docs[id] ? (docs[id].publisher || "unknown publisher") : id; }

          document.getElementById("summary").textContent =
            "Rubric " + report.rubric.name + " (" + report.rubric.file + ") · " + report.documents.length + " documents · " +
            report.claims.length + " claims · " + report.assertions.length + " assertions · " + report.reuse.length + " reused passages" +
            (data.total.assertions > report.assertions.length
              ? " · showing the " + report.assertions.length + " most urgent of " + data.total.assertions + " assertions (" + data.total.documents + " documents); report.json has every one"
              : "");

          var flags = {}; report.assertions.forEach(function (a) { a.flags.forEach(function (f) { flags[f] = true; }); });
          Object.keys(flags).sort().forEach(function (f) { option(document.getElementById("filter-flag"), f); });
          data.grades.forEach(function (g) { option(document.getElementById("filter-grade"), g); });
          var letters = {}; report.assertions.forEach(function (a) { letters[a.grade] = true; });
          Object.keys(letters).sort().forEach(function (g) { if (data.grades.indexOf(g) < 0) option(document.getElementById("filter-grade"), g); });
          report.documents.forEach(function (d) { option(document.getElementById("filter-document"), d.id, d.id + (d.title ? " — " + d.title : "")); });
          var sources = {}; report.documents.forEach(function (d) { sources[publisher(d.id)] = true; });
          Object.keys(sources).sort().forEach(function (s) { option(document.getElementById("filter-source"), s); });

          function showInArticle(claim) {
            var text = data.texts[claim.document];
            var box = document.getElementById("article");
            box.textContent = "";
            box.appendChild(document.createTextNode(text.slice(0, claim.start)));
            var mark = el("mark", { id: "highlight", text: text.slice(claim.start, claim.end) });
            box.appendChild(mark);
            box.appendChild(document.createTextNode(text.slice(claim.end)));
            var d = docs[claim.document];
            document.getElementById("article-title").textContent = claim.document + (d.title ? ": " + d.title : "") + " [" + claim.start + "–" + claim.end + "]";
            mark.scrollIntoView({ block: "center" });
          }

          // As in report.md: single partisan source with nothing to settle it first, then those citing a primary document, then the rest.
          function rank(a) { return a.flags.indexOf("single_partisan_source") < 0 ? 2 : a.primary_backing === "none" ? 0 : 1; }
          var ordered = report.assertions.slice().sort(function (a, b) {
            return rank(a) - rank(b) || b.score - a.score || (a.id < b.id ? -1 : 1);
          });
          var list = document.getElementById("assertions");
          ordered.forEach(function (a) {
            var card = el("article", { "class": "card assertion" + (a.flags.indexOf("single_partisan_source") >= 0 ? " flagged" : ""), id: a.id, "data-flags": a.flags.join(" "), "data-grade": a.grade,
              "data-documents": a.documents.join(" "), "data-sources": a.documents.map(publisher).join("|") });
            card.appendChild(el("h3", { text: a.summary }));
            card.appendChild(el("div", { "class": "meta", text: a.id + " · grade " + a.grade + " · score " + a.score + " · primary backing: " + a.primary_backing +
              " · independent groups: " + a.independent_groups.map(function (g) { return g.join(", "); }).join(" | ") }));
            var chips = el("div");
            a.flags.forEach(function (f) { chips.appendChild(el("span", { "class": "chip " + f, text: f })); });
            card.appendChild(chips);
            a.flag_reasons.forEach(function (r) { card.appendChild(el("p", { "class": "why", text: r.flag + ": " + r.why })); });
            a.conflicts.forEach(function (c) { card.appendChild(el("p", { "class": "why", text: "conflicting " + c.detail + ": " + c.values.join(" vs ") })); });
            a.claims.forEach(function (id) {
              var c = claims[id];
              var button = el("button", { type: "button", text: "show in article" });
              button.addEventListener("click", function () { showInArticle(c); });
              card.appendChild(el("div", { "class": "claim" }, ["“" + c.text + "” — " + c.document + " ", button]));
            });
            var rows = a.breakdown.map(function (l) { return el("tr", {}, [el("td", { text: l.term }), el("td", { "class": "num", text: String(l.points) }), el("td", { text: l.why })]); });
            card.appendChild(el("details", {}, [el("summary", { text: "Score breakdown" }), el("table", {}, [el("tbody", {}, rows)])]));
            list.appendChild(card);
          });

          function applyFilters() {
            var flag = document.getElementById("filter-flag").value, grade = document.getElementById("filter-grade").value;
            var doc = document.getElementById("filter-document").value, source = document.getElementById("filter-source").value;
            var words = document.getElementById("filter-text").value.toLowerCase();
            var shown = 0;
            Array.prototype.forEach.call(list.children, function (card) {
              var ok = (!flag || card.getAttribute("data-flags").split(" ").indexOf(flag) >= 0) &&
                       (!grade || card.getAttribute("data-grade") === grade) &&
                       (!doc || card.getAttribute("data-documents").split(" ").indexOf(doc) >= 0) &&
                       (!source || card.getAttribute("data-sources").split("|").indexOf(source) >= 0) &&
                       (!words || card.textContent.toLowerCase().indexOf(words) >= 0);
              card.classList.toggle("hidden", !ok);
              if (ok) shown++;
            });
            document.getElementById("count").textContent = shown + " of " + report.assertions.length + " assertions";
          }
          ["filter-flag", "filter-grade", "filter-document", "filter-source", "filter-text"].forEach(function (id) {
            document.getElementById(id).addEventListener("input", applyFilters);
            document.getElementById(id).addEventListener("change", applyFilters);
          });
          applyFilters();

          // The graph: documents on a circle; an arrow where one copies another, a dashed line where two share an owner.
          (function () {
            var ns = "http://www.w3.org/2000/svg", w = 560, h = 360, r = 130, cx = w / 2, cy = h / 2 + 6;
            var svg = document.createElementNS(ns, "svg");
            svg.setAttribute("viewBox", "0 0 " + w + " " + h); svg.setAttribute("width", "100%"); svg.setAttribute("role", "img");
            svg.setAttribute("aria-label", "Documents, copying and shared ownership");
            var defs = document.createElementNS(ns, "defs"), marker = document.createElementNS(ns, "marker");
            marker.setAttribute("id", "arrow"); marker.setAttribute("viewBox", "0 0 10 10"); marker.setAttribute("refX", "30"); marker.setAttribute("refY", "5");
            marker.setAttribute("markerWidth", "7"); marker.setAttribute("markerHeight", "7"); marker.setAttribute("orient", "auto-start-reverse");
            var tip = document.createElementNS(ns, "path"); tip.setAttribute("d", "M 0 0 L 10 5 L 0 10 z"); tip.setAttribute("fill", "#3538cd");
            marker.appendChild(tip); defs.appendChild(marker); svg.appendChild(defs);
            var pos = {};
            report.documents.forEach(function (d, i) {
              var t = 2 * Math.PI * i / report.documents.length - Math.PI / 2;
              pos[d.id] = { x: cx + r * Math.cos(t), y: cy + r * Math.sin(t) };
            });
            function line(a, b, attrs) {
              var l = document.createElementNS(ns, "line");
              l.setAttribute("x1", pos[a].x); l.setAttribute("y1", pos[a].y); l.setAttribute("x2", pos[b].x); l.setAttribute("y2", pos[b].y);
              Object.keys(attrs).forEach(function (k) { l.setAttribute(k, attrs[k]); });
              svg.appendChild(l);
            }
            var ids = report.documents.map(function (d) { return d.id; });
            ids.forEach(function (a, i) { ids.slice(i + 1).forEach(function (b) {
              if (data.owners[a] && data.owners[a] === data.owners[b]) line(a, b, { stroke: "#b42318", "stroke-dasharray": "5 4", "stroke-width": "1.5" });
            }); });
            var pairs = {};
            report.reuse.forEach(function (x) {
              if (x.copy_cluster) { if (pos[x.from] && pos[x.to]) line(x.from, x.to, { stroke: "#98a2b3", "stroke-width": "1" }); return; }
              var k = x.from + ">" + x.to; pairs[k] = (pairs[k] || 0) + x.words;
            });
            Object.keys(pairs).forEach(function (k) {
              var p = k.split(">");
              line(p[0], p[1], { stroke: "#3538cd", "stroke-width": String(Math.min(6, 1 + pairs[k] / 80)), "marker-end": "url(#arrow)" });
              var label = document.createElementNS(ns, "text");
              label.setAttribute("x", (pos[p[0]].x + pos[p[1]].x) / 2); label.setAttribute("y", (pos[p[0]].y + pos[p[1]].y) / 2 - 4);
              label.setAttribute("fill", "#3538cd"); label.setAttribute("text-anchor", "middle"); label.textContent = pairs[k] + " words copied";
              svg.appendChild(label);
            });
            report.documents.forEach(function (d) {
              var c = document.createElementNS(ns, "circle");
              c.setAttribute("cx", pos[d.id].x); c.setAttribute("cy", pos[d.id].y); c.setAttribute("r", "22");
              c.setAttribute("fill", d.partisan ? "#fde7e7" : "#e6f4ea"); c.setAttribute("stroke", "#1d2330");
              svg.appendChild(c);
              var t = document.createElementNS(ns, "text");
              t.setAttribute("x", pos[d.id].x); t.setAttribute("y", pos[d.id].y + 4); t.setAttribute("text-anchor", "middle"); t.textContent = d.id.slice(0, 3);
              svg.appendChild(t);
              var name = document.createElementNS(ns, "text");
              name.setAttribute("x", pos[d.id].x); name.setAttribute("y", pos[d.id].y + 38); name.setAttribute("text-anchor", "middle");
              name.setAttribute("fill", "#5b6474"); name.textContent = publisher(d.id) + (d.owner ? " (" + d.owner + ")" : "");
              svg.appendChild(name);
            });
            var legend = el("p", { "class": "meta", text: "Arrow: the document at the arrowhead reproduces passages of the other. Red dashes: same owner group. Red node: partisan source." });
            document.getElementById("graph").appendChild(svg);
            document.getElementById("graph").appendChild(legend);
          })();

          var clusterBox = document.getElementById("clusters");
          if (report.copy_clusters.length === 0) clusterBox.appendChild(el("p", { text: "No story is carried by more than one document." }));
          report.copy_clusters.forEach(function (c) {
            var origin = c.origin ? (publisher(c.origin) + " (" + c.origin + ", origin)") : (c.upstream ? c.upstream + " (credited; origin not among the documents)" : "origin unknown");
            var outlets = {}; c.documents.forEach(function (m) { outlets[m.publisher || m.id] = true; });
            clusterBox.appendChild(el("h3", { text: "Carried by " + c.size + " documents from " + Object.keys(outlets).length + " outlets, one source: " + origin }));
            clusterBox.appendChild(el("p", { "class": "meta", text: c.id + " · " + c.origin_basis + (c.upstream ? " · credits " + c.upstream : "") }));
            var list = el("ul", {}, c.documents.map(function (m) { return el("li", { text: m.id + " — " + (m.publisher || "publisher unknown") + ": " + m.basis }); }));
            clusterBox.appendChild(el("details", {}, [el("summary", { text: "the " + c.size + " carriers" }), list]));
          });

          var reuseBox = document.getElementById("reuse");
          var withinClusters = report.reuse.filter(function (x) { return x.copy_cluster; }).length;
          if (report.reuse.length === 0) reuseBox.appendChild(el("p", { text: "No passage of one document reproduces another." }));
          if (withinClusters > 0) reuseBox.appendChild(el("p", { "class": "meta", text: withinClusters + " passages copied within copy clusters are summarised above; report.json lists every one." }));
          report.reuse.forEach(function (x) {
            if (x.copy_cluster) return;
            reuseBox.appendChild(el("h3", { text: x.to + " reproduces " + x.from + ": " + x.words + " words, similarity " + x.similarity }));
            reuseBox.appendChild(el("p", { "class": "meta", text: x.direction_basis }));
            reuseBox.appendChild(el("div", { "class": "reuse" }, [
              el("blockquote", { text: x.from + " [" + x.from_span[0] + "–" + x.from_span[1] + "]: " + data.texts[x.from].slice(x.from_span[0], x.from_span[1]) }),
              el("blockquote", { text: x.to + " [" + x.to_span[0] + "–" + x.to_span[1] + "]: " + data.texts[x.to].slice(x.to_span[0], x.to_span[1]) })
            ]));
          });
        })();
        </script>
        </body>
        </html>
        """;
}
