using System.Runtime.CompilerServices;
using Xunit.Sdk;

namespace AiRace.Testing;

/// <summary>A theory that reads the real test data: trait <c>Category=RealData</c>, skipped with the fix when the data is absent (never in CI).</summary>
[AttributeUsage(AttributeTargets.Method)]
[XunitTestCaseDiscoverer("Xunit.Sdk.TheoryDiscoverer", "xunit.execution.{Platform}")]
[TraitDiscoverer(RealDataTraitDiscoverer.TypeName, RealDataTraitDiscoverer.AssemblyName)]
public sealed class RealDataTheoryAttribute : TheoryAttribute, ITraitAttribute
{
    public RealDataTheoryAttribute([CallerFilePath] string file = "", [CallerMemberName] string test = "") =>
        TestRequirements.SkipWhenMissing(this, TestRequirements.DataSkipReason, TestRequirements.DataFix, file, test);
}
