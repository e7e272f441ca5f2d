using System.Diagnostics;
using AiRace.Store;
using AiRace.Testing;
using Xunit.Abstractions;

namespace AiRace.Cli.Tests.Faults;

/// <summary>
/// Fault matrix: the store on a full disk (a 6 MB tmpfs the test mounts; as root only, else it says why and stops). An import
/// that runs out of space is one line naming the full device, and the store keeps what it had; a folder import stops there
/// and prints its summary.
/// </summary>
public sealed class FullDiskTests : IDisposable
{
    private readonly TempDirectory _dir = new();
    private readonly ITestOutputHelper _output;
    private readonly string _mount;
    private readonly bool _mounted;

    public FullDiskTests(ITestOutputHelper output)
    {
        _output = output;
        _mount = Directory.CreateDirectory(_dir.File("small-disk")).FullName;
        _mounted = Sh("mount", "-t", "tmpfs", "-o", "size=6m", "tmpfs", _mount) is var (code, err) && code == 0;
        if (!_mounted)
        {
            _output.WriteLine($"NOT RUN: cannot mount a small tmpfs here ({err.Trim()}); run the tests as root on Linux to cover a full disk.");
        }
    }

    public void Dispose()
    {
        if (_mounted)
        {
            Sh("umount", _mount);
        }

        _dir.Dispose();
    }

    [RealDataFact]
    public void A_folder_import_that_fills_the_disk_stops_with_one_line_and_leaves_the_published_store_as_it_was()
    {
        if (!_mounted)
        {
            return;
        }

        var db = Path.Combine(_mount, "store.duckdb");
        Assert.Equal(0, CliRunner.Run("import", "--db", db, SharedData.File("lmarena-oolong-daily/2026-04-10/text.json")).Code);
        long before;
        using (var store = AiRaceStore.Open(db))
        {
            before = store.Counts().Observations;
        }

        var (code, _, stderr) = CliProcess.Run("import", "--db", db, SharedData.Folder("lmarena-arena-catalog"));

        Assert.Equal(3, code);
        var line = Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith($"error: No space left on the device that holds '{_mount}'", line, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);

        // A writer works on a staging copy and publishes it only on success: the store holds exactly the first import.
        using var reopened = AiRaceStore.Open(db);
        Assert.Single(reopened.Imports());
        Assert.Equal(before, reopened.Counts().Observations);
    }

    private static (int Code, string Err) Sh(string file, params string[] args)
    {
        try
        {
            var info = new ProcessStartInfo(file) { RedirectStandardError = true, UseShellExecute = false };
            foreach (var a in args)
            {
                info.ArgumentList.Add(a);
            }

            using var p = Process.Start(info)!;
            var err = p.StandardError.ReadToEnd();
            p.WaitForExit();
            return (p.ExitCode, err);
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            return (-1, ex.Message);
        }
    }
}
