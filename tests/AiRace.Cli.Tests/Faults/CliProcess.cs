using System.Diagnostics;

namespace AiRace.Cli.Tests.Faults;

/// <summary>Runs the built <c>airace</c> as a real child process (so that it can be killed with SIGKILL).</summary>
internal sealed class CliProcess : IDisposable
{
    private readonly Process _process;
    private readonly Task<string> _stdout;
    private readonly Task<string> _stderr;

    private CliProcess(Process process)
    {
        _process = process;
        _stdout = process.StandardOutput.ReadToEndAsync();
        _stderr = process.StandardError.ReadToEndAsync();
    }

    /// <summary>
    /// The CLI from its own build folder (its deps.json lists its dependencies; the copy beside the tests lacks some),
    /// same configuration as the tests.
    /// </summary>
    private static string Program
    {
        get
        {
            var configuration = new DirectoryInfo(Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory)).Parent!.Name;
            var path = Path.Combine(AiRace.Testing.RepoPaths.Root, "src", "AiRace.Cli", "bin", configuration, "net10.0", Path.GetFileName(typeof(AiRaceApp).Assembly.Location));
            return File.Exists(path) ? path : typeof(AiRaceApp).Assembly.Location;
        }
    }

    public static CliProcess Start(params string[] args)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(Program);
        foreach (var a in args)
        {
            info.ArgumentList.Add(a);
        }

        return new CliProcess(Process.Start(info)!);
    }

    /// <summary>Runs to the end (at most two minutes) and returns the exit code and output.</summary>
    public static (int Code, string Out, string Err) Run(params string[] args)
    {
        using var p = Start(args);
        return p.Wait(TimeSpan.FromMinutes(2));
    }

    public bool HasExited => _process.HasExited;

    public (int Code, string Out, string Err) Wait(TimeSpan timeout)
    {
        if (!_process.WaitForExit(timeout))
        {
            _process.Kill(entireProcessTree: true);
            throw new TimeoutException($"airace did not finish within {timeout}.");
        }

        return (_process.ExitCode, _stdout.Result, _stderr.Result);
    }

    /// <summary>SIGKILL (kill -9): no finally block, no flush.</summary>
    public void Kill()
    {
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        _process.Dispose();
    }
}
