using System.Globalization;
using AiRace.Core;
using AiRace.Core.Odds;
using AiRace.Sources.Files;
using CsvHelper;
using CsvHelper.Configuration;

namespace AiRace.Application.Odds;

/// <summary>
/// Reads reference statements and market prices (<c>who,date,statement,probability_low,probability_high,definition,horizon_years,source_url</c>,
/// and optionally <c>metric,comparison,end_date</c>): the bundled <c>Resources/reference-probabilities.csv</c>, and a
/// user's file in the same shape. Probabilities are fractions (0.2) or percentages (20%); both may be empty for a
/// statement without a number. <c>metric</c> empty: any metric; <c>comparison</c>: strictly-above (default) or at-least;
/// <c>end_date</c>: the window's last day (else the date plus horizon_years).
/// </summary>
public static class ReferenceProbabilities
{
    public static readonly string[] Columns =
        ["who", "date", "statement", "probability_low", "probability_high", "definition", "horizon_years", "source_url"];

    /// <summary>Columns a file may add to say exactly which question it is about.</summary>
    public static readonly string[] OptionalColumns = ["metric", "comparison", "end_date"];

    /// <summary>The bundled references.</summary>
    public static IReadOnlyList<ReferenceProbability> Bundled()
    {
        using var stream = typeof(ReferenceProbabilities).Assembly.GetManifestResourceStream("AiRace.Application.Resources.reference-probabilities.csv")
            ?? throw new InvalidOperationException("The bundled reference probabilities are missing from the build.");
        using var reader = new StreamReader(stream);
        return Parse(reader, "reference-probabilities.csv");
    }

    /// <summary>A user's references file (a usage error when it does not exist, a bad-data error naming line and column when a value is wrong).</summary>
    public static IReadOnlyList<ReferenceProbability> Load(string path)
    {
        if (!File.Exists(path))
        {
            throw new AiRaceException(ErrorKind.Usage, $"The references file '{path}' does not exist. Pass a CSV with columns {string.Join(",", Columns)}.");
        }

        using var reader = new StreamReader(path, detectEncodingFromByteOrderMarks: true);
        return Parse(reader, Path.GetFileName(path));
    }

    public static IReadOnlyList<ReferenceProbability> Parse(TextReader reader, string file)
    {
        var config = new CsvConfiguration(CultureInfo.InvariantCulture) { BadDataFound = null, MissingFieldFound = null };
        using var csv = new CsvReader(reader, config);
        if (!csv.Read() || !csv.ReadHeader())
        {
            throw BadData.Missing(file, "who");
        }

        foreach (var c in Columns)
        {
            if (!csv.HeaderRecord!.Contains(c, StringComparer.Ordinal))
            {
                throw BadData.Missing(file, c);
            }
        }

        var list = new List<ReferenceProbability>();
        while (csv.Read())
        {
            var line = csv.Parser.RawRow;
            string? Text(string column) => csv.GetField(column) is { } v && !string.IsNullOrWhiteSpace(v) ? v.Trim() : null;
            string Required(string column) => Text(column) ?? throw BadData.At(file, line, column, string.Empty, "a value");
            var dateText = Required("date");
            if (!DateOnly.TryParseExact(dateText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                throw BadData.At(file, line, "date", dateText, "a date (YYYY-MM-DD)");
            }

            var low = Probability(Text("probability_low"), file, line, "probability_low");
            var high = Probability(Text("probability_high"), file, line, "probability_high");
            if (low is { } l && high is { } h && l > h)
            {
                throw BadData.At(file, line, "probability_low", Text("probability_low"), $"at most probability_high ({h})");
            }

            double? horizon = null;
            if (Text("horizon_years") is { } ht)
            {
                horizon = double.TryParse(ht, NumberStyles.Float, CultureInfo.InvariantCulture, out var y) && y > 0
                    ? y
                    : throw BadData.At(file, line, "horizon_years", ht, "a positive number of years");
            }

            var has = csv.HeaderRecord!;
            string? Optional(string column) => has.Contains(column, StringComparer.Ordinal) ? Text(column) : null;
            var comparison = Optional("comparison") ?? ReferenceProbability.StrictlyAbove;
            if (comparison is not (ReferenceProbability.StrictlyAbove or ReferenceProbability.AtLeast))
            {
                throw BadData.At(file, line, "comparison", comparison, $"{ReferenceProbability.StrictlyAbove} or {ReferenceProbability.AtLeast}");
            }

            DateOnly? end = null;
            if (Optional("end_date") is { } et)
            {
                end = DateOnly.TryParseExact(et, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var e)
                    ? e
                    : throw BadData.At(file, line, "end_date", et, "a date (YYYY-MM-DD)");
            }

            list.Add(new ReferenceProbability(Required("who"), date, Required("statement"), low, high, Required("definition"), horizon, Required("source_url"))
            {
                Metric = Optional("metric"),
                Comparison = comparison,
                EndDate = end,
            });
        }

        return list;
    }

    private static double? Probability(string? text, string file, long line, string column)
    {
        if (text is null)
        {
            return null;
        }

        var percent = text.EndsWith('%');
        var number = percent ? text[..^1] : text;
        if (!double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            throw BadData.At(file, line, column, text, "a probability (0.2 or 20%)");
        }

        value = percent ? value / 100 : value;
        return value is >= 0 and <= 1 ? value : throw BadData.At(file, line, column, text, "a probability between 0 and 1 (or 0% and 100%)");
    }
}
