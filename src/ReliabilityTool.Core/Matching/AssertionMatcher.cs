using System.Text.RegularExpressions;
using ReliabilityTool.Core.Claims;
using ReliabilityTool.Core.Text;

namespace ReliabilityTool.Core.Matching;

/// <summary>A claim already in an assertion, with the features it was matched with.</summary>
internal sealed record MatchedClaim(Claim Claim, FeatureVector Vector);

/// <summary>Tuning of assertion matching.</summary>
/// <param name="Threshold">Similarity at which two claims state the same fact.</param>
/// <param name="AverageThreshold">Mean similarity two groups need before they merge, so one strong link cannot chain unrelated claims.</param>
/// <param name="MaxFeatureShare">A feature in more than this share of claims (bounded by <paramref name="MinFeatureCap"/> and <paramref name="MaxFeatureCap"/>) is too common to propose candidates.</param>
/// <param name="SameDocumentThreshold">Similarity two claims of one document need to be one assertion: sentences of one article share its topic words, so their likeness says less.</param>
/// <param name="PairFeatures">How many of a claim's least common features that are too common alone are paired to propose candidates (see <see cref="MatchIndex.PostingKeys"/>).</param>
/// <param name="CoverageThreshold">Likeness of two documents' particulars at which they cover one happening (see <see cref="Coverage"/>).</param>
/// <param name="OtherHappeningThreshold">Similarity two claims of documents that cover different happenings need to be one assertion.</param>
public sealed record MatchSettings(double Threshold = 0.17, double AverageThreshold = 0.12, double SameDocumentThreshold = 0.35, double MaxFeatureShare = 0.05, int MinFeatureCap = 12, int MaxFeatureCap = 64, int PairFeatures = 3,
    double CoverageThreshold = 0.15, double OtherHappeningThreshold = 0.35)
{
    public static MatchSettings Default { get; } = new();
}

/// <summary>
/// Groups claims that state the same fact. Each claim becomes a set of features (meaning words,
/// name keys, dates); an inverted index over the rarer features proposes candidate pairs, so
/// the work grows with the number of shared rare features, not with all pairs of claims. Pairs
/// are scored by IDF-weighted overlap and merged, strongest first, by average linkage.
/// </summary>
internal static partial class AssertionMatcher
{
    public static IReadOnlyList<IReadOnlyList<Claim>> Group(IReadOnlyList<Claim> claims, MatchSettings? settings = null) =>
        GroupWithIndex(claims, settings).Groups;

    /// <summary>
    /// The groups, with the feature vectors and index they were found with. A sentence printed
    /// word for word in several documents (a syndicated story, a wire copy), read in the same
    /// context, states one thing: it is matched once, so sixty copies neither look sixty times as common to the index nor fall
    /// apart into sixty assertions, and its copies join whatever group it joins.
    /// </summary>
    public static (IReadOnlyList<IReadOnlyList<Claim>> Groups, FeatureVector[] Vectors, MatchIndex Index) GroupWithIndex(IReadOnlyList<Claim> claims, MatchSettings? settings = null)
    {
        settings ??= MatchSettings.Default;
        var vectors = Vectors(claims);
        var (distinct, copiesOf) = Distinct(claims, vectors);
        var firsts = distinct.Select(i => claims[i]).ToList();
        var firstVectors = distinct.Select(i => vectors[i]).ToArray();
        var index = MatchIndex.Build(firstVectors, settings);
        var coverage = Coverage.Of(claims, settings);
        var links = new Links(firsts, firstVectors, firstVectors.AsParallel().AsOrdered().Select(index.Weights).ToArray(), settings, coverage);

        // Each claim is scored against the later claims it shares a rare feature with; both cores share the claims.
        var found = new List<(int, int, double)>[firsts.Count];
        Parallel.For(0, firsts.Count, () => new HashSet<int>(), (i, _, candidates) =>
        {
            candidates.Clear();
            index.Candidates(i, j => j > i, candidates);
            List<(int, int, double)>? mine = null;
            foreach (var j in candidates)
            {
                if (links.TryScore(i, j, out var s)) (mine ??= []).Add((i, j, s));
            }

            found[i] = mine!;
            return candidates;
        }, _ => { });

        var scores = new Dictionary<(int, int), double>();
        foreach (var list in found)
        {
            foreach (var (i, j, s) in list ?? []) scores[(i, j)] = s;
        }

        var groups = Cluster(firsts, links, scores, settings, []);
        var firstOf = distinct.Select((claim, at) => (claim, at)).ToDictionary(x => claims[x.claim].Id, x => x.at, StringComparer.Ordinal);
        var expanded = groups.Select(g => (IReadOnlyList<Claim>)g.SelectMany(c => copiesOf[firstOf[c.Id]].Select(i => claims[i])).ToList()).ToList();
        var sameAs = new int[claims.Count];
        for (var at = 0; at < copiesOf.Length; at++)
        {
            foreach (var c in copiesOf[at]) sameAs[c] = at;
        }

        return (expanded, vectors, index.Renumbered(distinct, sameAs));
    }

    /// <summary>
    /// The first of each set of claims with the same words read in the same context (the same
    /// feature vector: "He was arrested on Tuesday" about two different people is two claims), and
    /// for each of those, every claim like it.
    /// </summary>
    private static (int[] Distinct, List<int>[] CopiesOf) Distinct(IReadOnlyList<Claim> claims, IReadOnlyList<FeatureVector> vectors)
    {
        var first = new Dictionary<string, int>(StringComparer.Ordinal);
        var distinct = new List<int>();
        var copies = new List<List<int>>();
        for (var i = 0; i < claims.Count; i++)
        {
            var key = string.Join(' ', Tokens.Words(claims[i].Text)) + "|" + string.Join(',', vectors[i].Hashes);
            if (first.TryGetValue(key, out var at)) copies[at].Add(i);
            else
            {
                first[key] = distinct.Count;
                distinct.Add(i);
                copies.Add([i]);
            }
        }

        return (distinct.ToArray(), copies.ToArray());
    }

    /// <summary>
    /// Adds claims to assertions already found, without redoing the rest. Each added claim is
    /// scored against the members of the assertions it may belong to and against the other added
    /// claims, then merged by the same rule as a whole run. Assertions already found stay whole;
    /// two of them join only through an added claim that links them strongly enough.
    /// </summary>
    /// <param name="assertions">The assertions the added claims may join, each with its members' stored feature vectors.</param>
    /// <param name="frequency">How many claims hold each feature, the added ones included.</param>
    public static IReadOnlyList<IReadOnlyList<Claim>> Attach(
        IReadOnlyList<IReadOnlyList<MatchedClaim>> assertions,
        IReadOnlyList<Claim> added,
        IReadOnlyList<FeatureVector> addedVectors,
        Func<ulong, int> frequency,
        int claimCount,
        MatchSettings? settings = null)
    {
        settings ??= MatchSettings.Default;
        var claims = assertions.SelectMany(a => a.Select(m => m.Claim)).Concat(added).ToList();
        var vectors = assertions.SelectMany(a => a.Select(m => m.Vector)).Concat(addedVectors).ToList();
        var links = new Links(claims, vectors, vectors.Select(v => MatchIndex.WeightsOf(v, frequency, claimCount)).ToList(), settings, Coverage.Of(claims, settings));

        var scores = new Dictionary<(int, int), double>();
        for (var j = claims.Count - added.Count; j < claims.Count; j++)
        {
            for (var i = 0; i < j; i++)
            {
                if (links.TryScore(i, j, out var s)) scores[(i, j)] = s;
            }
        }

        var initial = new List<IReadOnlyList<int>>();
        var at = 0;
        foreach (var a in assertions)
        {
            initial.Add(Enumerable.Range(at, a.Count).ToList());
            at += a.Count;
        }

        return Cluster(claims, links, scores, settings, initial);
    }

    /// <summary>Each claim's features, hashed, with the context carried from the sentence before within its document.</summary>
    public static FeatureVector[] Vectors(IReadOnlyList<Claim> claims)
    {
        // Context never crosses a document, so each document's run of claims is its own piece of work.
        var runs = new List<(int Start, int End)>();
        for (var start = 0; start < claims.Count;)
        {
            var end = start + 1;
            while (end < claims.Count && claims[end].DocumentId == claims[start].DocumentId) end++;
            runs.Add((start, end));
            start = end;
        }

        var vectors = new FeatureVector[claims.Count];
        Parallel.ForEach(runs, run =>
        {
            var slice = Enumerable.Range(run.Start, run.End - run.Start).Select(i => claims[i]).ToList();
            var sets = FeatureSets(slice);
            for (var i = 0; i < slice.Count; i++) vectors[run.Start + i] = FeatureVector.Of(sets[i]);
        });
        return vectors;
    }

    /// <summary>
    /// The mean of weighted Jaccard (shared weight over all weight) and a weighted overlap
    /// coefficient (shared weight over the smaller claim's). Jaccard alone punishes a long
    /// sentence that restates a short one with context; the overlap's denominator is held to at
    /// least 40% of the larger claim so that a very short sentence cannot match everything.
    /// </summary>
    public static double Similarity(FeatureVector a, double[] weightsA, FeatureVector b, double[] weightsB)
    {
        double shared = 0, weightA = 0, weightB = 0;
        var sharesTelling = false;
        var (x, y) = (a.Hashes, b.Hashes);
        for (int i = 0, j = 0; i < x.Length || j < y.Length;)
        {
            if (j >= y.Length || (i < x.Length && x[i] < y[j])) weightA += weightsA[i++];
            else if (i >= x.Length || x[i] > y[j]) weightB += weightsB[j++];
            else
            {
                weightA += weightsA[i];
                weightB += weightsB[j];
                shared += weightsA[i];
                // Two claims that share only who they are about state different facts about that person; two that share only
                // everyday words ("happened", "hard", "remains closed") share a register, not a fact.
                sharesTelling |= FeatureVector.IsTelling(a.Kinds[i]) && FeatureVector.IsTelling(b.Kinds[j]);
                i++;
                j++;
            }
        }

        if (!sharesTelling) return 0;
        var union = weightA + weightB - shared;
        if (union <= 0) return 0;
        var overlap = shared / Math.Max(Math.Min(weightA, weightB), 0.4 * Math.Max(weightA, weightB));
        return (shared / union + overlap) / 2;
    }

    /// <summary>
    /// Words of names that say who reports a fact rather than what it is about ("Treasury
    /// Department", "Warren Commission"), months, and where someone is from: as name keys they would
    /// join unrelated claims. Days of the week stay: a day tells one event from another (on ECB+
    /// topics 1–20, taking them out cost precision 0.915 → 0.887 for recall 0.166 → 0.180).
    /// </summary>
    private static readonly HashSet<string> GenericNameWords = new[]
    {
        "bin", "department", "commission", "secretary", "state", "states", "report", "office", "court", "ministry", "council",
        "committee", "joint", "government", "agency", "force", "united", "treasury", "intelligence", "national", "federal", "district",
        "january", "february", "march", "april", "june", "july", "august", "september", "october", "november", "december",
        "sept", "aug", "nov", "oct", "dec", "jan", "feb", "us",
    }
        // Where someone is from is not who they are: "American", "Peruvians" (WordNet's demonyms, and their plurals).
        .Concat(English.Demonyms).Concat(English.Demonyms.Select(d => d + "s"))
        .Select(w => NameKey.Of(w)).ToHashSet();

    /// <summary>The words of a name that say who or what it is, by transliteration key ("Muhammad al-Tamimi" → "mhmd", "tmm").</summary>
    internal static IEnumerable<string> NameWords(Entity entity) =>
        entity.Key.Split(' ').Where(k => k.Length >= 3 && !GenericNameWords.Contains(k));

    /// <summary>The years a claim speaks of, as ranges ("1992/1996" → 1992..1996).</summary>
    internal static IReadOnlyList<(int From, int To)> Years(Claim claim) =>
        claim.Details.Dates.Select(d =>
        {
            var parts = d.Value.Split('/');
            var from = int.Parse(parts[0][..4], System.Globalization.CultureInfo.InvariantCulture);
            var to = parts.Length > 1 ? int.Parse(parts[1][..4], System.Globalization.CultureInfo.InvariantCulture) : from;
            return (from, to);
        }).ToList();

    /// <summary>
    /// Two claims that both name years, none of which overlap, speak of different events (the 1998
    /// bombings are not the 1983 one). Disagreement on the day within a year is allowed: that is a
    /// conflicting detail of one assertion, which the conflict finder reports.
    /// </summary>
    internal static bool YearsCompatible(IReadOnlyList<(int From, int To)> a, IReadOnlyList<(int From, int To)> b) =>
        a.Count == 0 || b.Count == 0 || a.Any(x => b.Any(y => x.From <= y.To && y.From <= x.To));

    /// <summary>
    /// Meaning words; each word of each name by its transliteration key (so "Mohammad al-Tamimi"
    /// meets "Al-Tamimi"); month-precision dates; and event frames, an event word paired with a name
    /// or another event ("kill+msr", "transit+hijack"), which paraphrases of one fact share.
    /// </summary>
    internal static HashSet<string> FeaturesOf(Claim claim)
    {
        var words = Features.Of(claim.Text);
        // A spelled count is matched as its value ("three" and "3" alike), not once more as a word.
        var set = new HashSet<string>(words.Where(w => !NumberText.IsNumberWord(w)));
        // Marks (weightless) which words are a person's name, so a shared name alone is not taken for a shared fact.
        foreach (var word in claim.Details.Entities.Where(e => e.Type == EntityType.Person).SelectMany(e => Features.Of(e.Text))) set.Add(FeatureKeys.Person(word));
        var names = claim.Details.Entities.SelectMany(NameWords).Distinct().ToList();
        foreach (var name in names) set.Add(FeatureKeys.Name(name));
        foreach (var date in claim.Details.Dates.Where(d => d.Value.Length >= 7)) set.Add(FeatureKeys.Date(date.Value[..7]));
        foreach (var number in claim.Details.Numbers.Where(x => x.Value >= 3)) set.Add(FeatureKeys.Count(number.Value));

        var events = words.Where(Features.IsEvent).Distinct().Order(StringComparer.Ordinal).ToList();
        foreach (var e in events)
        {
            foreach (var name in names) set.Add(Frame(e, name));
            foreach (var other in events.Where(o => string.CompareOrdinal(o, e) > 0)) set.Add(Frame(e, other));
        }

        return set;
    }

    /// <summary>An event paired with a name ("kill+msr"), or two events in alphabetical order ("hijack+transit"), so every claim spells a frame alike.</summary>
    private static string Frame(string @event, string other) =>
        !Features.IsEvent(other) || string.CompareOrdinal(@event, other) < 0 ? FeatureKeys.Frame(@event, other) : FeatureKeys.Frame(other, @event);

    /// <summary>The features of claims in document order, as words (for tests and explanations); <see cref="Vectors"/> hashes them.</summary>
    internal static IReadOnlyList<HashSet<string>> FeatureSets(IReadOnlyList<Claim> claims)
    {
        var features = claims.Select(FeaturesOf).ToList();
        InheritContext(claims, features);
        return features;
    }

    /// <summary>
    /// Context a reader carries from the sentence before, within one document. "The rebels
    /// crossed the border" means the Kivu rebels when the sentence before spoke of them, so a
    /// claim naming an event class but no named event takes the earlier claim's named events. "He
    /// travelled to Lyon" is about the person the sentence before named, so a claim that speaks
    /// through a personal pronoun takes the earlier claim's names.
    /// </summary>
    private static void InheritContext(IReadOnlyList<Claim> claims, IReadOnlyList<HashSet<string>> features)
    {
        for (var i = 1; i < claims.Count; i++)
        {
            if (claims[i - 1].DocumentId != claims[i].DocumentId || claims[i].Start - claims[i - 1].End > MaxContextGap) continue;
            var (earlier, current) = (features[i - 1], features[i]);
            var events = current.Where(f => Features.IsEvent(f) && !Features.IsNamedEvent(f)).ToList();
            var inherited = new List<string>();
            if (events.Count > 0 && !current.Any(Features.IsNamedEvent)) inherited.AddRange(earlier.Where(Features.IsNamedEvent));
            if (Pronoun().IsMatch(claims[i].Text)) inherited.AddRange(earlier.Where(FeatureKeys.IsName).Select(FeatureKeys.KeyOf));
            foreach (var anchor in inherited)
            {
                current.Add(Features.IsNamedEvent(anchor) ? anchor : FeatureKeys.Name(anchor));
                foreach (var e in events.Where(e => e != anchor)) current.Add(Frame(e, anchor));
            }
        }
    }

    [GeneratedRegex(@"\b(?:he|she|him|his|her)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Pronoun();

    /// <summary>Characters between two claims beyond which the earlier one is no longer the later one's context.</summary>
    private const int MaxContextGap = 400;

    /// <summary>
    /// Merges pairs strongest first. Each group keeps the summed scores of its links to its
    /// neighbours, so the average linkage of two groups is one lookup however large they grow.
    /// Two groups never merge when members of theirs could not link (years that never overlap,
    /// two disagreements among day, count, place and person), or when two of their sentences of
    /// one document neither are alike enough nor restate one fact; those checks look only at the
    /// members with dates or particulars and at the documents both groups hold.
    /// </summary>
    /// <param name="initial">Groups that start whole: assertions already found, when claims are added to them.</param>
    private static IReadOnlyList<IReadOnlyList<Claim>> Cluster(
        IReadOnlyList<Claim> claims, Links links, Dictionary<(int, int), double> scores, MatchSettings settings,
        IReadOnlyList<IReadOnlyList<int>> initial)
    {
        var cluster = Enumerable.Range(0, claims.Count).ToArray();
        var groups = new Dictionary<int, Draft>();
        Draft GroupOf(int c)
        {
            if (!groups.TryGetValue(c, out var g)) groups[c] = g = new Draft(c, claims[c].DocumentId, links.Years[c].Count > 0, links.HasParticulars(c));
            return g;
        }

        foreach (var ((i, j), s) in scores)
        {
            GroupOf(i).Links[j] = s;
            GroupOf(j).Links[i] = s;
        }

        foreach (var members in initial)
        {
            var whole = GroupOf(members[0]);
            foreach (var m in members.Skip(1))
            {
                cluster[m] = whole.Id;
                whole.Absorb(GroupOf(m), groups);
            }
        }

        double Score(int i, int j) => scores.GetValueOrDefault(i < j ? (i, j) : (j, i));
        bool Compatible(Draft a, Draft b)
        {
            foreach (var x in a.Dated)
            {
                foreach (var y in b.Dated)
                {
                    if (!YearsCompatible(links.Years[x], links.Years[y])) return false;
                }
            }

            // What no two claims may link for (two disagreements among day, count, place and person), no two groups may merge for.
            foreach (var x in a.Particular)
            {
                foreach (var y in b.Particular)
                {
                    if (links.Disagree(x, y)) return false;
                }
            }

            foreach (var (document, inA) in a.ByDocument)
            {
                if (!b.ByDocument.TryGetValue(document, out var inB)) continue;
                if (inA.Any(x => inB.Any(y => Score(x, y) < settings.SameDocumentThreshold && !links.Restates(x, y)))) return false;
            }

            return true;
        }

        foreach (var ((i, j), s) in scores.Where(p => p.Value >= settings.Threshold).OrderByDescending(p => p.Value).ThenBy(p => p.Key))
        {
            var (a, b) = (groups[cluster[i]], groups[cluster[j]]);
            if (a == b) continue;
            var average = a.Links.GetValueOrDefault(b.Id) / ((double)a.Members.Count * b.Members.Count);
            if (average < settings.AverageThreshold || !Compatible(a, b)) continue;
            if (a.Members.Count < b.Members.Count) (a, b) = (b, a);
            foreach (var m in b.Members) cluster[m] = a.Id;
            a.Absorb(b, groups);
        }

        return Enumerable.Range(0, claims.Count).GroupBy(i => cluster[i]).Select(g => (IReadOnlyList<Claim>)g.Select(i => claims[i]).ToList()).ToList();
    }

    /// <summary>
    /// Scores a pair of claims for grouping, by one rule for a whole run and for added claims:
    /// claims of years that never overlap, or that disagree on two of day, count, place and
    /// person, are different events whatever their wording; claims of documents on different
    /// happenings (<see cref="Coverage"/>) link only when they all but repeat each other; the
    /// rest link when similar enough to count.
    /// </summary>
    private sealed class Links(IReadOnlyList<Claim> claims, IReadOnlyList<FeatureVector> vectors, IReadOnlyList<double[]> weights, MatchSettings settings, Coverage coverage)
    {
        private readonly List<Particulars> _particulars = claims.Select(Particulars.Of).ToList();

        // Looked up once a claim, not once a scored pair.
        private readonly int[] _happening = claims.Select(c => coverage.GroupOf(c.DocumentId)).ToArray();

        public List<IReadOnlyList<(int From, int To)>> Years { get; } = claims.Select(AssertionMatcher.Years).ToList();

        /// <summary>The claim pins its event down by at least one of day, count, place and person.</summary>
        public bool HasParticulars(int i) => _particulars[i] is var p && (p.When.Count > 0 || p.Counts.Count > 0 || p.Places.Count > 0 || p.People.Count > 0);

        /// <summary>Two claims disagree on two of day, count, place and person: different events.</summary>
        public bool Disagree(int i, int j) => Particulars.Disagreements(_particulars[i], _particulars[j]) >= 2;

        /// <summary>Two claims of one document restate one fact: see <see cref="Particulars.Restate"/>.</summary>
        public bool Restates(int i, int j) => Particulars.Restate(_particulars[i], _particulars[j]);

        public bool TryScore(int i, int j, out double score)
        {
            score = 0;
            if (!YearsCompatible(Years[i], Years[j]) || Disagree(i, j)) return false;
            score = Similarity(vectors[i], weights[i], vectors[j], weights[j]);
            if (score < settings.Threshold && Particulars.SameHappeningSameCount(_particulars[i], _particulars[j])) score = settings.Threshold;
            // Sentences of documents that cover different happenings are different assertions unless they all but repeat each other.
            if (score < settings.OtherHappeningThreshold && Coverage.Other(_happening[i], _happening[j])) score = 0;
            return score >= settings.AverageThreshold;
        }
    }

    /// <summary>A group of claims being built: its members, and the summed scores of its links to other groups.</summary>
    private sealed class Draft(int id, string document, bool dated, bool particular)
    {
        public int Id { get; } = id;
        public List<int> Members { get; } = [id];
        public List<int> Dated { get; } = dated ? [id] : [];
        public List<int> Particular { get; } = particular ? [id] : [];
        public Dictionary<string, List<int>> ByDocument { get; } = new() { [document] = [id] };
        public Dictionary<int, double> Links { get; } = [];

        public void Absorb(Draft other, Dictionary<int, Draft> groups)
        {
            Members.AddRange(other.Members);
            Dated.AddRange(other.Dated);
            Particular.AddRange(other.Particular);
            foreach (var (document, members) in other.ByDocument)
            {
                if (ByDocument.TryGetValue(document, out var mine)) mine.AddRange(members);
                else ByDocument[document] = members;
            }

            foreach (var (neighbour, weight) in other.Links)
            {
                if (neighbour == Id) continue;
                Links[neighbour] = Links.GetValueOrDefault(neighbour) + weight;
                var theirs = groups[neighbour].Links;
                theirs.Remove(other.Id);
                theirs[Id] = theirs.GetValueOrDefault(Id) + weight;
            }

            Links.Remove(other.Id);
            groups.Remove(other.Id);
        }
    }
}
