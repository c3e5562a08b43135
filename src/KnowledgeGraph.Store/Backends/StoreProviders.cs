using KnowledgeGraph.Model.Schema;
using Microsoft.Extensions.Configuration;

namespace KnowledgeGraph.Store.Backends;

/// <summary>
/// The back-ends a program knows, by name: <c>Store:Provider</c> picks one (<see cref="StoreOptions.DefaultProvider"/> when
/// unset). Each composition root (the API, the CLI) lists its providers once; a back-end plugs in with one entry.
/// </summary>
public sealed class StoreProviders
{
    private readonly List<IStoreProvider> _providers;

    /// <summary>The registry of <paramref name="providers"/>.</summary>
    /// <exception cref="ArgumentException">Two providers share a name.</exception>
    public StoreProviders(params IEnumerable<IStoreProvider> providers)
    {
        _providers = [.. providers];
        var duplicate = _providers.GroupBy(p => p.Name, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ArgumentException($"Two store providers are named '{duplicate.Key}'.", nameof(providers));
        }
    }

    /// <summary>Every known provider, in registration order.</summary>
    public IReadOnlyList<IStoreProvider> All => _providers;

    /// <summary>Their names, in registration order.</summary>
    public IReadOnlyList<string> Names => [.. _providers.Select(p => p.Name)];

    /// <summary>The provider named <paramref name="name"/> (ignoring case).</summary>
    /// <exception cref="StoreException">No provider has that name; the message lists the known ones.</exception>
    public IStoreProvider Find(string name) =>
        _providers.FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase))
        ?? throw new StoreException(null, null,
            $"{StoreOptions.ProviderKey} is '{name}', which is not a store provider of this program; known: {string.Join(", ", Names)}.");

    /// <summary>
    /// The store <paramref name="configuration"/> chooses (<c>Store:Provider</c>, default
    /// <see cref="StoreOptions.DefaultProvider"/>), or the one at <paramref name="location"/> when given (a command line's
    /// <c>--store</c>): a URI picks the provider of its scheme, anything else is a file of the configured provider when it
    /// keeps its store in a file, else of the first such provider.
    /// </summary>
    /// <exception cref="StoreException">The provider or the location's scheme is unknown.</exception>
    public StoreChoice Choose(IConfiguration configuration, GraphModel model, string? location = null)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var configured = configuration[StoreOptions.ProviderKey];
        var provider = Find(string.IsNullOrWhiteSpace(configured) ? StoreOptions.DefaultProvider : configured.Trim());
        if (string.IsNullOrWhiteSpace(location))
        {
            return new StoreChoice(provider, configuration, model);
        }
        provider = ForLocation(location, provider);
        var overridden = new ConfigurationBuilder()
            .AddConfiguration(configuration)
            .AddInMemoryCollection(provider.LocationSettings(location))
            .Build();
        return new StoreChoice(provider, overridden, model);
    }

    private IStoreProvider ForLocation(string location, IStoreProvider configured)
    {
        var separator = location.IndexOf("://", StringComparison.Ordinal);
        if (separator > 0)
        {
            var scheme = location[..separator];
            return _providers.FirstOrDefault(p => p.Schemes.Contains(scheme, StringComparer.OrdinalIgnoreCase))
                ?? throw new StoreException(null, location,
                    $"no store provider of this program serves '{scheme}://' locations; known: "
                    + string.Join(", ", _providers.Select(p => p.Schemes.Count == 0 ? $"{p.Name} (a file)" : $"{p.Name} ({string.Join(", ", p.Schemes.Select(s => s + "://"))})")) + ".");
        }
        return configured.Schemes.Count == 0
            ? configured
            : _providers.FirstOrDefault(p => p.Schemes.Count == 0)
              ?? throw new StoreException(null, location, $"'{location}' is not a URI, and no store provider of this program keeps its store in a file.");
    }
}
