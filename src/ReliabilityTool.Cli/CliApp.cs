using System.CommandLine;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using ReliabilityTool.Cli.Commands;
using ReliabilityTool.Cli.Ingestion;
using ReliabilityTool.Core.Configuration;
using ReliabilityTool.Core.Documents;
using Spectre.Console;

namespace ReliabilityTool.Cli;

/// <summary>Exit codes scripts can rely on.</summary>
public static class ExitCodes
{
    public const int Ok = 0;
    public const int Failure = 1;
    public const int BadInput = 2;
    public const int BadConfiguration = 3;

    /// <summary><c>assess --fail-on-flag</c>: the run worked, and found assertions resting on a single partisan source.</summary>
    public const int Flagged = 4;
}

/// <summary>
/// The command line: a Generic Host for configuration, DI and logging (to stderr), and
/// System.CommandLine for parsing. Errors are turned into messages and exit codes here, and
/// only here.
/// </summary>
public static class CliApp
{
    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, IDictionary<string, string?>? settings = null)
    {
        var globals = new GlobalOptions();
        var root = new RootCommand("ReliabilityTool: how much weight each assertion in a set of articles can bear.");
        globals.AddTo(root);

        IHost BuildHost(ParseResult parse)
        {
            var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
            {
                Args = [],
                ContentRootPath = AppContext.BaseDirectory,
                DisableDefaults = false,
            });
            builder.Configuration.AddEnvironmentVariables("RELIABILITY_");
            if (settings is not null) builder.Configuration.AddInMemoryCollection(settings);
            builder.Logging.ClearProviders();
            builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
            if (parse.GetValue(globals.Verbose)) builder.Logging.SetMinimumLevel(LogLevel.Debug);

            var console = AnsiConsole.Create(new AnsiConsoleSettings
            {
                Out = new AnsiConsoleOutput(stdout),
                Ansi = stdout == Console.Out && !Console.IsOutputRedirected ? AnsiSupport.Detect : AnsiSupport.No,
                ColorSystem = stdout == Console.Out && !Console.IsOutputRedirected ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            });
            if (stdout != Console.Out || Console.IsOutputRedirected) console.Profile.Width = 160;

            builder.Services.AddSingleton(console);
            builder.Services.AddSingleton(TimeProvider.System);
            builder.Services.AddSingleton<IDocumentExtractor, HeuristicDocumentExtractor>();
            builder.Services.AddSingleton<ArticleLoader>();
            builder.Services.AddSingleton<RubricLoader>();
            builder.Services.AddSingleton(new ErrorWriter(stderr));
            builder.Services.AddSingleton(new DatabaseLocation(
                parse.GetValue(globals.Database) ?? builder.Configuration["Database:Path"] ?? DatabaseLocation.DefaultPath));
            return builder.Build();
        }

        root.Add(IngestCommand.Create(BuildHost));
        root.Add(DocumentsCommand.Create(BuildHost));
        root.Add(SourcesCommand.Create(BuildHost));
        root.Add(ClaimsCommand.Create(BuildHost));
        root.Add(RubricCommand.Create(BuildHost));
        root.Add(AssessCommand.Create(BuildHost));
        root.Add(AddCommand.Create(BuildHost));
        root.Add(ReportCommand.Create(BuildHost));

        var parse = root.Parse(args);
        try
        {
            return await parse.InvokeAsync(new InvocationConfiguration
            {
                Output = stdout,
                Error = stderr,
                EnableDefaultExceptionHandler = false,
            });
        }
        catch (ConfigurationException e)
        {
            foreach (var line in e.Message.Split('\n')) await stderr.WriteLineAsync($"error: {line}");
            return ExitCodes.BadConfiguration;
        }
        catch (ReliabilityTool.Storage.NewerDatabaseException e)
        {
            await stderr.WriteLineAsync($"error: {e.Message}");
            return ExitCodes.BadConfiguration;
        }
        catch (InputException e)
        {
            await stderr.WriteLineAsync($"error: {e.Message}");
            return ExitCodes.BadInput;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            await stderr.WriteLineAsync(parse.GetValue(globals.Verbose) ? $"error: {e}" : $"error: {e.Message} (run with --verbose for details)");
            return ExitCodes.Failure;
        }
    }
}

/// <summary>Options every command takes.</summary>
public sealed class GlobalOptions
{
    public Option<string?> Database { get; } = new("--db")
    {
        Description = "The SQLite database file. Default: Database:Path from appsettings.json or RELIABILITY_DATABASE__PATH, else ./reliability.db.",
        Recursive = true,
    };

    public Option<bool> Verbose { get; } = new("--verbose", "-v")
    {
        Description = "Log progress to stderr and show stack traces on errors.",
        Recursive = true,
    };

    public void AddTo(RootCommand root)
    {
        root.Add(Database);
        root.Add(Verbose);
    }
}

/// <summary>Where diagnostics go (stderr), handed in so tests can read them.</summary>
public sealed record ErrorWriter(TextWriter Writer);

public sealed record DatabaseLocation(string Path)
{
    public const string DefaultPath = "reliability.db";
}
