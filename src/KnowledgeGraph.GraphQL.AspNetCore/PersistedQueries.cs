using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using KnowledgeGraph.GraphQL.Execution;

namespace KnowledgeGraph.GraphQL.AspNetCore;

/// <summary>
/// Persisted queries: the SHA-256 extension Apollo clients send (<c>extensions.persistedQuery = {version: 1,
/// sha256Hash}</c>) and an allow-list of registered documents.
/// <list type="bullet">
/// <item>Automatic persisted queries (<see cref="GraphQLServerOptions.AutomaticPersistedQueries"/>): a request with the
/// hash alone runs the document registered under it, or gets <c>PersistedQueryNotFound</c>
/// (<see cref="GraphQLHttpErrorCodes.PersistedQueryNotFound"/>); the client then sends the document with its hash,
/// which registers it (after checking the hash) and runs it. At most
/// <see cref="GraphQLServerOptions.PersistedQueryCacheSize"/> documents are kept.</item>
/// <item>Allow-list mode (<see cref="GraphQLServerOptions.PersistedQueriesOnly"/>): only the documents of
/// <see cref="GraphQLServerOptions.PersistedDocumentsPath"/> (every <c>*.graphql</c> file, registered by the hash of
/// its text) run, sent by hash or in full; anything else gets <see cref="GraphQLHttpErrorCodes.PersistedQueryNotAllowed"/>,
/// and nothing is registered at run time.</item>
/// </list>
/// </summary>
internal sealed class PersistedQueries
{
    private readonly ConcurrentDictionary<string, string> _registered = new(StringComparer.Ordinal);
    private readonly FrozenDictionary<string, string> _allowed;
    private readonly bool _automatic;
    private readonly bool _only;
    private readonly int _capacity;

    public PersistedQueries(GraphQLServerOptions options)
    {
        _automatic = options.AutomaticPersistedQueries;
        _only = options.PersistedQueriesOnly;
        _capacity = Math.Max(1, options.PersistedQueryCacheSize);
        _allowed = Load(options.PersistedDocumentsPath);
        if (_only && _allowed.Count == 0)
        {
            throw new InvalidOperationException(
                "GraphQL:PersistedQueriesOnly is on but no document is registered: set GraphQL:PersistedDocumentsPath to a folder of .graphql files.");
        }
    }

    /// <summary>How many documents the allow-list holds.</summary>
    public int AllowedCount => _allowed.Count;

    /// <summary>The lower-case hexadecimal SHA-256 of <paramref name="document"/>'s UTF-8 text.</summary>
    public static string Hash(string document) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(document)));

    /// <summary>
    /// The document to run for <paramref name="query"/> (null when the request sent only a hash) and
    /// <paramref name="extensions"/>, or the error that answers the request instead.
    /// </summary>
    public (string? Document, ExecutionResult? Error) Resolve(string? query, IReadOnlyDictionary<string, object?>? extensions)
    {
        // An extension without a hash beside a full query is ignored (older clients send {version: 1} alone).
        var (present, hash, version) = Read(extensions);
        if (present && (hash is not null || query is null) && version != 1)
        {
            return Fail("Only version 1 of the persisted-query extension is supported.", GraphQLHttpErrorCodes.BadRequest);
        }

        if (present && hash is null && query is null)
        {
            return Fail("extensions.persistedQuery needs a sha256Hash string.", GraphQLHttpErrorCodes.BadRequest);
        }

        if (query is not null)
        {
            string? computed = null;
            if (hash is not null && !string.Equals(hash, computed = Hash(query), StringComparison.OrdinalIgnoreCase))
            {
                return Fail("The sha256Hash of extensions.persistedQuery does not match the query.", GraphQLHttpErrorCodes.BadRequest);
            }

            if (_only)
            {
                return _allowed.ContainsKey(computed ?? Hash(query)) ? (query, null)
                    : Fail("Only registered documents run here, and this one is not registered.", GraphQLHttpErrorCodes.PersistedQueryNotAllowed);
            }

            if (hash is not null && _automatic)
            {
                if (_registered.Count >= _capacity)
                {
                    _registered.Clear();
                }

                _registered[hash.ToLowerInvariant()] = query;
            }

            return (query, null);
        }

        if (hash is null)
        {
            return (null, null);
        }

        if (!_automatic && !_only && _allowed.Count == 0)
        {
            return Fail("Persisted queries are not supported here; send the query.", GraphQLHttpErrorCodes.PersistedQueryNotSupported);
        }

        var key = hash.ToLowerInvariant();
        if (_allowed.TryGetValue(key, out var allowed) || (!_only && _registered.TryGetValue(key, out allowed)))
        {
            return (allowed, null);
        }

        return _only
            ? Fail("Only registered documents run here, and none is registered under this hash.", GraphQLHttpErrorCodes.PersistedQueryNotAllowed)
            : Fail("PersistedQueryNotFound", GraphQLHttpErrorCodes.PersistedQueryNotFound);
    }

    private static (string? Document, ExecutionResult? Error) Fail(string message, string code) =>
        (null, ExecutionResult.FromError(message, code));

    /// <summary>Whether the extension is there, its hash and its version (JSON bodies give elements, GET parameters maps).</summary>
    private static (bool Present, string? Hash, int? Version) Read(IReadOnlyDictionary<string, object?>? extensions)
    {
        if (extensions is null || !extensions.TryGetValue("persistedQuery", out var value) || value is null)
        {
            return (false, null, null);
        }

        switch (value)
        {
            case JsonElement { ValueKind: JsonValueKind.Object } element:
                var hash = element.TryGetProperty("sha256Hash", out var h) && h.ValueKind == JsonValueKind.String ? h.GetString() : null;
                int? version = element.TryGetProperty("version", out var v) && v.ValueKind == JsonValueKind.Number && v.TryGetInt32(out var n) ? n : null;
                return (true, hash, version);
            case IReadOnlyDictionary<string, object?> map:
                return (true, map.GetValueOrDefault("sha256Hash") as string, map.GetValueOrDefault("version") switch
                {
                    int i => i,
                    long l when l is >= int.MinValue and <= int.MaxValue => (int)l,
                    decimal d when d == Math.Floor(d) && d is >= int.MinValue and <= int.MaxValue => (int)d,
                    double d when d == Math.Floor(d) && d is >= int.MinValue and <= int.MaxValue => (int)d,
                    JsonElement { ValueKind: JsonValueKind.Number } e when e.TryGetInt32(out var k) => k,
                    _ => null,
                });
            default:
                return (true, null, null);
        }
    }

    private static FrozenDictionary<string, string> Load(string? folder)
    {
        if (string.IsNullOrWhiteSpace(folder))
        {
            return FrozenDictionary<string, string>.Empty;
        }

        if (!Directory.Exists(folder))
        {
            throw new InvalidOperationException($"GraphQL:PersistedDocumentsPath: the folder {folder} does not exist.");
        }

        var documents = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(folder, "*.graphql", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var text = File.ReadAllText(file);
            documents[Hash(text)] = text;
        }

        return documents.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
