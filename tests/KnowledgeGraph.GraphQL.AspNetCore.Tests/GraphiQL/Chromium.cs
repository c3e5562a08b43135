using System.Diagnostics;

namespace KnowledgeGraph.GraphQL.AspNetCore.Tests.GraphiQL;

/// <summary>
/// Debian's chromium at <see cref="ExecutablePath"/>, driven by Playwright (whose own browser download is never
/// used). When it is missing and the tests run as root, <c>apt-get install -y -qq chromium</c> installs it once;
/// otherwise <see cref="SkipReason"/> tells why the browser tests cannot run.
/// </summary>
public static class Chromium
{
    public const string ExecutablePath = "/usr/bin/chromium";

    /// <summary>Flags for a headless run in a container: no sandbox (root), no GPU, nothing fetched in the background.</summary>
    public static readonly string[] Arguments =
        ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

    private static readonly Lazy<string?> Skip = new(Prepare, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Null when the browser can run; otherwise why not.</summary>
    public static string? SkipReason => Skip.Value;

    private static string? Prepare()
    {
        if (!GraphiQLPage.IsBundled)
        {
            return "GraphiQL was not bundled into this build (node/npm missing when it was built)";
        }

        if (File.Exists(ExecutablePath))
        {
            return null;
        }

        if (!OperatingSystem.IsLinux() || !File.Exists("/usr/bin/apt-get"))
        {
            return $"{ExecutablePath} is missing and this is not a Debian-like system to install it on";
        }

        if (!IsRoot())
        {
            return $"{ExecutablePath} is missing and the tests do not run as root to install it (apt-get install chromium)";
        }

        var (exit, error) = AptGet("install", "-y", "-qq", "chromium");
        if (exit != 0 || !File.Exists(ExecutablePath))
        {
            // The package lists may be missing or stale.
            AptGet("update", "-qq");
            (exit, error) = AptGet("install", "-y", "-qq", "chromium");
        }

        return exit == 0 && File.Exists(ExecutablePath) ? null : $"apt-get install chromium failed (exit {exit}): {Tail(error)}";
    }

    private static bool IsRoot()
    {
        // The effective uid, from /proc (no P/Invoke needed).
        var status = File.Exists("/proc/self/status") ? File.ReadAllLines("/proc/self/status") : [];
        var uid = status.FirstOrDefault(l => l.StartsWith("Uid:", StringComparison.Ordinal))?.Split('\t', StringSplitOptions.RemoveEmptyEntries);
        return uid is { Length: >= 3 } && uid[2] == "0";
    }

    private static (int Exit, string Error) AptGet(params string[] arguments)
    {
        var start = new ProcessStartInfo("apt-get") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.Environment["DEBIAN_FRONTEND"] = "noninteractive";
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        try
        {
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(TimeSpan.FromMinutes(10)))
            {
                process.Kill(entireProcessTree: true);
                return (-1, "apt-get did not finish within 10 minutes");
            }

            Task.WaitAll(output, error);
            return (process.ExitCode, error.Result + output.Result);
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            return (-1, e.Message);
        }
    }

    private static string Tail(string text) => text.Length <= 400 ? text.Trim() : text[^400..].Trim();
}

/// <summary>A fact that needs chromium (installed on demand when possible) and the GraphiQL bundle.</summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    public ChromiumFactAttribute()
    {
        if (Chromium.SkipReason is { } reason)
        {
            Skip = "browser test skipped: " + reason;
        }
    }
}
