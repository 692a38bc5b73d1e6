namespace ReliabilityTool.Tests;

/// <summary>Where the repository's seeds and rubrics are, found from the test binary upwards.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Seeds => Path.Combine(Root, "seeds");
    public static string Rubrics => Path.Combine(Root, "rubrics");

    public static string Seed(string id) => Path.Combine(Seeds, id + ".txt");

    public static string ReadSeed(string id) => File.ReadAllText(Seed(id));

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "ReliabilityTool.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("ReliabilityTool.sln not found above the test binary.");
    }
}

/// <summary>A temporary folder that removes itself.</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "reliability-tests-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public string Write(string name, string text)
    {
        var path = File(name);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        System.IO.File.WriteAllText(path, text);
        return path;
    }

    public string Write(string name, byte[] bytes)
    {
        var path = File(name);
        System.IO.File.WriteAllBytes(path, bytes);
        return path;
    }

    /// <summary>A copy of the seed corpus (articles and sources.yaml) to change freely.</summary>
    public string CopySeeds(string name = "seeds")
    {
        var target = File(name);
        Directory.CreateDirectory(target);
        foreach (var file in Directory.GetFiles(RepoPaths.Seeds)) System.IO.File.Copy(file, System.IO.Path.Combine(target, System.IO.Path.GetFileName(file)));
        return target;
    }

    public void Dispose()
    {
        try { Directory.Delete(Path, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
