using AiRace.Core.Domain;

namespace AiRace.Sources.Files;

/// <summary>
/// Openness from Epoch's <c>Model accessibility</c> field, in both vocabularies: the current one
/// (<c>Open weights (unrestricted|non-commercial|restricted use)</c>, <c>API access</c>, <c>Hosted access (no API)</c>,
/// <c>Unreleased</c>) and the older one of <c>open-model-trends</c> (<c>Open source</c>, <c>Open access (…)</c>).
/// Blank or any other text stays <c>Unknown</c>.
/// </summary>
internal static class EpochAccessibility
{
    private static readonly string[] OpenPrefixes = ["open weights", "open source", "open access"];
    private static readonly string[] ClosedPrefixes = ["api access", "hosted access", "unreleased"];

    public static Openness ToOpenness(string? accessibility)
    {
        if (string.IsNullOrWhiteSpace(accessibility))
        {
            return Openness.Unknown;
        }

        var t = accessibility.Trim().ToLowerInvariant();
        if (OpenPrefixes.Any(p => t.StartsWith(p, StringComparison.Ordinal)))
        {
            return Openness.Open;
        }

        return ClosedPrefixes.Any(p => t.StartsWith(p, StringComparison.Ordinal)) ? Openness.Closed : Openness.Unknown;
    }
}
