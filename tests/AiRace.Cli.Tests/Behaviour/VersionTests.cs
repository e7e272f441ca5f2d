using System.Reflection;

namespace AiRace.Cli.Tests.Behaviour;

/// <summary><c>airace --version</c> prints the package version alone, as the packed tool reports it.</summary>
public sealed class VersionTests
{
    [Fact]
    public void Version_prints_the_package_version_without_a_commit_hash()
    {
        var (code, output, err) = CliRunner.Run("--version");

        Assert.True(code == 0, err);
        var expected = typeof(AiRaceApp).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion;
        Assert.Equal(expected, output.Trim());
        Assert.Matches(@"^\d+\.\d+\.\d+$", output.Trim());
    }
}
