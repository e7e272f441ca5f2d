using System.Diagnostics;

namespace AiRace.Cli.Tests;

/// <summary>
/// Runs Debian's Chromium headless (<c>AIRACE_CHROMIUM</c>, else <c>/usr/bin/chromium</c>). A missing browser fails the
/// test with the fix; it is never skipped silently.
/// </summary>
internal static class Chromium
{
    public static string Path
    {
        get
        {
            var path = Environment.GetEnvironmentVariable("AIRACE_CHROMIUM") is { Length: > 0 } env ? env : "/usr/bin/chromium";
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
