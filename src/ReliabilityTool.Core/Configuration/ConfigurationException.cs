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

    internal static ConfigurationException Invalid(string file, int line, int column, string problem) =>
        new(file, line, column, problem);
}
