using System.Globalization;

namespace AiRace.Core.Odds;

/// <summary>Parses horizon lists such as <c>1y,3y,5y</c>, <c>6m,18m</c> or <c>2</c> (years).</summary>
public static class ForecastHorizons
{
    public const double MaxYears = 10;

    public static IReadOnlyList<double> Default { get; } = [1, 2, 3, 4, 5];

    public static IReadOnlyList<double> Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return Default;
        }

        var list = new List<double>();
        foreach (var part in text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var unit = char.ToLowerInvariant(part[^1]);
            var number = unit is 'y' or 'm' ? part[..^1] : part;
            if (!double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !(value > 0))
            {
                throw Bad(text, part);
            }

            var years = unit == 'm' ? value / 12 : value;
            if (years > MaxYears)
            {
                throw Bad(text, part);
            }

            list.Add(years);
        }

        if (list.Count == 0)
        {
            throw Bad(text, text);
        }

        return [.. list.Distinct().Order()];
    }

    private static AiRaceException Bad(string text, string part) =>
        new(ErrorKind.Usage, $"The horizons '{text}': '{part}' is not a horizon; use years or months up to {MaxYears} years, such as 1y,3y,5y or 6m.");
}
