using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace KnowledgeGraph.Store.Sqlite;

/// <summary>
/// A statement of the load, prepared once on the connection's native handle and reused for every row.
/// </summary>
/// <remarks>
/// A load runs about a million statements; going through <see cref="SqliteCommand"/> costs more per execution than
/// SQLite's own work for most of them (a data reader per call, parameters bound by name, each name converted to
/// UTF-8). Here the parameters (<c>$name</c>) are bound by position, in the order they first appear in the SQL,
/// from a <c>params</c> span. The statement runs on the connection's open transaction like any command; errors
/// are thrown as <see cref="SqliteException"/>, as <see cref="SqliteCommand"/> does.
/// </remarks>
internal sealed partial class Statement : IDisposable
{
    private readonly sqlite3 _db;
    private readonly sqlite3_stmt _statement;
    private readonly int _parameters;

    /// <summary>Stands for a value not known to be bound (after a failed bind).</summary>
    private static readonly object Unknown = new();

    /// <summary>The value bound to each parameter now (SQLite keeps bindings across resets); null when unbound or NULL.</summary>
    private readonly object?[] _bound;

    public Statement(SqliteConnection connection, string sql)
    {
        _db = connection.Handle ?? throw new InvalidOperationException("The connection is not open.");
        Check(raw.sqlite3_prepare_v3(_db, sql, raw.SQLITE_PREPARE_PERSISTENT, out _statement, out _));
        _parameters = raw.sqlite3_bind_parameter_count(_statement);
        _bound = new object?[_parameters];
        var names = ParameterName().Matches(sql).Select(m => m.Value).Distinct(StringComparer.Ordinal).ToList();
        for (var i = 0; i < names.Count; i++)
        {
            if (raw.sqlite3_bind_parameter_index(_statement, names[i]) != i + 1)
            {
                throw new ArgumentException($"Parameter {names[i]} is not number {i + 1}: {sql}", nameof(sql));
            }
        }
    }

    /// <summary>Runs the statement; the number of rows it inserted, updated or deleted.</summary>
    public int Run(params ReadOnlySpan<object?> values)
    {
        Bind(values);
        try
        {
            Step();
            return raw.sqlite3_changes(_db);
        }
        finally
        {
            raw.sqlite3_reset(_statement);
        }
    }

    /// <summary>The first column of the first row (the statement must return one).</summary>
    public long Scalar(params ReadOnlySpan<object?> values) =>
        ScalarOrNull(values) ?? throw new InvalidOperationException("The statement returned no row.");

    /// <summary>The first column of the first row, or null when there is none (or it is NULL).</summary>
    public long? ScalarOrNull(params ReadOnlySpan<object?> values)
    {
        Bind(values);
        try
        {
            return Step() && raw.sqlite3_column_type(_statement, 0) != raw.SQLITE_NULL ? raw.sqlite3_column_int64(_statement, 0) : null;
        }
        finally
        {
            raw.sqlite3_reset(_statement);
        }
    }

    /// <summary>Runs a query; read its rows, then dispose them before the statement's next use.</summary>
    public Rows Query(params ReadOnlySpan<object?> values)
    {
        Bind(values);
        return new Rows(this);
    }

    private void Bind(ReadOnlySpan<object?> values)
    {
        if (values.Length != _parameters)
        {
            throw new ArgumentException($"The statement takes {_parameters} values, not {values.Length}.", nameof(values));
        }
        for (var i = 0; i < values.Length; i++)
        {
            var value = values[i];
            // SQLite keeps a parameter's value across resets, so a value equal to the one bound already (the same
            // study, certainty, dataset or node for many rows in a row) costs no native call and no text conversion.
            if (Same(_bound[i], value))
            {
                continue;
            }
            // Forget the old value first: should binding fail, the next call binds again whatever its value.
            _bound[i] = Unknown;
            Check(value switch
            {
                null => raw.sqlite3_bind_null(_statement, i + 1),
                long l => raw.sqlite3_bind_int64(_statement, i + 1, l),
                int n => raw.sqlite3_bind_int64(_statement, i + 1, n),
                // UTF-16 straight from the string: SQLite copies and converts it natively, with no managed UTF-8 copy.
                string s => raw.sqlite3_bind_text16(_statement, i + 1, s),
                var other => throw new ArgumentException($"Cannot bind a {other.GetType().Name}.", nameof(values)),
            });
            _bound[i] = value;
        }
    }

    /// <summary>
    /// True when <paramref name="value"/> binds exactly as <paramref name="bound"/> did: both NULL, the same string
    /// (ordinal), or the same integer of the same type. A fresh statement has nothing bound, which SQLite reads as
    /// NULL, so a first NULL is skipped too.
    /// </summary>
    private static bool Same(object? bound, object? value) => (bound, value) switch
    {
        (null, null) => true,
        (string a, string b) => string.Equals(a, b, StringComparison.Ordinal),
        (long a, long b) => a == b,
        (int a, int b) => a == b,
        _ => false,
    };

    /// <summary>Steps once: true when a row is at hand, false when done.</summary>
    private bool Step()
    {
        var rc = raw.sqlite3_step(_statement);
        if (rc == raw.SQLITE_ROW)
        {
            return true;
        }
        if (rc != raw.SQLITE_DONE)
        {
            // The error of a failed step is reported by reset (and by errmsg once it ran).
            raw.sqlite3_reset(_statement);
            Check(rc);
        }
        return false;
    }

    private void Check(int rc)
    {
        if (rc != raw.SQLITE_OK)
        {
            SqliteException.ThrowExceptionForRC(rc, _db);
        }
    }

    public void Dispose() => _statement.Dispose();

    [GeneratedRegex(@"\$\w+")]
    private static partial Regex ParameterName();

    /// <summary>The rows of a query; disposing them resets the statement.</summary>
    public readonly struct Rows : IDisposable
    {
        private readonly Statement _owner;

        internal Rows(Statement owner) => _owner = owner;

        /// <summary>Moves to the next row; false when there is none.</summary>
        public bool Read() => _owner.Step();

        public long GetInt64(int column) => raw.sqlite3_column_int64(_owner._statement, column);

        public string GetString(int column) => raw.sqlite3_column_text(_owner._statement, column).utf8_to_string();

        public bool IsNull(int column) => raw.sqlite3_column_type(_owner._statement, column) == raw.SQLITE_NULL;

        public void Dispose() => raw.sqlite3_reset(_owner._statement);
    }
}
