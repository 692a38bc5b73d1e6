using System.Text.RegularExpressions;
using ReliabilityTool.Core.Text;

namespace ReliabilityTool.Core.Claims;

/// <summary>
/// Who a sentence says its content comes from, read from how news attributes speech: "X said",
/// "…, X told Y", "…, said X, the Z", "according to X". The speaker's phrase decides the kind of
/// evidence by its words (<c>Data/attribution.tsv</c>): an unnamed source, a news outlet, an
/// official or a body speaking on the record, a person's own account, or a report or record.
/// "He said" is the speaker of an earlier sentence. Naming an institution without a verb of
/// saying cites nothing: "the court will hear the case" is not a ruling.
/// </summary>
internal static partial class Attribution
{
    private static readonly Lazy<Lists> Loaded = new(Load);

    /// <summary>The kinds a speaker can be, in the order their words are tried.</summary>
    private static readonly string[] SpeakerKinds = ["anonymous", "news_report", "official_statement", "testimony", "advocacy_group", "declassified_document", "official_report"];

    /// <summary>The kinds that speak through what they show or found, not through what they say.</summary>
    private static readonly string[] DocumentKinds = ["declassified_document", "official_report"];

    /// <summary>Verbs an outlet uses of its own reporting: a name that "reported" is an outlet.</summary>
    private static readonly HashSet<string> OutletVerbs = ["reported", "reports", "wrote", "writes", "published"];

    /// <summary>How far before a verb of saying its speaker is looked for.</summary>
    private const int MaxLookBack = 400;

    /// <summary>A speaker's phrase longer than this is a clause, not a speaker.</summary>
    private const int MaxSpeakerWords = 8;

    // Initials keep their full stops: "according to the N. Y. Daily News".
    [GeneratedRegex(@"\b[Aa]ccording to (?<speaker>(?:\b[A-Z]\.\s?|[^,.;:!?""“”()]){2,80})")]
    private static partial Regex AccordingTo();

    [GeneratedRegex(@"\b[Ii]t (?:was|has been|had been|is) (?<verb>announced|confirmed)\b|\b[Ii]t (?:was|has been|had been|is) (?<verb>reported|noted|rumou?red)\b|\b(?:is|are|was|were) (?<verb>reported) to\b|\b(?<verb>reportedly)\b")]
    private static partial Regex Impersonal();

    [GeneratedRegex(@"^(?:but|and|so|yet|though|although|while|then|also|now|later|earlier|previously)\s+", RegexOptions.IgnoreCase)]
    private static partial Regex LeadingLink();

    [GeneratedRegex(@"(?:\s+(?:has|have|had|also|again|later|then|previously|earlier|once|first|now|would|will|has\s+been|had\s+been|last\s+\w+|on\s+\w+day))+$", RegexOptions.IgnoreCase)]
    private static partial Regex TrailingAuxiliary();

    [GeneratedRegex(@"(?:\b(?:was|were|is|are|be|been|being|not|never|declined to|refused to)|n['’]t)$", RegexOptions.IgnoreCase)]
    private static partial Regex Passive();

    [GeneratedRegex(@"\b(?:who|which|that|whom|whose)\b")]
    private static partial Regex RelativeClause();

    // "said a diplomat, who requested anonymity": a described speaker who would not be named is an unnamed source.
    [GeneratedRegex(@"\b(?:requested|asked for|on condition of|speaking on condition of|granted) anonymity\b|\basked not to be (?:named|identified)\b|\bnot authori[sz]ed to (?:speak|comment|discuss)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Unnamed();

    [GeneratedRegex(@"^(?:he|she|they|him|her|we|the latter|the former)$", RegexOptions.IgnoreCase)]
    private static partial Regex Pronoun();

    [GeneratedRegex(@"\s+(?:at|in|on|during|after|before|when|while|who|according|as|to|from|of\s+the\s+\w+\s+at)\s.*$|\s+(?:on|last)\s+\w+day\b.*$")]
    private static partial Regex SpeakerTail();

    /// <summary>What the sentence attributes its content to, if anything; <paramref name="recent"/> resolves "he said".</summary>
    public static Evidence? Find(string text, IReadOnlyList<Evidence> recent)
    {
        var found = FindSpeaker(text, recent);
        return found is not null && found.Kind != "anonymous" && Unnamed().IsMatch(text)
            ? new Evidence(found.Cited, EvidenceKinds.ClassOf("anonymous"), "anonymous")
            : found;
    }

    private static Evidence? FindSpeaker(string text, IReadOnlyList<Evidence> recent)
    {
        var lists = Loaded.Value;
        if (AccordingTo().Match(text) is { Success: true } according && Speaker(according.Groups["speaker"].Value, atStart: false, recent) is { } cited)
            return cited;

        foreach (Match verb in lists.Verbs.Matches(text))
        {
            // "The Surgeon General reports to the Secretary" is who answers to whom, "insists on a policy" is a stance: not what anyone said.
            var following = text.AsSpan(verb.Index + verb.Length).TrimStart();
            if ((verb.Value is "reports" or "report" && following.StartsWith("to ", StringComparison.Ordinal))
                || (verb.Value.StartsWith("insist", StringComparison.Ordinal) && following.StartsWith("on ", StringComparison.Ordinal))) continue;
            var findings = lists.Kinds["findings"].Contains(verb.Value);
            var outletVerb = OutletVerbs.Contains(verb.Value);
            // "…, said Jane Doe, the mayor." — the speaker follows the verb after a comma or a quotation.
            // A speaker stands close to the verb: a very long sentence is read from a window before it.
            var windowStart = verb.Index > MaxLookBack ? verb.Index - MaxLookBack : 0;
            var before = text[windowStart..verb.Index].TrimEnd();
            if (before.Length == 0 || before[^1] is ',' or '"' or '”' or '’' or '\'')
            {
                var after = text[(verb.Index + verb.Length)..];
                var end = after.IndexOfAny([',', '.', ';', ':', '"', '“', '”', '(']);
                var phrase = SpeakerTail().Replace(end < 0 ? after : after[..end], "");
                if (Accept(Speaker(phrase, atStart: false, recent, findings), findings, outletVerb) is { } inverted) return inverted;
            }

            // "was reported", "is said to": a passive verb has no speaker before it; "would not say" attributes nothing.
            if (Passive().IsMatch(before)) continue;

            // "Jane Doe said …", "…, her father said." — the speaker runs back to the last comma or quotation.
            var start = before.LastIndexOfAny([',', ';', ':', '"', '“', '”', '(', ')']);
            var candidate = before[(start + 1)..];
            if (Accept(Speaker(candidate, atStart: start < 0 && windowStart == 0, recent, findings), findings, outletVerb) is { } speaker) return speaker;
            if (windowStart > 0) continue;

            // "The German Chancellor, Angela Merkel, fighting accusations …, said today": the subject opens the sentence.
            var firstComma = before.IndexOf(',');
            if (start >= 0 && firstComma > 0 && !RelativeClause().IsMatch(before[firstComma..]) && Accept(Speaker(before[..firstComma], atStart: true, recent, findings), findings, outletVerb) is { } opening) return opening;
        }

        return Impersonal().Match(text) is { Success: true } impersonal
            ? new Evidence(impersonal.Value.Trim(), EvidenceKinds.ClassOf(Kinds(impersonal.Groups["verb"].Value)), Kinds(impersonal.Groups["verb"].Value))
            : null;

        static string Kinds(string verb) => verb is "announced" or "confirmed" ? "official_statement" : "anonymous";
    }

    /// <summary>"the government again", "the ministry explicitly": an adverb closing the phrase is not the speaker; "family", "Daly" are.</summary>
    private static string WithoutTrailingAdverbs(string phrase)
    {
        while (phrase.LastIndexOf(' ') is var space and > 0)
        {
            var last = phrase[(space + 1)..];
            if (!last.EndsWith("ly", StringComparison.Ordinal) || !char.IsLower(last[0]) || English.NounLemma(last) is not null
                || Loaded.Value.Kinds.Values.Any(list => list.Contains(last))) break;
            phrase = phrase[..space].TrimEnd();
        }

        return phrase;
    }

    /// <summary>
    /// A verb of findings attributes only to a document or a report; a name with no role that
    /// "reported" or "wrote" is an outlet ("Newsday reported"), not a person's account.
    /// </summary>
    private static Evidence? Accept(Evidence? speaker, bool findings, bool outletVerb) => speaker switch
    {
        null => null,
        _ when findings => DocumentKinds.Contains(speaker.Kind) ? speaker : null,
        { Kind: "testimony", CarriedFrom: null } when outletVerb && !Loaded.Value.Kinds["testimony"].Any(w => speaker.Cited.Contains(w, StringComparison.OrdinalIgnoreCase)) =>
            new Evidence(speaker.Cited, EvidenceKinds.ClassOf("news_report"), "news_report"),
        _ => speaker,
    };

    /// <summary>The evidence a speaker's phrase stands for, or null when it is no speaker.</summary>
    /// <param name="findings">The verb reports findings ("show", "found"): "police records" are records before they are police.</param>
    private static Evidence? Speaker(string phrase, bool atStart, IReadOnlyList<Evidence> recent, bool findings = false)
    {
        // A speaker is a few words; a longer stretch is a clause, and is not worth the patterns below.
        if (phrase.Length > MaxSpeakerWords * 16) return null;
        var trimmed = WithoutTrailingAdverbs(TrailingAuxiliary().Replace(LeadingLink().Replace(phrase.Trim(), ""), "").Trim()).TrimEnd('\'', '’');
        var words = trimmed.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0 || words.Length > MaxSpeakerWords) return null;
        if (words.Any(w => w is "who" or "that" or "which" or "it" or "It" or "there" or "There" or "I" or "you" or "You" or "we" or "We")) return null;

        // "she said": the last person who spoke in the article, or else a person's own account. An outlet or a report is no "she".
        if (words.Length <= 2 && Pronoun().IsMatch(trimmed))
        {
            var antecedent = recent.LastOrDefault(e => e.Kind is "official_statement" or "testimony");
            return antecedent is null ? new Evidence(trimmed, EvidenceKinds.ClassOf("testimony"), "testimony") : antecedent with { CarriedFrom = trimmed };
        }

        var lower = words.SelectMany(w => w.Trim('.', '\'', '’').ToLowerInvariant().Split('-')).ToList();
        var joined = string.Join('_', lower);
        foreach (var kind in findings ? DocumentKinds.Concat(SpeakerKinds) : SpeakerKinds)
        {
            var list = Loaded.Value.Kinds[kind];
            if (lower.Any(list.Contains) || list.Any(p => p.Contains('_') && joined.Contains(p, StringComparison.Ordinal)))
                return new Evidence(trimmed, EvidenceKinds.ClassOf(kind), kind);
        }

        // A name with no role: a person's own account ("Jane Doe said", "…, Smith told reporters").
        // "al-Hakim", "bin Salman": a name may open with a lower-case particle.
        var named = words.Select((w, i) => (w, i)).Any(p => p.w.Any(char.IsUpper) && (p.i > 0 || !atStart || English.Frequency(p.w.ToLowerInvariant()) < 3));
        if (!named || words.Length > 4) return null;
        // "Diallo added": a person cited earlier by title ("Colonel Omar Diallo said") speaks again as what they are,
        // known by the surname: "John Brown" is not "Police Chief John Smith".
        var surname = words.LastOrDefault(w => w.Length > 2 && w.Any(char.IsUpper))?.Trim('.', '\'', '’').ToLowerInvariant();
        var earlier = surname is null || Features.IsStopWord(surname) ? null
            : recent.LastOrDefault(e => e.CarriedFrom is null && Tokens.Words(e.Cited).LastOrDefault() == surname);
        return earlier is not null ? earlier with { CarriedFrom = trimmed } : new Evidence(trimmed, EvidenceKinds.ClassOf("testimony"), "testimony");
    }

    private sealed record Lists(Regex Verbs, IReadOnlyDictionary<string, IReadOnlySet<string>> Kinds);

    private static Lists Load()
    {
        using var stream = EmbeddedData.Open("attribution.tsv");
        using var reader = new StreamReader(stream);
        var lists = new Dictionary<string, IReadOnlySet<string>>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line.StartsWith('#')) continue;
            var tab = line.IndexOf('\t');
            lists[line[..tab]] = line[(tab + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
        }

        var verbs = new Regex(@"\b(?:" + string.Join('|', lists["verbs"].Concat(lists["findings"]).Distinct().OrderByDescending(v => v.Length)) + @")\b", RegexOptions.CultureInvariant | RegexOptions.Compiled);
        return new Lists(verbs, lists);
    }
}
