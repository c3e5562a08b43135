using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using KnowledgeGraph.Tests.Shared;

namespace KnowledgeGraph.Api.Tests;

/// <summary>The real program as a process: honours --urls and Store__Path, seeds the empty store, answers /health and /graphql.</summary>
public sealed class ProgramProcessTests
{
    [Fact]
    public async Task Program_honours_urls_and_seeds_an_empty_store()
    {
        using var folder = new TempFolder();
        var store = folder.File("kg.db");
        var port = FreePort();
        var dll = Path.Combine(AppContext.BaseDirectory, "KnowledgeGraph.Api.dll");
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = folder.Path, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(dll);
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add($"http://127.0.0.1:{port}");
        start.Environment["Store__Path"] = store;
        start.Environment["Seed__Path"] = TestPaths.GraphSeed;
        using var process = Process.Start(start)!;
        var output = new System.Text.StringBuilder();
        process.OutputDataReceived += (_, e) => { lock (output) { output.AppendLine(e.Data); } };
        process.ErrorDataReceived += (_, e) => { lock (output) { output.AppendLine(e.Data); } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
            await ApiServer.WaitReadyAsync(client);
            Assert.True(File.Exists(store));
            using var response = await client.PostAsync(new Uri("/graphql", UriKind.Relative),
                new StringContent("""{"query":"{ cities { totalCount } }"}""", System.Text.Encoding.UTF8, "application/json"));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            Assert.True(body.RootElement.GetProperty("data").GetProperty("cities").GetProperty("totalCount").GetInt32() > 5);
            lock (output)
            {
                Assert.Contains($"http://127.0.0.1:{port}/graphql", output.ToString(), StringComparison.Ordinal);
            }
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
