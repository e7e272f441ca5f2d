using AiRace.Application;

namespace AiRace.Application.Tests;

public sealed class ApplicationInfoTests
{
    [Fact]
    public void Contract_version_is_a_positive_integer()
    {
        Assert.True(int.Parse(ApplicationInfo.ContractVersion, System.Globalization.CultureInfo.InvariantCulture) > 0);
    }
}
