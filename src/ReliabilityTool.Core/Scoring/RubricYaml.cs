using System.Globalization;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using ReliabilityTool.Core.Claims;
using ReliabilityTool.Core.Configuration;
using ReliabilityTool.Core.Matching;
using ReliabilityTool.Core.Reporting;
using ReliabilityTool.Core.Sources;
using YamlDotNet.RepresentationModel;

namespace ReliabilityTool.Core.Scoring;

/// <summary>
/// Reads and validates a rubric file. Configuration is strict: any doubt fails at load time with
/// file:line:column, before any scoring happens.
/// </summary>
public static class RubricYaml
{
    private const double MaxPoints = 100;

    private static readonly Lazy<Rubric> BuiltIn = new(() =>
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("default.yaml")
                           ?? throw new InvalidOperationException("The built-in default rubric is missing from the assembly.");
        using var reader = new StreamReader(stream);
        return Parse("rubrics/default.yaml (built in)", reader.ReadToEnd());
    });

    /// <summary>The shipped default rubric, compiled in, for commands run without a rubric file.</summary>
    public static Rubric Default => BuiltIn.Value;

    /// <summary>
    /// Reads and checks the whole file before refusing it: every error is reported, each at its line
    /// and column (a YAML syntax error, after which nothing can be read, stops at once).
    /// </summary>
    public static Rubric Parse(string file, string text)
    {
        var errors = new ConfigurationErrors();
        var root = YamlConfig.Parse(file, text).Root;
        errors.Check(() => root.Allow(
            "name", "description", "base", "partisanship", "independence", "corroboration", "primary_documents", "penalties", "grades", "admiralty", "lexicons", "report"));

        var name = errors.Read(() => root.RequiredString("name"), "");
        var grades = errors.Read(() => Grades(root, errors), []);
        var admiralty = errors.Read(() => Admiralty(root.OptionalMap("admiralty")), null);
        if (admiralty is not null)
        {
            foreach (var band in grades.Where(b => b.Label is not ("1" or "2" or "3" or "4" or "5" or "6")))
                errors.Check(() => throw ConfigurationException.NotAdmiraltyGrade(file, band.Line, band.Label));
        }

        var rubric = new Rubric(
            name,
            file,
            Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text))),
            errors.Read(() => root.OptionalString("description") ?? "", ""),
            errors.Read(() => Partisanship(root.OptionalMap("partisanship")), PartisanshipRules.Default),
            errors.Read(() => Independence(root.OptionalMap("independence")), IndependenceRules.Default),
            errors.Read(() => NotNegative(root, "base", 0, "base is where every score starts, so it must be between 0 and 100 (e.g. 20)"), 0),
            errors.Read(() => Corroboration(root, errors), []),
            errors.Read(() => PrimaryDocuments(root.OptionalMap("primary_documents"), errors), new PrimaryDocumentRules(new Dictionary<string, double>(), 0.5, 0, null, [])),
            errors.Read(() => Penalties(root.OptionalMap("penalties"), errors), new Penalties(0, 0, 0, 0, 0)),
            grades,
            admiralty,
            errors.Read(() => Lexicons(root.OptionalMap("lexicons")), Lexicon.Default),
            errors.Read(() => Report(root.OptionalMap("report")), ReportRules.Default));
        errors.ThrowIfAny();
        return rubric;
    }

    /// <summary>A weight that adds points: a negative one would turn what the section rewards into a penalty, so it is refused with the rule.</summary>
    private static double NotNegative(YamlConfig.Map map, string key, double fallback, string rule)
    {
        var value = map.Number(key, fallback, -MaxPoints, MaxPoints);
        if (value >= 0) return value;
        var (line, column) = map.PositionOf(key);
        throw ConfigurationException.OutOfRange(map.File, line, column, key, value.ToString(CultureInfo.InvariantCulture), rule);
    }

    private static PartisanshipRules Partisanship(YamlConfig.Map? map)
    {
        if (map is null) return PartisanshipRules.Default;
        map.Allow("story_parties", "state_ownership", "state_alignment", "advocacy", "interested_funding", "undisclosed_funding", "relies_on_party", "unknown_provenance");
        var d = PartisanshipRules.Default;
        var unknown = map.Choice("unknown_provenance", "partisan", "partisan", "not_partisan");
        return new PartisanshipRules(
            map.Has("story_parties") ? map.ScalarList("story_parties").Select(s => s.Value).ToList() : d.StoryParties,
            map.Boolean("state_ownership", d.StateOwnership),
            map.Boolean("state_alignment", d.StateAlignment),
            map.Boolean("advocacy", d.Advocacy),
            map.Boolean("interested_funding", d.InterestedFunding),
            map.Boolean("undisclosed_funding", d.UndisclosedFunding),
            unknown == "partisan" ? UnknownProvenance.Partisan : UnknownProvenance.NotPartisan)
        {
            ReliesOnParty = map.Boolean("relies_on_party", d.ReliesOnParty),
        };
    }

    private static ReportRules Report(YamlConfig.Map? map)
    {
        if (map is null) return ReportRules.Default;
        map.Allow("headline");
        return new ReportRules(map.WholeNumber("headline", ReportRules.Default.Headline, 1, ReportLimits.ListedAssertions));
    }

    private static IndependenceRules Independence(YamlConfig.Map? map)
    {
        if (map is null) return IndependenceRules.Default;
        map.Allow("same_owner_group", "same_author", "copied_passage", "same_wire");
        return new IndependenceRules(map.Boolean("same_owner_group", true), map.Boolean("same_author", true), map.Boolean("copied_passage", true), map.Boolean("same_wire", true));
    }

    private static IReadOnlyList<CorroborationStep> Corroboration(YamlConfig.Map root, ConfigurationErrors errors)
    {
        var map = root.OptionalMap("corroboration");
        if (map is null) return [new CorroborationStep(1, 0)];
        var steps = new List<CorroborationStep>();
        var unread = false;
        foreach (var (key, line, column, value) in map.Entries())
        {
            unread |= !errors.Read(() =>
            {
                if (!int.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out var groups) || groups < 1)
                    throw ConfigurationException.NotGroupCount(map.File, line, column, key);
                steps.Add(new CorroborationStep(groups, PointsOf(map.File, key, value, "corroboration earns points, so each step's points must be 0 or more (e.g. '2: 20')")));
                return true;
            }, false);
        }

        // A step that could not be read may be the one-group step: saying it is missing would be a false alarm.
        if (!unread && steps.All(s => s.Groups != 1))
        {
            var (line, column) = root.KeyPositionOf("corroboration");
            throw ConfigurationException.NoOneGroupStep(map.File, line, column);
        }

        return steps.OrderBy(s => s.Groups).ToList();
    }

    private static PrimaryDocumentRules PrimaryDocuments(YamlConfig.Map? map, ConfigurationErrors errors)
    {
        if (map is null) return new PrimaryDocumentRules(new Dictionary<string, double>(), 0.5, 0, null, []);
        map.Allow("points", "unverified_factor", "secondary_points", "cap_without_primary", "verified");
        var points = new Dictionary<string, double>();
        if (map.OptionalMap("points") is { } pointMap)
        {
            foreach (var (key, line, column, value) in pointMap.Entries())
            {
                errors.Check(() =>
                {
                    if (!EvidenceKinds.All.TryGetValue(key, out var evidenceClass))
                        throw ConfigurationException.UnknownValue(pointMap.File, line, column, "primary_documents.points", key, PrimaryKinds());
                    if (evidenceClass != EvidenceClass.Primary)
                        throw ConfigurationException.NotPrimaryKind(pointMap.File, line, column, key, evidenceClass.ToString().ToLowerInvariant());
                    points[key] = PointsOf(pointMap.File, key, value, "a primary document adds points, so its points must be 0 or more (e.g. 'court_ruling: 35')");
                });
            }
        }

        var verified = map.MapList("verified").Select(v =>
        {
            v.Allow("cited", "kind", "basis");
            var kind = v.RequiredString("kind");
            if (!EvidenceKinds.All.ContainsKey(kind))
            {
                var (line, column) = v.PositionOf("kind");
                throw ConfigurationException.UnknownValue(v.File, line, column, "kind", kind, EvidenceKinds.All.Keys);
            }

            return new VerifiedCitation(v.RequiredString("cited"), kind, v.RequiredString("basis"));
        }).ToList();

        var cap = errors.Read(() => map.OptionalNumber("cap_without_primary") is null ? (double?)null : map.Number("cap_without_primary", 0, 0, 100), null);
        return new PrimaryDocumentRules(
            points,
            errors.Read(() => map.Number("unverified_factor", 0.5, 0, 1), 0.5),
            errors.Read(() => NotNegative(map, "secondary_points", 0, "citing a secondary source adds points, so 'secondary_points' must be 0 or more (e.g. 5)"), 0),
            cap,
            verified);
    }

    private static Penalties Penalties(YamlConfig.Map? map, ConfigurationErrors errors)
    {
        if (map is null) return new Penalties(0, 0, 0, 0, 0);
        map.Allow("hedged", "anonymous_only", "conflicting_details", "single_partisan_source", "copied");
        double Penalty(string key)
        {
            var value = map.Number(key, 0, -MaxPoints, MaxPoints);
            if (value > 0)
            {
                var (line, column) = map.PositionOf(key);
                throw ConfigurationException.OutOfRange(map.File, line, column, key, value.ToString(CultureInfo.InvariantCulture), "a penalty takes points away, so it must be 0 or negative (e.g. -10)");
            }

            return value;
        }

        double Checked(string key) => errors.Read(() => Penalty(key), 0);
        return new Penalties(Checked("hedged"), Checked("anonymous_only"), Checked("conflicting_details"), Checked("single_partisan_source"), Checked("copied"));
    }

    /// <summary>Bands must cover 0 to 100 exactly once: a gap leaves scores ungraded, an overlap grades them twice.</summary>
    private static IReadOnlyList<GradeBand> Grades(YamlConfig.Map root, ConfigurationErrors errors)
    {
        var items = root.MapList("grades");
        if (items.Count == 0)
        {
            var (line, column) = root.KeyPositionOf("grades");
            throw ConfigurationException.NoGrades(root.File, line, column);
        }

        var bands = items.Select(b => errors.Read(() =>
        {
            b.Allow("label", "min", "max");
            var min = b.Number("min", 0, 0, 100);
            var max = b.Number("max", 100, 0, 100);
            if (max <= min)
            {
                var (line, column) = b.PositionOf("max");
                throw ConfigurationException.OutOfRange(b.File, line, column, "max", max.ToString(CultureInfo.InvariantCulture), $"it must be above min ({min.ToString(CultureInfo.InvariantCulture)})");
            }

            return new GradeBand(min, max, b.RequiredString("label"), b.Line);
        }, null)).OfType<GradeBand>().OrderBy(b => b.Min).ToList();
        // A band that could not be read would make every coverage check below a false alarm.
        if (bands.Count < items.Count) return bands.OrderByDescending(b => b.Min).ToList();

        if (bands[0].Min > 0)
            throw ConfigurationException.GradeGap(root.File, bands[0].Line, 0, bands[0].Min, "Lower the bottom band's min to 0");
        for (var i = 1; i < bands.Count; i++)
        {
            var (previous, band) = (bands[i - 1], bands[i]);
            if (band.Min < previous.Max)
                throw ConfigurationException.GradeOverlap(root.File, band, previous);
            if (band.Min > previous.Max)
                throw ConfigurationException.GradeGap(root.File, band.Line, previous.Max, band.Min, $"Make '{band.Label}' start at {previous.Max.ToString(CultureInfo.InvariantCulture)}");
        }

        if (bands[^1].Max < 100)
            throw ConfigurationException.GradeGap(root.File, bands[^1].Line, bands[^1].Max, 100, "Raise the top band's max to 100");
        return bands.OrderByDescending(b => b.Min).ToList();
    }

    private static AdmiraltyRules? Admiralty(YamlConfig.Map? map)
    {
        if (map is null) return null;
        map.Allow("partisan", "not_partisan", "unknown", "confirmed_needs_groups");
        string Letter(string key, string fallback) => map.Choice(key, fallback, "A", "B", "C", "D", "E", "F");
        return new AdmiraltyRules(Letter("partisan", "D"), Letter("not_partisan", "C"), Letter("unknown", "F"), (int)map.Number("confirmed_needs_groups", 2, 1, 100));
    }

    private static Lexicon Lexicons(YamlConfig.Map? map)
    {
        if (map is null) return Lexicon.Default;
        map.Allow("hedges", "evidence_cues", "opinion_cues", "recommendation_cues");
        var cues = map.MapList("evidence_cues").Select(c =>
        {
            c.Allow("pattern", "kind", "refers_back");
            var pattern = c.RequiredString("pattern");
            var kind = c.RequiredString("kind");
            if (!EvidenceKinds.All.ContainsKey(kind))
            {
                var (line, column) = c.PositionOf("kind");
                throw ConfigurationException.UnknownValue(c.File, line, column, "kind", kind, EvidenceKinds.All.Keys);
            }

            try
            {
                _ = new Regex(pattern);
            }
            catch (ArgumentException e)
            {
                var (line, column) = c.PositionOf("pattern");
                throw ConfigurationException.BadPattern(c.File, line, column, e.Message);
            }

            return new EvidenceCue(pattern, kind, c.Boolean("refers_back", false));
        }).ToList();

        return Lexicon.Default.Extend(
            map.ScalarList("hedges").Select(s => s.Value),
            cues,
            map.ScalarList("opinion_cues").Select(s => s.Value),
            map.ScalarList("recommendation_cues").Select(s => s.Value));
    }

    /// <param name="rule">Why the points cannot be negative, said when they are.</param>
    private static double PointsOf(string file, string key, YamlNode value, string rule)
    {
        var text = value is YamlScalarNode s ? s.Value : null;
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var points))
            throw ConfigurationException.WrongType(file, (int)value.Start.Line, (int)value.Start.Column, key, "a number of points (for example 20)", text is null ? "a list or mapping" : $"'{text}'");
        if (points < -MaxPoints || points > MaxPoints)
            throw ConfigurationException.OutOfRange(file, (int)value.Start.Line, (int)value.Start.Column, key, text!, "points must be between -100 and 100");
        if (points < 0)
            throw ConfigurationException.OutOfRange(file, (int)value.Start.Line, (int)value.Start.Column, key, text!, rule);
        return points;
    }

    private static IEnumerable<string> PrimaryKinds() => EvidenceKinds.All.Where(k => k.Value == EvidenceClass.Primary).Select(k => k.Key);
}
