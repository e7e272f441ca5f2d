using AiRace.Application.Json;
using AiRace.Core.Odds;

namespace AiRace.Cli.Commands.Odds;

/// <summary>Intervals as [low, high] for the forecast's JSON, numbers by the one <see cref="JsonPolicy"/> (null when not finite).</summary>
internal static class OddsJson
{
    public static double? Number(double? value) => JsonPolicy.Number(value);

    public static double?[] Pair(double? low, double? high) => [Number(low), Number(high)];

    public static double?[] Pair(Interval ci) => Pair(ci.Low, ci.High);
}
