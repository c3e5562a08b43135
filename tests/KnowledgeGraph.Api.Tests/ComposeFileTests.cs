using System.Reflection;
using System.Text.RegularExpressions;
using KnowledgeGraph.Api.Hosting;
using KnowledgeGraph.GraphQL.AspNetCore;
using KnowledgeGraph.Store;
using KnowledgeGraph.Store.Backends;
using KnowledgeGraph.Tests.Shared;
using YamlDotNet.RepresentationModel;

namespace KnowledgeGraph.Api.Tests;

/// <summary>
/// docker-compose.yml (no Docker engine runs here, so it is read, not run): its services, ports and the API's environment
/// match the configuration the API reads: the keys come from the registered store providers' settings and from the
/// options classes, by reflection, not from a second list.
/// </summary>
public sealed partial class ComposeFileTests
{
    private static readonly Lazy<YamlMappingNode> Compose = new(() =>
    {
        var yaml = new YamlStream();
        using var reader = new StreamReader(TestPaths.InRepo("docker-compose.yml"));
        yaml.Load(reader);
        return (YamlMappingNode)yaml.Documents[0].RootNode;
    });

    private static YamlMappingNode Services => (YamlMappingNode)Compose.Value["services"];

    private static YamlMappingNode Service(string name) =>
        Services.Children.TryGetValue(new YamlScalarNode(name), out var node) ? (YamlMappingNode)node : throw new Xunit.Sdk.XunitException($"no service '{name}' in docker-compose.yml");

    private static IReadOnlyDictionary<string, string> Environment(YamlMappingNode service)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!service.Children.TryGetValue(new YamlScalarNode("environment"), out var node))
        {
            return result;
        }
        if (node is YamlMappingNode map)
        {
            foreach (var (key, value) in map.Children)
            {
                result[((YamlScalarNode)key).Value!] = ((YamlScalarNode)value).Value ?? "";
            }
        }
        else
        {
            foreach (var item in ((YamlSequenceNode)node).Children.Cast<YamlScalarNode>())
            {
                var parts = item.Value!.Split('=', 2);
                result[parts[0]] = parts.Length > 1 ? parts[1] : "";
            }
        }
        return result;
    }

    /// <summary>The container ports a service publishes ("127.0.0.1:8080:8080" gives 8080).</summary>
    private static IReadOnlyList<int> ContainerPorts(YamlMappingNode service) =>
        service.Children.TryGetValue(new YamlScalarNode("ports"), out var ports)
            ? [.. ((YamlSequenceNode)ports).Children.Cast<YamlScalarNode>().Select(p => int.Parse(p.Value!.Split(':')[^1].Split('/')[0], System.Globalization.CultureInfo.InvariantCulture))]
            : [];

    private static IReadOnlyList<string> PublishedPorts(YamlMappingNode service) =>
        [.. ((YamlSequenceNode)service["ports"]).Children.Cast<YamlScalarNode>().Select(p => p.Value!)];

    private static string Scalar(YamlNode node, params string[] path)
    {
        foreach (var step in path)
        {
            node = ((YamlMappingNode)node)[step];
        }
        return ((YamlScalarNode)node).Value!;
    }

    /// <summary>
    /// Every configuration key the API reads, as the environment variable .NET maps onto it: <c>Store:Provider</c>, every
    /// registered provider's settings (and the environment variables it also reads), and the public settable
    /// properties of the API's options classes.
    /// </summary>
    private static HashSet<string> KnownEnvironmentKeys()
    {
        var keys = new HashSet<string>(StringComparer.Ordinal) { StoreOptions.ProviderKey.Replace(":", "__", StringComparison.Ordinal) };
        foreach (var setting in KnowledgeGraphApplicationExtensions.StoreProviders.All.SelectMany(p => p.Settings))
        {
            keys.Add(setting.EnvironmentName);
            keys.UnionWith(setting.EnvironmentAliases);
        }
        foreach (var (section, type) in new[] { (SeedOptions.Section, typeof(SeedOptions)), (ApiOptions.Section, typeof(ApiOptions)), (GraphQLServerOptions.SectionName, typeof(GraphQLServerOptions)) })
        {
            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.SetMethod?.IsPublic == true))
            {
                keys.Add($"{section}__{property.Name}");
            }
        }
        return keys;
    }

    /// <summary>The settings of ASP.NET Core's host itself (<c>ASPNETCORE_URLS</c>, ...).</summary>
    private static bool IsHostKey(string key) => key.StartsWith("ASPNETCORE_", StringComparison.Ordinal) || key.StartsWith("DOTNET_", StringComparison.Ordinal);

    [GeneratedRegex(@"^\$\{(?<name>[A-Za-z_][A-Za-z0-9_]*)(?::?[-?].*)?\}$")]
    private static partial Regex EnvironmentReference();

    /// <summary>The environment variable a value takes (<c>${NEO4J_PASSWORD:?...}</c> gives NEO4J_PASSWORD), or null for a literal.</summary>
    private static string? ReferencedVariable(string value) => EnvironmentReference().Match(value) is { Success: true } m ? m.Groups["name"].Value : null;

    [Fact]
    public void The_api_is_built_from_the_repository_and_starts_after_a_healthy_neo4j_that_keeps_its_data()
    {
        Assert.Equal(["api", "neo4j"], Services.Children.Keys.Select(k => ((YamlScalarNode)k).Value).Order(StringComparer.Ordinal));

        var api = Service("api");
        var dockerfile = TestPaths.InRepo(Scalar(api, "build", "context"), Scalar(api, "build", "dockerfile"));
        Assert.True(File.Exists(dockerfile), $"{dockerfile} is missing");
        Assert.Contains("dotnet publish src/KnowledgeGraph.Api ", File.ReadAllText(dockerfile), StringComparison.Ordinal);
        Assert.Equal("service_healthy", Scalar(api, "depends_on", "neo4j", "condition"));

        var neo4j = Service("neo4j");
        Assert.StartsWith("neo4j:5", Scalar(neo4j, "image"), StringComparison.Ordinal);
        Assert.NotEmpty(((YamlSequenceNode)((YamlMappingNode)neo4j["healthcheck"])["test"]).Children);
        var volume = ((YamlSequenceNode)neo4j["volumes"]).Children.Cast<YamlScalarNode>().Single(v => v.Value!.EndsWith(":/data", StringComparison.Ordinal)).Value!;
        Assert.Contains(new YamlScalarNode(volume.Split(':')[0]), ((YamlMappingNode)Compose.Value["volumes"]).Children.Keys);

        // The password comes from the environment, never from the file.
        var auth = Environment(neo4j)["NEO4J_AUTH"].Split('/', 2);
        Assert.Equal("neo4j", auth[0]);
        Assert.NotNull(ReferencedVariable(auth[1]));

        // The API listens on the port it publishes, on the loopback only; so does Neo4j.
        var urls = Environment(api)["ASPNETCORE_URLS"];
        Assert.Equal([new Uri(urls.Replace("+", "localhost", StringComparison.Ordinal)).Port], ContainerPorts(api));
        Assert.All(PublishedPorts(api).Concat(PublishedPorts(neo4j)), p => Assert.StartsWith("127.0.0.1:", p, StringComparison.Ordinal));
    }

    [Fact]
    public void Every_setting_of_the_api_is_a_key_the_api_reads()
    {
        var known = KnownEnvironmentKeys();
        var environment = Environment(Service("api"));
        var provider = environment[StoreOptions.ProviderKey.Replace(":", "__", StringComparison.Ordinal)];
        foreach (var key in environment.Keys.Where(k => !IsHostKey(k)))
        {
            // The chosen provider's own section is checked against its settings by the test below (when it is registered).
            var section = key.Split("__")[0];
            Assert.True(known.Contains(key) || (section == provider && !KnowledgeGraphApplicationExtensions.StoreProviders.Names.Contains(provider, StringComparer.OrdinalIgnoreCase)),
                $"docker-compose.yml sets {key}, which the API does not read (it reads: {string.Join(", ", known.Order(StringComparer.Ordinal))})");
        }
        Assert.Equal("Neo4j", provider);
        // The seed graph is where the image puts it.
        Assert.Contains($"COPY graph-seed {environment["Seed__Path"]}\n", File.ReadAllText(TestPaths.InRepo("Dockerfile")).ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }

    [StoreProviderFact("Neo4j")]
    public void The_api_reaches_the_neo4j_service_with_the_settings_its_provider_reads()
    {
        var api = Environment(Service("api"));
        var provider = KnowledgeGraphApplicationExtensions.StoreProviders.Find(api["Store__Provider"]);
        var names = provider.Settings.SelectMany(s => s.EnvironmentAliases.Prepend(s.EnvironmentName)).ToHashSet(StringComparer.Ordinal);
        var section = provider.Settings[0].Key.Split(':')[0];
        Assert.All(api.Keys.Where(k => k.StartsWith(section + "__", StringComparison.Ordinal)), key => Assert.Contains(key, names));

        // The URI names a service of the file and a port that service publishes.
        var uriSetting = provider.Settings.Single(s => s.Key.EndsWith(":Uri", StringComparison.Ordinal));
        var uri = new Uri(api[uriSetting.EnvironmentName]);
        Assert.Contains(uri.Port, ContainerPorts(Service(uri.Host)));

        // The secrets are the variable Neo4j's own password comes from; the user is Neo4j's.
        var password = Environment(Service(uri.Host))["NEO4J_AUTH"].Split('/', 2);
        // (A secret the file does not set, such as a bearer token instead of the password, is left out.)
        foreach (var secret in provider.Settings.Where(s => s.IsSecret && api.ContainsKey(s.EnvironmentName)))
        {
            Assert.Equal(ReferencedVariable(password[1]), ReferencedVariable(api[secret.EnvironmentName]));
        }
        var user = provider.Settings.Single(s => s.Key.EndsWith(":User", StringComparison.Ordinal));
        Assert.Equal(password[0], api[user.EnvironmentName]);
    }

    [Fact]
    public void The_readme_configuration_table_lists_every_setting_of_every_registered_provider()
    {
        var readme = File.ReadAllText(TestPaths.InRepo("README.md"));
        foreach (var setting in KnowledgeGraphApplicationExtensions.StoreProviders.All.SelectMany(p => p.Settings).Append(new StoreSetting(StoreOptions.ProviderKey, "")))
        {
            Assert.Contains($"| `{setting.Key}` | `{setting.EnvironmentName}`", readme, StringComparison.Ordinal);
        }
    }
}

/// <summary>A fact that runs when the API registers the store provider named <paramref name="provider"/>, else is skipped saying so.</summary>
public sealed class StoreProviderFactAttribute : FactAttribute
{
    /// <summary>Creates the attribute.</summary>
    public StoreProviderFactAttribute(string provider)
    {
        if (!KnowledgeGraphApplicationExtensions.StoreProviders.Names.Contains(provider, StringComparer.OrdinalIgnoreCase))
        {
            Skip = $"the {provider} store provider is not registered in KnowledgeGraphApplicationExtensions.StoreProviders in this build";
        }
    }
}
