using Dapper;
using Microsoft.Data.Sqlite;

namespace ReliabilityTool.Storage;

/// <summary>
/// The embedded store: one SQLite file, WAL mode, schema brought up to date by versioned
/// migrations when it is opened.
/// </summary>
public sealed class Database : IDisposable
{
    static Database() => SQLitePCL.Batteries_V2.Init();

    private Database(SqliteConnection connection) => Connection = connection;

    public SqliteConnection Connection { get; }

    public static Database Open(string path)
    {
        if (path != ":memory:")
        {
            var folder = Path.GetDirectoryName(Path.GetFullPath(path));
            if (folder is not null) Directory.CreateDirectory(folder);
        }

        // Another run may hold the file (two assess at once): wait for it rather than fail.
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false, DefaultTimeout = (int)BusyTimeout.TotalSeconds }.ToString());
        connection.Open();
        connection.Execute($"PRAGMA busy_timeout = {(int)BusyTimeout.TotalMilliseconds};");
        // In WAL mode, NORMAL sync cannot corrupt the file; at worst a power cut loses the last run, which assess can repeat.
        if (path != ":memory:") connection.Execute("PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;");
        connection.Execute("PRAGMA foreign_keys = ON;");
        try
        {
            Migrations.Apply(connection, path);
        }
        catch
        {
            connection.Dispose();
            throw;
        }

        return new Database(connection);
    }

    /// <summary>How long a command waits for another run to release the file before it gives up.</summary>
    public static TimeSpan BusyTimeout { get; } = TimeSpan.FromMinutes(10);

    public int SchemaVersion => Connection.ExecuteScalar<int>("PRAGMA user_version;");

    public static int LatestSchemaVersion => Migrations.Latest;

    public void Dispose() => Connection.Dispose();
}
