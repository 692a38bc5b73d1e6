using System.Globalization;
using System.Text.RegularExpressions;
using ReliabilityTool.Core.Documents;
using ReliabilityTool.Core.Text;

namespace ReliabilityTool.Core.Claims;

/// <summary>
/// One claim per sentence or list item of the article text (never of headings or chrome), with
/// its kind, hedges and evidence read from the <see cref="Lexicon"/>.
/// </summary>
/// <param name="manyArticles">
/// Compiles the lexicon's patterns to code: about 150 ms at start, repaid many times over an
/// archive (extraction is a third faster) but not when one article is added.
/// </param>
public sealed partial class SentenceClaimExtractor(Lexicon lexicon, bool manyArticles = true, CheckWorthiness? checkWorthinessModel = null) : IClaimExtractor
{
    private readonly CheckWorthiness _checkWorthiness = checkWorthinessModel ?? CheckWorthiness.Default;
    private readonly Regex _hedges = Alternation(lexicon.Hedges, manyArticles);
    private readonly Regex _opinion = Alternation(lexicon.OpinionCues, manyArticles);
    private readonly Regex _recommendation = Alternation(lexicon.RecommendationCues, manyArticles);
    private readonly (EvidenceCue Cue, Regex Regex)[] _cues = lexicon.EvidenceCues.Select(c => (c, new Regex(c.Pattern, Options(manyArticles), CueTimeout))).ToArray();

    /// <summary>How long one evidence pattern may search one sentence: far above any real search (a first match also pays for JIT on a busy machine), far below a run-away one.</summary>
    private static readonly TimeSpan CueTimeout = TimeSpan.FromSeconds(5);
    private readonly StringPool _shared = new();

    // "…, saying the source was probably…", "He said the fire may have been set": what follows is the speaker's.
    [GeneratedRegex(@"\b(?:saying|said|says|say|told|tells|stated|added|according to|confirmed|announced|explained|noted|reported|testified|warned|argued|acknowledged|admitted|insisted|denied|suggested|suggesting|suggests|claimed|believe|believes|think|thinks|fear|fears)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ReportedSpeech();

    // "It may have been arson, police said.": the attribution closes the sentence, and what comes before it is the speaker's.
    [GeneratedRegex(@",[”""’']?\s*(?:[\w.'’-]+\s+){0,8}(?:said|says|say|told|added|stated|confirmed|explained|noted)\b[^,]*$")]
    private static partial Regex TailAttribution();

    [GeneratedRegex(@"^\s*(?:appear|attend|arrive|be called|be sentenced|be arraigned|be released|be handed|be transferred|be extradited|begin|start|resume|take place|testify|return|speak|meet|hold|visit|face (?:charges|a judge|arraignment|trial)|stand trial|go on trial|be (?:formally )?charged|be indicted|plead|discuss|be named|be announced|be buried|be laid to rest|undergo|travel|fly)\b")]
    private static partial Regex Schedule();

    /// <summary>Words that open a clause whose content is not asserted: a condition, a reason, a question, a restrictive relative clause.</summary>
    private static readonly HashSet<string> NonFactualOpeners = ["whether", "if", "because", "lest", "unless", "who", "which", "that", "whose", "whatever", "whichever", "whoever", "wherever", "whenever"];

    /// <summary>Words that open a noun phrase: after one, "alleged" or "suspected" is the object's verb ("alleged two counts", "suspected the driver"), not an adjective.</summary>
    private static readonly HashSet<string> Determiners = ["the", "a", "an", "this", "that", "these", "those", "his", "her", "their", "its", "our", "my", "two", "three", "four", "several", "multiple"];

    [GeneratedRegex(@"\bmust (?:be in|have|also have)\b")]
    private static partial Regex EpistemicMust();

    // "According to Doe, …", "Doe added", "The Times says": a name already cited earlier in the article, speaking again.
    [GeneratedRegex(@"\b[Aa]ccording to (?<name>\p{Lu}[\p{L}'’-]+)|\b(?<name>\p{Lu}[\p{L}'’-]+)\s+(?:said|says|stated|states|added|told|explained|wrote|writes|noted|confirmed|revealed|reported|reports)\b")]
    private static partial Regex NameSpeaking();

    [GeneratedRegex(@"^(?:According to|As per)\b")]
    private static partial Regex AttributedOpening();

    public IReadOnlyList<Claim> Extract(Document document)
    {
        var claims = new List<Claim>();
        var recent = new List<Evidence>();
        Evidence? lastSpeaker = null;
        var published = document.Published;
        foreach (var segment in document.Segments.Where(s => s.Kind is SegmentKind.Paragraph or SegmentKind.ListItem or SegmentKind.Footnote))
        {
            var start = segment.Kind == SegmentKind.ListItem ? SkipBullet(document.Text, segment.Start, segment.End) : segment.Start;
            IReadOnlyList<Evidence> quotationSource = [];
            foreach (var sentence in Sentences.Split(document.Text, start, segment.End))
            {
                var text = document.Text[sentence.Start..sentence.End];
                var quoted = Sentences.QuotationRegions(text, 0, text.Length);
                var evidence = FindEvidence(text, recent);
                // A quotation standing alone after a sentence that named its speaker is still that speaker's.
                if (evidence.Count == 0 && !sentence.InsideQuotation && QuotedShare(text, quoted) >= 0.5 && lastSpeaker is not null)
                    evidence = [lastSpeaker with { CarriedFrom = "the speaker of the sentence before" }];
                lastSpeaker = evidence.FirstOrDefault(e => e.Kind is "official_statement" or "testimony");
                string? quotedFrom = null;
                if (sentence.InsideQuotation && evidence.Count == 0)
                {
                    // A person's quoted words are their statement; a document's quoted words are the document, which they cannot cite.
                    quotedFrom = quotationSource.FirstOrDefault(e => DocumentKinds.Contains(e.Kind))?.Cited;
                    evidence = quotedFrom is not null ? [] : quotationSource.Select(e => e with { CarriedFrom = e.CarriedFrom ?? "the sentence that opens this quotation" }).ToList();
                }
                else if (!sentence.InsideQuotation)
                    quotationSource = evidence;
                recent.AddRange(evidence.Where(e => e.CarriedFrom is null));

                var kind = segment.Kind == SegmentKind.Footnote ? ClaimKind.Note : KindOf(text, sentence.InsideQuotation, evidence.Count > 0, quoted);
                // Inside a quotation the words are the speaker's, doubts included.
                var hedges = sentence.InsideQuotation ? [] : HedgesOf(text, evidence, quoted);
                var details = DetailsOf(text, published);
                var (score, reasons) = _checkWorthiness.Score(CheckWorthinessFeatures.Of(text, kind, details, evidence));
                claims.Add(ClaimSharing.Share(
                    new Claim($"{document.Id}:{sentence.Start}-{sentence.End}", document.Id, sentence.Start, sentence.End, text, kind, score, reasons, hedges, evidence, details) { QuotedFrom = quotedFrom },
                    _shared));
            }
        }

        return claims;
    }

    internal ClaimKind KindOf(string text, bool insideQuotation, bool attributed, IReadOnlyList<(int Start, int End)> quoted)
    {
        var trimmed = text.TrimEnd('”', '"', '’', ')', ' ');
        if (trimmed.EndsWith('?')) return ClaimKind.Question;
        if (insideQuotation || QuotedShare(text, quoted) >= 0.5) return ClaimKind.Quote;
        // "According to this school of thought, precedence should be given …" reports a view; it does not recommend.
        if (_recommendation.IsMatch(text) && !EpistemicMust().IsMatch(text) && !attributed && !AttributedOpening().IsMatch(text))
            return ClaimKind.Recommendation;
        if (_opinion.IsMatch(text)) return ClaimKind.Opinion;
        return ClaimKind.Factual;
    }

    private IReadOnlyList<Evidence> FindEvidence(string text, IReadOnlyList<Evidence> recent)
    {
        var found = new List<Evidence>();
        foreach (var (cue, regex) in _cues)
        {
            // Every cue is tried on every sentence: the rare match is handled apart, so the common miss allocates nothing.
            Match m;
            try
            {
                m = regex.Match(text);
            }
            catch (RegexMatchTimeoutException)
            {
                // A pattern (an editor's, or ours on a pathological line) that runs away is skipped for this sentence, not the run.
                continue;
            }

            if (m.Success && Cited(cue, m, found, recent) is { } evidence) found.Add(evidence);
        }

        // A cue already found the source the attribution names ("reports received by the X Movement"): one source, not two.
        if (Attribution.Find(text, recent) is { } attributed
            && !found.Any(e => e.Kind == attributed.Kind || e.Cited.Contains(attributed.Cited, StringComparison.Ordinal) || attributed.Cited.Contains(e.Cited, StringComparison.Ordinal)))
            found.Add(attributed);

        if (found.Count == 0 && NameSpeaking().Match(text) is { Success: true } named)
        {
            var name = named.Groups["name"].Value.ToLowerInvariant();
            var earlier = Features.IsStopWord(name) ? null : recent.LastOrDefault(e => Tokens.Words(e.Cited.ToLowerInvariant()).Contains(name));
            if (earlier is not null) found.Add(earlier with { CarriedFrom = named.Value });
        }

        return found.OrderBy(e => e.Class).ToList();
    }

    /// <summary>What a cue's match cites, unless the sentence already cites it or it refers back to nothing.</summary>
    private static Evidence? Cited(EvidenceCue cue, Match m, List<Evidence> found, IReadOnlyList<Evidence> recent)
    {
        var cited = (m.Groups["cited"].Success ? m.Groups["cited"].Value : m.Value).Trim();
        if (found.Any(e => e.Kind == cue.Kind) || found.Any(e => e.Cited.Contains(cited, StringComparison.Ordinal))) return null;
        if (!cue.RefersBack) return new Evidence(cited, EvidenceKinds.ClassOf(cue.Kind), cue.Kind);

        // "previous": a pronoun ("He stated …") takes whatever the last attribution was.
        // A pronoun is a person: "He stated" after a report or a court is not the report speaking.
        var antecedent = recent.LastOrDefault(e => cue.Kind == "previous" ? e.Kind is "official_statement" or "testimony" : e.Kind == cue.Kind);
        if (antecedent is null)
            return cue.Kind == "previous" ? null : new Evidence(cited, EvidenceKinds.ClassOf(cue.Kind), cue.Kind);
        return new Evidence(antecedent.Cited, antecedent.Class, antecedent.Kind, CarriedFrom: cited);
    }

    /// <summary>Hedges that report what others claim rather than weigh a possibility: they stay the author's even in reported speech.</summary>
    private static readonly HashSet<string> ReferenceHedges = ["reportedly", "allegedly", "alleged", "suspected", "purportedly", "unconfirmed", "said to"];

    /// <summary>Evidence kinds that are a document, whose quoted sentences are its own words.</summary>
    private static readonly HashSet<string> DocumentKinds = ["declassified_document", "official_report", "un_report", "court_ruling", "indictment", "government_designation"];

    /// <summary>Evidence kinds that are someone speaking: what they say, hedges included, is theirs.</summary>
    private static readonly HashSet<string> SpeakerKinds = ["official_statement", "testimony", "news_report", "advocacy_group", "think_tank"];

    /// <summary>
    /// The hedges of the sentence's own author. In "Police say it may have been arson" the doubt
    /// is the police's; "could be traced" and "could be enhanced" say what can be done, not how
    /// sure anyone is; "if they could have won" is what did not happen; "as supposedly compelling
    /// evidence" is scorn for a description, not doubt about a fact.
    /// </summary>
    private IReadOnlyList<string> HedgesOf(string text, IReadOnlyList<Evidence> evidence, IReadOnlyList<(int Start, int End)> quoted)
    {
        // A question asks; it does not assert what it might hedge ("Might I suggest …?").
        if (text.TrimEnd(' ', '"', '”', '’', ')').EndsWith('?')) return [];
        var reported = evidence.Any(e => SpeakerKinds.Contains(e.Kind));
        // Found once a sentence: after the first verb of saying, or before a closing ", police said", the words are the speaker's.
        var report = ReportedSpeech().Match(text);
        var firstReport = report.Success ? report.Index + report.Length - 1 : int.MaxValue;
        var tailStart = reported && TailAttribution().Match(text) is { Success: true } tail ? tail.Index : -1;
        var hedges = new List<string>();
        foreach (Match m in _hedges.Matches(text))
        {
            var hedge = m.Value.ToLowerInvariant();
            // Words inside quotation marks are the speaker's (or a title's: "Most Likely to Succeed").
            if (quoted.Any(r => r.Start <= m.Index && m.Index < r.End) || InQuotationOpenedBefore(text, m.Index)) continue;
            var next = WordAt(text, m.Index + m.Length, forward: true);
            var before = WordAt(text, m.Index, forward: false);
            if (!ReferenceHedges.Contains(hedge) && (m.Index > firstReport || m.Index < tailStart)) continue;
            // "projects whose emissions might contribute", "to determine whether their actions might harm": a possibility
            // inside a clause that is not asserted, not the author's doubt about what the sentence states.
            if (hedge.StartsWith("might", StringComparison.Ordinal) || hedge.StartsWith("may", StringComparison.Ordinal) || hedge.StartsWith("could", StringComparison.Ordinal))
            {
                // The clause's opener stands within the few words before the modal: "who might run", "whether their actions might".
                var opener = Tokens.Words(text[(text.LastIndexOf(',', Math.Max(0, m.Index - 1)) + 1)..m.Index]).TakeLast(5);
                if (opener.Any(NonFactualOpeners.Contains) || next is "as") continue;
            }

            if (reported && hedge is "claimed") continue;
            // "Two things were very apparent": obvious, not doubtful.
            if (hedge is "apparent" && before is "very" or "was" or "were" or "is" or "are" or "became" or "become" or "quite") continue;
            // "a likely successor", "the more likely candidates": a description, not doubt about what the sentence states.
            if (hedge is "likely" && before is "a" or "an" or "more" or "less" or "the" or "most" or "of" or "its" or "their" or "his" or "her") continue;
            // "presumed innocent": the law's presumption, not the author's doubt.
            if (hedge is "presumed" && next is "innocent") continue;
            // "He appeared to be on the mend, but he sprained the knee": an appearance the sentence itself corrects;
            // "He may have more talent than most, but he lacks the fans": a comparison granted, to be set against what follows
            // ("The bridge may have been sabotaged, but …" still doubts).
            if (hedge is "appeared to" or "seemed" && text.IndexOf(", but ", m.Index, StringComparison.Ordinal) > 0) continue;
            if (hedge.StartsWith("may", StringComparison.Ordinal) && text.IndexOf(", but ", m.Index, StringComparison.Ordinal) is var but and > 0 &&
                text.IndexOf(" than ", m.Index, but - m.Index, StringComparison.Ordinal) > 0) continue;
            // "the panel suggested that", "some are suggesting that": a verb of saying, whose doubt, if any, is the speaker's.
            if (hedge is "suggested" or "suggesting" && next is "that" && !(hedge is "suggested" && before is "it" or "been" or "was" or "is")) continue;
            // "claimed the title": took, not asserted ("claimed the election was rigged" asserts, and doubts).
            if (hedge is "claimed" && Determiners.Contains(next) && !ClauseFollows(text, m.Index + m.Length)) continue;
            if (hedge is "could be" && IsParticiple(next)) continue;
            // "if they could have won it", "animals that could have otherwise been put at risk": what did not happen, not doubt.
            if (hedge is "could have" or "could be" && (next is "otherwise" || Tokens.Words(text[..m.Index]).TakeLast(6).Contains("if"))) continue;
            // "could have an impact": to have, not a guess about the past.
            if (hedge is "could have" && next is "a" or "an" or "the" or "no" or "some" or "any" or "more" or "little") continue;
            // "Nixon suspected him", "players have alleged that": the verb of someone else's belief or claim.
            // "The complaint alleged two counts", "a policeman who suspected Foley of": the verb, with its object after it.
            if (hedge is "suspected" or "alleged" && (before is "had" or "has" or "have" or "who" or "also" || next is "him" or "her" or "them" or "it" || (Determiners.Contains(next) && before is not ("was" or "is" or "were" or "are" or "been" or "being")))) continue;
            // "is expected to appear in court": a schedule, not doubt.
            if (hedge.EndsWith("expected to", StringComparison.Ordinal) && Schedule().IsMatch(text[(m.Index + m.Length)..])) continue;
            // "as supposedly compelling evidence", "the supposedly independent panel": scorn for a description.
            if (hedge is "supposedly" && before is "as" or "a" or "an" or "the" or "its" or "their" or "his" or "her") continue;
            if (!hedges.Contains(hedge)) hedges.Add(hedge);
        }

        return hedges;
    }

    /// <summary>
    /// Whether a position is inside a quotation that began in an earlier sentence: a closing mark
    /// follows it with no opening mark before it ("…improvements on I-90," said Rick McGuire).
    /// </summary>
    private static bool InQuotationOpenedBefore(string text, int index)
    {
        var close = text.IndexOfAny(['”', '"'], index);
        if (close < 0 || text.IndexOf('“', index, close - index) >= 0) return false;
        var before = text.AsSpan(0, index);
        return before.IndexOf('“') < 0 && before.Count('"') % 2 == 0 && (text[close] == '”' || text.AsSpan(index).Count('"') % 2 == 1);
    }

    private static readonly HashSet<string> FiniteVerbs = ["was", "were", "is", "are", "had", "has", "have", "would", "will", "could", "did", "does", "do"];

    /// <summary>Whether a clause, not just a noun phrase, follows: a finite verb within the next few words.</summary>
    private static bool ClauseFollows(string text, int index) =>
        Tokens.Words(text[index..Math.Min(text.Length, index + 60)]).Take(5).Any(FiniteVerbs.Contains);

    private static string WordAt(string text, int index, bool forward)
    {
        // A window, not the rest of the sentence: a hedge may recur many times in a very long one.
        var words = forward ? Tokens.Words(text[index..Math.Min(text.Length, index + 40)]) : Tokens.Words(text[Math.Max(0, index - 40)..index]).Reverse();
        return words.FirstOrDefault() ?? "";
    }

    /// <summary>"traced", "enhanced", "done": a verb's past participle, read from WordNet's forms.</summary>
    private static bool IsParticiple(string word) =>
        word.Length > 2 && English.VerbLemma(word) is { } lemma && lemma != word && !word.EndsWith("ing", StringComparison.Ordinal) && !word.EndsWith('s');

    /// <summary>How much of the sentence is inside quotation marks (<paramref name="quoted"/>: its quotation regions).</summary>
    private static double QuotedShare(string text, IReadOnlyList<(int Start, int End)> quoted) =>
        text.Length == 0 ? 0 : (double)quoted.Sum(r => r.End - r.Start) / text.Length;

    /// <summary>Who, when and how many: what later stages match and compare.</summary>
    private static ClaimDetails DetailsOf(string text, DateOnly? published)
    {
        var dates = DateText.Find(text, published);
        return new ClaimDetails(EntityFinder.Find(text), dates, NumberText.Find(text, dates));
    }

    /// <summary>
    /// The check-worthiness features of one sentence read on its own, as <see cref="Extract"/>
    /// reads it: the training command fits the model on exactly what the extractor will score.
    /// </summary>
    public IReadOnlyDictionary<string, double> CheckWorthinessFeaturesOf(string sentence, DateOnly? published = null)
    {
        var evidence = FindEvidence(sentence, []);
        var kind = KindOf(sentence, insideQuotation: false, evidence.Count > 0, Sentences.QuotationRegions(sentence, 0, sentence.Length));
        return CheckWorthinessFeatures.Of(sentence, kind, DetailsOf(sentence, published), evidence);
    }

    private static int SkipBullet(string text, int start, int end)
    {
        var i = start;
        if (i < end && text[i] is '•' or '*' or '–' or '-' or '·' or '▪') i++;
        while (i < end && char.IsWhiteSpace(text[i])) i++;
        return i;
    }

    /// <summary>The phrases as whole words: a phrase that opens or closes with a word character may not run into another word ("So, " and "'s expected to" keep their own edges).</summary>
    private static Regex Alternation(IEnumerable<string> phrases, bool compiled) =>
        new("(?:" + string.Join("|", phrases.OrderByDescending(p => p.Length).Select(p =>
                (char.IsLetterOrDigit(p[0]) ? @"(?<![\w-])" : "") + Regex.Escape(p) + (char.IsLetterOrDigit(p[^1]) ? @"(?![\w-])" : ""))) + ")",
            Options(compiled) | RegexOptions.IgnoreCase);

    private static RegexOptions Options(bool compiled) => RegexOptions.CultureInvariant | (compiled ? RegexOptions.Compiled : RegexOptions.None);
}
