using AiRace.Core.Domain;

namespace AiRace.Sources;

/// <summary>Openness from a source's licence or accessibility text. Anything not clearly open or closed is <c>Unknown</c>.</summary>
public static class LicenseOpenness
{
    private static readonly string[] ClosedWords = ["proprietary", "propretary", "api access", "hosted access", "unreleased", "closed"];

    /// <summary>Maps texts such as <c>Proprietary</c>, <c>Apache 2.0</c>, <c>Llama 3 Community</c>, <c>Open weights (unrestricted)</c>.</summary>
    public static Openness FromLicense(string? license)
    {
        if (string.IsNullOrWhiteSpace(license))
        {
            return Openness.Unknown;
        }

        var t = license.Trim().ToLowerInvariant();
        if (t is "unknown" or "n/a" or "na" or "-" or "other")
        {
            return Openness.Unknown;
        }

        if (ClosedWords.Any(w => t.Contains(w, StringComparison.Ordinal)))
        {
            return Openness.Closed;
        }

        // Every other named licence (Apache, MIT, CC-BY-NC, Llama/Gemma/Qwen/DeepSeek licences, "open", "Open weights (...)",
        // "Non-commercial") publishes the weights.
        return Openness.Open;
    }
}
