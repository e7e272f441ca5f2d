using System.Reflection;
using AiRace.Cli.Tests.Faults;

namespace AiRace.Cli.Tests.Behaviour;

/// <summary><c>airace --version</c> prints the package version alone, as the packed tool reports it.</summary>
public sealed class VersionTests
{
    [Fact]
    public void Version_prints_the_package_version_without_a_commit_hash()
    {
        // A real process: in-process, System.CommandLine would report the test host's version.
        var (code, output, err) = CliProcess.Run("--version");

        Assert.True(code == 0, err);
        var expected = typeof(AiRaceApp).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion;
        Assert.Equal(expected, output.Trim());
        Assert.Matches(@"^\d+\.\d+\.\d+$", output.Trim());
    }
}
