using System.Diagnostics;

namespace AiRace.Cli.Tests.Integrity;

/// <summary>Runs the built <c>airace</c> as a real process (for kills and for readers beside a running writer).</summary>
internal static class AiraceProcess
{
    public static Process Start(params string[] args)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "airace.dll"));
        foreach (var a in args)
        {
            info.ArgumentList.Add(a);
        }

        return Process.Start(info)!;
    }

    public static (int Code, string Out, string Err) Run(params string[] args)
    {
        using var p = Start(args);
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        p.WaitForExit();
        return (p.ExitCode, stdout.Result, stderr.Result);
    }

    /// <summary>A Hub JSON-lines listing of <paramref name="records"/> generated models (no real data).</summary>
    public static void WriteHubListing(string path, int records)
    {
        using var w = new StreamWriter(path);
        for (var i = 0; i < records; i++)
        {
            w.WriteLine(AiRace.Testing.HubJson.Model($"lab-{i % 97}/m{i}", 1_000_000 - i, likes: i % 1000, parameters: 7_000_000_000));
        }
    }
}
