namespace ReliabilityTool.Storage;

/// <summary>The database was written by a newer ReliabilityTool: this one cannot read it safely, and changes nothing in it.</summary>
public sealed class NewerDatabaseException(string path, int schema, int known)
    : Exception($"{path} was written by a newer ReliabilityTool (database schema {schema}); this ReliabilityTool {ToolVersion} reads schemas up to {known}. " +
                "Upgrade ReliabilityTool, or point --db at another file.")
{
    public int Schema { get; } = schema;
    public int Known { get; } = known;

    private static string ToolVersion =>
        typeof(NewerDatabaseException).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyInformationalVersionAttribute), false)
            .OfType<System.Reflection.AssemblyInformationalVersionAttribute>().FirstOrDefault()?.InformationalVersion.Split('+')[0] ?? "0.0.0";
}
