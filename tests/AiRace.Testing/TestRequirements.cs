namespace AiRace.Testing;

/// <summary>
/// What a test needs from the machine (the real data, Debian's Chromium) and the skip reason when it is absent. Under
/// <c>CI=true</c> nothing is skipped for these reasons: the test runs and fails loudly instead.
/// </summary>
public static class TestRequirements
{
    /// <summary>True when <c>CI</c> is <c>true</c> (or <c>1</c>).</summary>
    public static bool IsCi => Environment.GetEnvironmentVariable("CI") is "true" or "TRUE" or "True" or "1";

    /// <summary>The skip reason of a real-data test: null when the data is there or in CI.</summary>
    public static string? DataSkipReason => IsCi ? null : SharedData.Missing;

    /// <summary>The skip reason of a browser test: null when Chromium is there or in CI.</summary>
    public static string? ChromiumSkipReason => IsCi || File.Exists(ChromiumPath)
        ? null
        : $"Chromium is missing at '{ChromiumPath}': apt-get install chromium (Debian's; .ci/run does it), or set AIRACE_CHROMIUM to its path.";

    /// <summary>The fix for missing test data, in a few words.</summary>
    public const string DataFix = "no test data: run scripts/fetch-test-data";

    /// <summary>The fix for a missing browser, in a few words.</summary>
    public const string ChromiumFix = "no chromium: apt-get install chromium";

    /// <summary>
    /// Skips <paramref name="attribute"/>'s test when <paramref name="reason"/> is set, listing it as
    /// <c>Class.Method (skipped, FIX)</c>: <c>dotnet test</c> prints skipped tests by name only (the full reason shows with
    /// <c>--logger "console;verbosity=normal"</c> and in the TRX), so the fix goes in the name.
    /// </summary>
    public static void SkipWhenMissing(FactAttribute attribute, string? reason, string fix, string file, string test)
    {
        ArgumentNullException.ThrowIfNull(attribute);
        attribute.Skip = reason;
        if (reason is not null)
        {
            attribute.DisplayName = $"{Path.GetFileNameWithoutExtension(file)}.{test} (skipped, {fix})";
        }
    }

    /// <summary><c>AIRACE_CHROMIUM</c>, else <c>/usr/bin/chromium</c>.</summary>
    public static string ChromiumPath =>
        Environment.GetEnvironmentVariable("AIRACE_CHROMIUM") is { Length: > 0 } env ? env : "/usr/bin/chromium";
}
