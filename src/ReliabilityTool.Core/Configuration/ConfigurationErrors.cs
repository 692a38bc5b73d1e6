namespace ReliabilityTool.Core.Configuration;

/// <summary>
/// Collects the errors of one configuration file so that an editor sees them all at once, each at
/// its own line and column, instead of fixing one, running again and meeting the next.
/// </summary>
internal sealed class ConfigurationErrors
{
    private readonly List<ConfigurationException> _found = [];

    /// <summary>Reads one part; on an error, records it and goes on with the fallback so the rest is still checked.</summary>
    public T Read<T>(Func<T> read, T fallback)
    {
        try
        {
            return read();
        }
        catch (ConfigurationException e)
        {
            _found.Add(e);
            return fallback;
        }
    }

    public void Check(Action check) => Read(() => { check(); return 0; }, 0);

    public bool Any => _found.Count > 0;

    /// <summary>Throws the one error found, or all of them together, in the order of the file.</summary>
    public void ThrowIfAny()
    {
        if (_found.Count == 0) return;
        var ordered = _found.OrderBy(e => e.Line).ThenBy(e => e.Column).DistinctBy(e => e.Message).ToList();
        throw ordered.Count == 1 ? ordered[0] : ConfigurationException.Several(ordered);
    }
}
