namespace ReliabilityTool.Benchmarks;

/// <summary>
/// Where the labelled data sits: in <c>shared/data</c> beside the repository checkout, read in
/// place and never copied. Looks upwards from where the command runs and from the binary.
/// </summary>
internal static class SharedData
{
    public static string Find(params string[] relative)
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine([dir.FullName, "shared", "data", .. relative]);
                if (Path.Exists(candidate)) return candidate;
            }
        }

        return Path.Combine(["..", "shared", "data", .. relative]);
    }
}
