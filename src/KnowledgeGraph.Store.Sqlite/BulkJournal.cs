using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Store.Sqlite;

/// <summary>
/// The journal of a load into an empty store (a first import): for that one transaction the store uses SQLite's
/// rollback journal with full synchronisation instead of the write-ahead log, and goes back to WAL when it ends.
/// </summary>
/// <remarks>
/// <para>
/// A first import writes the whole graph (about 110 MB for the open data) in one transaction. Through the WAL every
/// page is written twice: into the log at the commit, then into the database by the checkpoint that follows it. With
/// the rollback journal the pages go once, straight into the database file, and the journal holds only the few pages
/// the empty store had; the commit takes about half as long (0.5 s against 1.0 s for the open data). It is as safe:
/// a failed, cancelled or dry-run load rolls back from the journal as it would from the log, and a crash during the
/// commit leaves a hot journal that SQLite rolls back when the store is next opened; <c>synchronous = FULL</c> syncs
/// the journal before the database is touched, so a power cut cannot leave it half written either.
/// </para>
/// <para>
/// Leaving WAL needs the file to itself: when another connection is inside a read at that moment, the switch is given
/// up at once (no busy wait) and the load runs in WAL as any other. Idle connections do not stop the switch; under the rollback
/// journal they still read (the store as it was) while the load writes, and wait for its commit. Going back to WAL
/// waits for readers as long as the connection's busy timeout; should it still fail, the store stays in rollback mode,
/// which is as correct, until <see cref="SqliteGraphStore.Open"/> puts it into WAL again (as after a crash between the
/// commit and the switch back).
/// </para>
/// </remarks>
internal sealed class BulkJournal : IDisposable
{
    private const int Busy = 5, Locked = 6;

    private readonly SqliteConnection _connection;

    private BulkJournal(SqliteConnection connection) => _connection = connection;

    /// <summary>
    /// Switches to the rollback journal unless another connection is inside a read; null (WAL kept) then. Call for a
    /// load into an empty store, outside any transaction.
    /// </summary>
    public static BulkJournal? TryEnter(SqliteConnection connection)
    {
        // No waiting for readers here: when one is inside a read, the load simply keeps WAL.
        var timeout = Pragma(connection, "PRAGMA busy_timeout");
        Pragma(connection, "PRAGMA busy_timeout = 0");
        object? mode;
        try
        {
            // On SQLITE_BUSY a command retries until its timeout (30 s); the native statement reports it at once.
            using var leave = new Statement(connection, "PRAGMA journal_mode = DELETE");
            using var rows = leave.Query();
            mode = rows.Read() ? rows.GetString(0) : null;
        }
        catch (SqliteException ex) when (ex.SqliteErrorCode is Busy or Locked)
        {
            return null;
        }
        finally
        {
            Pragma(connection, $"PRAGMA busy_timeout = {Convert.ToInt64(timeout, System.Globalization.CultureInfo.InvariantCulture)}");
        }
        if (mode is not string name || !name.Equals("delete", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }
        Pragma(connection, "PRAGMA synchronous = FULL");
        return new BulkJournal(connection);
    }

    /// <summary>Goes back to WAL with the store's usual synchronisation; call after the load's transaction ended.</summary>
    public void Dispose()
    {
        Pragma(_connection, "PRAGMA synchronous = NORMAL");
        try
        {
            Pragma(_connection, "PRAGMA journal_mode = WAL");
        }
        catch (SqliteException ex) when (ex.SqliteErrorCode is Busy or Locked)
        {
            // SQLITE_BUSY or SQLITE_LOCKED: a reader held the file past the busy timeout. The load is committed (or
            // rolled back) already; the store stays in rollback mode until it is opened next (see the remarks).
        }
    }

    private static object? Pragma(SqliteConnection connection, string sql)
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        return cmd.ExecuteScalar();
    }
}
