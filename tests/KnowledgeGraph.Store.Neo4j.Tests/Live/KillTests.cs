using System.Diagnostics;
using KnowledgeGraph.Model.Schema;
using KnowledgeGraph.Studies;
using KnowledgeGraph.Tests.Shared;

namespace KnowledgeGraph.Store.Neo4j.Tests.Live;

/// <summary>
/// The Neo4j process killed (SIGKILL) in the middle of a load: after a restart nothing of the load is there, and running
/// it again completes it. Only against the server of <c>.cache/neo4j31</c> (its pid file names the JVM); skipped when
/// the tests run against a server named by NEO4J_URI, which is not theirs to kill.
/// </summary>
[Collection(LiveNeo4jCollection.Name)]
public sealed class KillTests(LiveNeo4j server) : IAsyncLifetime
{
    public Task InitializeAsync() => server.ClearAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Neo4jFact]
    public async Task A_load_cut_by_killing_the_server_leaves_nothing_and_completes_when_run_again()
    {
        var pidFile = Path.Combine(LiveNeo4j.Folder, "neo4j.pid");
        if (!string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable("NEO4J_URI")) || !File.Exists(pidFile))
        {
            return; // not our server to kill (see the summary)
        }
        var set = StudySet.Read([TestPaths.GraphSeed], CityNetworksModel.Instance, documents: null);
        using var client = server.CreateClient(o => o.MaxRetries = 1);
        var writes = 0;
        var killed = false;
        client.StatementObserver = s =>
        {
            Lint.CypherLog.Add(s);
            if (!killed && s.Text.StartsWith("UNWIND $rows", StringComparison.Ordinal) && ++writes == 3)
            {
                // Two write statements have run inside the load's transaction: kill the JVM before the third.
                killed = true;
                using var kill = Process.Start("kill", ["-KILL", File.ReadAllText(pidFile).Trim()]);
                kill.WaitForExit();
                for (var i = 0; i < 100 && IsAlive(); i++)
                {
                    Thread.Sleep(100);
                }
            }
        };
        await using (var store = new Neo4jGraphStore(client))
        {
            await Assert.ThrowsAsync<Neo4jUnavailableException>(() => store.LoadAsync(set.Batches));
        }
        Assert.True(killed);

        var (exit, output) = await LiveNeo4j.RunAsync("bash", [LiveNeo4j.StartScript, LiveNeo4j.Folder, LiveNeo4j.HttpPort.ToString(), LiveNeo4j.BoltPort.ToString()], TimeSpan.FromMinutes(5));
        Assert.True(exit == 0, output);
        using var again = server.CreateClient();
        await using var restarted = new Neo4jGraphStore(again);
        Assert.Equal(0, (await restarted.GetStatsAsync()).Nodes);
        var report = await restarted.LoadAsync(set.Batches);
        Assert.Equal(report.Count(ChangeKind.NodeAdded), (await restarted.GetStatsAsync()).Nodes);
        Assert.True((await restarted.LoadAsync(set.Batches)).IsEmpty);

        bool IsAlive() => File.Exists(pidFile) && Directory.Exists($"/proc/{File.ReadAllText(pidFile).Trim()}");
    }
}
