using ReliabilityTool.Core.Matching;

namespace ReliabilityTool.Core.Scoring;

/// <summary>One assertion whose grade or flags differ between two rubrics, with the terms that moved.</summary>
public sealed record RubricChange(
    string AssertionId,
    string Summary,
    string? GradeBefore,
    string? GradeAfter,
    double? ScoreBefore,
    double? ScoreAfter,
    IReadOnlyList<string> FlagsAdded,
    IReadOnlyList<string> FlagsRemoved,
    IReadOnlyList<TermChange> Terms);

public sealed record TermChange(string Term, double Before, double After, string Why);

/// <summary>The editor's loop: what changes when the rubric changes, and which terms change it.</summary>
public static class RubricDiff
{
    /// <summary>
    /// When the two rubrics name their grades differently ("partly supported" vs "credible"),
    /// grades are compared by band rank (top band, second band …), or every assertion would "change".
    /// </summary>
    public static bool ComparesByRank(Assessment before, Assessment after) =>
        !before.Rubric.Grades.Select(g => g.Label).ToHashSet().SetEquals(after.Rubric.Grades.Select(g => g.Label));

    public static IReadOnlyList<RubricChange> Compare(Assessment before, Assessment after)
    {
        var byRank = ComparesByRank(before, after);
        // Ranks count from the bottom band, so rubrics with different numbers of bands still line up at "unsupported".
        static Dictionary<GradeBand, string> RanksOf(Rubric rubric) =>
            rubric.Grades.Select((band, i) => (band, i)).ToDictionary(x => x.band, x => (rubric.Grades.Count - 1 - x.i).ToString(System.Globalization.CultureInfo.InvariantCulture));
        var (ranksBefore, ranksAfter) = (RanksOf(before.Rubric), RanksOf(after.Rubric));
        string Key(ScoreCard card, Dictionary<GradeBand, string> ranks) => byRank ? ranks[card.Band] : card.Grade;

        var changes = new List<RubricChange>();
        // A rescored archive's two sides share one analysis, whose assertions are already in id order: they serve as they are.
        var assertions = ReferenceEquals(before.Analysis.Assertions, after.Analysis.Assertions) && InIdOrder(before.Analysis.Assertions)
            ? before.Analysis.Assertions
            : before.Analysis.Assertions.Concat(after.Analysis.Assertions).DistinctBy(a => a.Id).OrderBy(a => a.Id, StringComparer.Ordinal).ToList();
        foreach (var assertion in assertions)
        {
            var id = assertion.Id;
            before.Cards.TryGetValue(id, out var a);
            after.Cards.TryGetValue(id, out var b);
            // Most of an archive's assertions keep their grade and flags: those are passed over without making anything.
            if (a is not null && b is not null && Key(a, ranksBefore) == Key(b, ranksAfter) && SameFlags(a, b)) continue;

            var flagsA = a?.FlagNames ?? [];
            var flagsB = b?.FlagNames ?? [];
            changes.Add(new RubricChange(id, assertion.Summary, a?.Grade, b?.Grade, a?.Score, b?.Score,
                flagsB.Except(flagsA).ToList(), flagsA.Except(flagsB).ToList(), Terms(a, b)));
        }

        return changes;
    }

    private static bool InIdOrder(IReadOnlyList<Assertion> assertions)
    {
        for (var i = 1; i < assertions.Count; i++)
        {
            if (string.CompareOrdinal(assertions[i - 1].Id, assertions[i].Id) >= 0) return false;
        }

        return true;
    }

    private static bool SameFlags(ScoreCard a, ScoreCard b)
    {
        if (a.Flags.Count != b.Flags.Count) return false;
        for (var i = 0; i < a.Flags.Count; i++)
        {
            if (a.Flags[i].Flag != b.Flags[i].Flag) return false;
        }

        return true;
    }

    /// <summary>
    /// The changes a fact-checker looks at first when there are too many to read: those that gain or
    /// lose the single-partisan-source flag, then the largest moves in score, then by id.
    /// </summary>
    public static IEnumerable<RubricChange> MostConsequential(IEnumerable<RubricChange> changes) =>
        changes.OrderByDescending(c => c.FlagsAdded.Concat(c.FlagsRemoved).Contains(Flags.SinglePartisanSource))
            .ThenByDescending(c => Math.Abs((c.ScoreAfter ?? 0) - (c.ScoreBefore ?? 0)))
            .ThenBy(c => c.AssertionId, StringComparer.Ordinal);

    private static IReadOnlyList<TermChange> Terms(ScoreCard? a, ScoreCard? b)
    {
        if (a is null || b is null) return [];
        var terms = a.Breakdown.Select(l => l.Term).Union(b.Breakdown.Select(l => l.Term));
        var changed = new List<TermChange>();
        foreach (var term in terms)
        {
            var before = a.Breakdown.Where(l => l.Term == term).Sum(l => l.Points);
            var after = b.Breakdown.Where(l => l.Term == term).Sum(l => l.Points);
            if (Math.Abs(before - after) < 0.05) continue;
            var why = b.Breakdown.FirstOrDefault(l => l.Term == term)?.Why ?? a.Breakdown.First(l => l.Term == term).Why;
            changed.Add(new TermChange(term, before, after, why));
        }

        return changed;
    }
}
