using Xunit.Abstractions;
using Xunit.Sdk;

namespace AiRace.Testing;

/// <summary>Gives <see cref="RealDataFactAttribute"/> and <see cref="RealDataTheoryAttribute"/> tests the trait <c>Category=RealData</c>.</summary>
public sealed class RealDataTraitDiscoverer : ITraitDiscoverer
{
    internal const string TypeName = "AiRace.Testing.RealDataTraitDiscoverer";

    internal const string AssemblyName = "AiRace.Testing";

    public IEnumerable<KeyValuePair<string, string>> GetTraits(IAttributeInfo traitAttribute)
    {
        yield return new KeyValuePair<string, string>("Category", "RealData");
    }
}
