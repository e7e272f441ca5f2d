using AiRace.Core.Domain;
using AiRace.Sources.Files;

namespace AiRace.Sources.Tests;

public sealed class EpochAccessibilityTests
{
    [Theory]
    [InlineData("Open weights (unrestricted)", Openness.Open)]
    [InlineData("Open weights (non-commercial)", Openness.Open)]
    [InlineData("Open source", Openness.Open)]
    [InlineData("Open access (restricted use)", Openness.Open)]
    [InlineData("API access", Openness.Closed)]
    [InlineData("Hosted access (no API)", Openness.Closed)]
    [InlineData("Unreleased", Openness.Closed)]
    [InlineData("", Openness.Unknown)]
    [InlineData(null, Openness.Unknown)]
    [InlineData("Something new", Openness.Unknown)]
    public void Both_vocabularies_map_and_anything_else_stays_unknown(string? text, Openness expected) =>
        Assert.Equal(expected, EpochAccessibility.ToOpenness(text));
}
