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

        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        connection.Open();
        // In WAL mode, NORMAL sync cannot corrupt the file; at worst a power cut loses the last run, which assess can repeat.
        if (path != ":memory:") connection.Execute("PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;");
        connection.Execute("PRAGMA foreign_keys = ON;");
        Migrations.Apply(connection);
        return new Database(connection);
    }

    public int SchemaVersion => Connection.ExecuteScalar<int>("PRAGMA user_version;");

    public static int LatestSchemaVersion => Migrations.Latest;

    public void Dispose() => Connection.Dispose();
}
