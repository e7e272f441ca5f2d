using System.Runtime.CompilerServices;
using Xunit.Sdk;

namespace AiRace.Testing;

/// <summary>A fact that drives Debian's Chromium: skipped with the fix when it is not installed (never in CI).</summary>
[AttributeUsage(AttributeTargets.Method)]
[XunitTestCaseDiscoverer("Xunit.Sdk.FactDiscoverer", "xunit.execution.{Platform}")]
public sealed class ChromiumFactAttribute : FactAttribute
{
    public ChromiumFactAttribute([CallerFilePath] string file = "", [CallerMemberName] string test = "") =>
        TestRequirements.SkipWhenMissing(this, TestRequirements.ChromiumSkipReason, TestRequirements.ChromiumFix, file, test);
}
