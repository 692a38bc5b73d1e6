namespace ReliabilityTool.Core.Configuration;

/// <summary>
/// A configuration file (a rubric, <c>sources.yaml</c>) that cannot be used. The message always
/// names the file, and the line and column where there is one, and says how to fix it.
/// </summary>
public sealed class ConfigurationException : Exception
{
    public ConfigurationException(string file, int line, int column, string problem)
        : base(line > 0 ? $"{file}:{line}:{column}: {problem}" : $"{file}: {problem}")
    {
        File = file;
        Line = line;
        Column = column;
        Problem = problem;
        All = [this];
    }

    private ConfigurationException(IReadOnlyList<ConfigurationException> all)
        : base(string.Join("\n", all.Select(e => e.Message)) + $"\n{all[0].File}: {all.Count} errors; fix them all, then run again.")
    {
        (File, Line, Column, Problem) = (all[0].File, all[0].Line, all[0].Column, all[0].Problem);
        All = all;
    }

    /// <summary>Every error found in the file, in its order (one, unless <see cref="Several"/> made this).</summary>
    public IReadOnlyList<ConfigurationException> All { get; }

    internal static ConfigurationException Several(IReadOnlyList<ConfigurationException> all) => new(all);

    public string File { get; }
    public int Line { get; }
    public int Column { get; }
    public string Problem { get; }

    /// <summary>An application setting (appsettings.json or the environment) with a value it cannot take.</summary>
    public static ConfigurationException BadSetting(string setting, string value, string rule) =>
        new(setting, 0, 0, $"is '{value}'; it must be {rule}.");

    /// <summary>A configuration file named on the command line that is not there.</summary>
    public static ConfigurationException FileMissing(string file, string what, string todo) =>
        new(file, 0, 0, $"no such {what}. {todo}");

    internal static ConfigurationException Syntax(string file, int line, int column, string detail) =>
        new(file, line, column, $"invalid YAML: {detail}. Check the indentation and quoting on this line.");

    internal static ConfigurationException UnknownKey(string file, int line, int column, string key, string section, IEnumerable<string> allowed)
    {
        var known = allowed.ToList();
        return new(file, line, column, $"unknown key '{key}' in {section}.{DidYouMean(key, known)} Allowed keys: {string.Join(", ", known)}.");
    }

    internal static ConfigurationException MissingKey(string file, int line, int column, string key, string section) =>
        new(file, line, column, $"{section} is missing the required key '{key}'. Add '{key}: …' here.");

    internal static ConfigurationException WrongType(string file, int line, int column, string key, string expected, string actual) =>
        new(file, line, column, $"'{key}' must be {expected}, not {actual}.");

    internal static ConfigurationException OutOfRange(string file, int line, int column, string key, string value, string rule) =>
        new(file, line, column, $"'{key}' is {value}; {rule}.");

    internal static ConfigurationException UnknownValue(string file, int line, int column, string key, string value, IEnumerable<string> allowed)
    {
        var known = allowed.ToList();
        return new(file, line, column, $"'{value}' is not a known value for '{key}'.{DidYouMean(value, known)} Known values: {string.Join(", ", known)}.");
    }

    private static string DidYouMean(string typed, IReadOnlyList<string> known) =>
        Suggest.Closest(typed, known) is { } suggestion ? $" Did you mean '{suggestion}'?" : "";

    internal static ConfigurationException NotAMapping(string file, int line, int column) =>
        new(file, line, column, "the file must be a YAML mapping of keys to values (see the comments in the shipped file for the layout).");

    internal static ConfigurationException KeyNotAWord(string file, int line, int column, string section) =>
        new(file, line, column, $"keys in {section} must be plain words.");

    internal static ConfigurationException KeyTwice(string file, int line, int column, string key, string section) =>
        new(file, line, column, $"'{key}' appears twice in {section}; keep one.");

    internal static ConfigurationException IdTwice(string file, int line, int column, string id, string section) =>
        new(file, line, column, $"id '{id}' is used twice in {section}; ids must be unique.");

    internal static ConfigurationException DocumentTwice(string file, int line, int column, string documentId) =>
        new(file, line, column, $"document '{documentId}' is described twice; merge the two entries into one.");

    internal static ConfigurationException NoSuchDocument(string file, int line, int column, string documentId) =>
        new(file, line, column, $"document '{documentId}' is described here but no such article is being ingested. " +
                                "Fix the id (the article's file name without extension) or remove the entry.");

    internal static ConfigurationException NoGrades(string file, int line, int column) =>
        new(file, line, column, "a rubric needs 'grades': a list of bands like '- { label: well supported, min: 70, max: 100 }' covering 0 to 100.");

    internal static ConfigurationException GradeGap(string file, int line, double from, double to, string todo) =>
        new(file, line, 5, $"grade bands leave a gap: no band covers scores from {Number(from)} to {Number(to)}. {todo}.");

    internal static ConfigurationException GradeOverlap(string file, Scoring.GradeBand band, Scoring.GradeBand previous) =>
        new(file, band.Line, 5, $"grade bands overlap: '{band.Label}' starts at {Number(band.Min)} but '{previous.Label}' runs to {Number(previous.Max)}. Make one band's max the next band's min.");

    internal static ConfigurationException NotAdmiraltyGrade(string file, int line, string label) =>
        new(file, line, 5, $"with 'admiralty' grading, each grade label is an information-credibility digit 1 to 6, not '{label}'.");

    internal static ConfigurationException NotGroupCount(string file, int line, int column, string key) =>
        new(file, line, column, $"'{key}' is not a number of independent groups; corroboration keys are whole numbers from 1 (e.g. '1: 0', '2: 20').");

    internal static ConfigurationException NoOneGroupStep(string file, int line, int column) =>
        new(file, line, column, "corroboration must say what one independent group earns: add '1: 0' (or the points you want).");

    internal static ConfigurationException NotPrimaryKind(string file, int line, int column, string kind, string evidenceClass) =>
        new(file, line, column, $"'{kind}' is a {evidenceClass} source, not a primary document; give secondary sources their points with 'secondary_points'.");

    internal static ConfigurationException BadPattern(string file, int line, int column, string why) =>
        new(file, line, column, $"'pattern' is not a valid regular expression: {why}");

    private static string Number(double value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
