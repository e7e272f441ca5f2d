using System.Diagnostics;
using AiRace.Testing;

namespace AiRace.Cli.Tests;

/// <summary>
/// Runs Debian's Chromium headless (<see cref="TestRequirements.ChromiumPath"/>). Tests that use it are
/// <see cref="ChromiumFactAttribute"/>s: skipped with the fix when it is missing, except in CI, where a missing browser fails here.
/// </summary>
internal static class Chromium
{
    public static string Path
    {
        get
        {
            var path = TestRequirements.ChromiumPath;
            Assert.True(
                File.Exists(path),
                $"Chromium is missing at '{path}'. Install Debian's chromium (apt-get install -y chromium; .ci/run does it) or set AIRACE_CHROMIUM to its path.");
            return path;
        }
    }

    /// <summary>Runs Chromium headless with a throwaway profile; returns its standard output.</summary>
    public static string Run(string profileDir, params string[] args)
    {
        var info = new ProcessStartInfo(Path)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var a in new[]
                 {
                     "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                     "--disable-sync", "--no-first-run", "--hide-scrollbars", $"--user-data-dir={profileDir}",
                 }.Concat(args))
        {
            info.ArgumentList.Add(a);
        }

        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromSeconds(90)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"Chromium did not finish within 90 s ({string.Join(' ', args)}).");
        }

        Assert.True(process.ExitCode == 0, $"Chromium exited {process.ExitCode}: {stderr.Result}");
        return stdout.Result;
    }
}
