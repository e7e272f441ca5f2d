using MathNet.Numerics.Statistics;

namespace AiRace.Core.Analysis;

/// <summary>
/// Finds scale breaks from the data. For each pair of consecutive editions with at least <see cref="MinimumCommonModels"/>
/// models in common, the change of each common model's score is taken; a break is a median change of at least
/// <see cref="ThresholdShare"/> of the earlier edition's score spread (its 10th–90th percentile range). Between consecutive
/// LMArena boards of one method the median change is within ±3 Elo on 176 of 185 pairs (spread about 265 Elo, so the
/// threshold is about 5 Elo); the 2024-03-27 method change moved it by +63. A break whose changes are nearly uniform
/// (interquartile range under a quarter of the median change) is an <see cref="ScaleBreakKind.Offset"/>, else a
/// <see cref="ScaleBreakKind.Method"/> change.
/// </summary>
public static class ScaleBreaks
{
    /// <summary>Fewest models two editions must share to compare their scales.</summary>
    public const int MinimumCommonModels = 10;

    /// <summary>The break threshold, as a share of the earlier edition's 10th–90th percentile spread.</summary>
    public const double ThresholdShare = 0.02;

    /// <summary>The definition printed with the breaks.</summary>
    public const string Definition =
        "scale break: between consecutive editions (snapshots, index versions) sharing at least 10 models, the median change of the shared models' scores is at least 2% of the earlier edition's 10th–90th percentile spread; offset when the changes are nearly uniform (interquartile range under a quarter of the median change), method otherwise";

    /// <summary>The breaks, in date order.</summary>
    public static IReadOnlyList<ScaleBreak> Detect(IEnumerable<EditionScore> scores)
    {
        ArgumentNullException.ThrowIfNull(scores);
        var editions = scores
            .GroupBy(s => s.Edition)
            .OrderBy(g => g.Key)
            .Select(g => (Date: g.Key, Scores: g.GroupBy(s => s.ModelKey, StringComparer.Ordinal).ToDictionary(m => m.Key, m => m.Max(s => s.Score), StringComparer.Ordinal)))
            .ToList();
        var breaks = new List<ScaleBreak>();
        for (var i = 1; i < editions.Count; i++)
        {
            var (prevDate, prev) = editions[i - 1];
            var (date, cur) = editions[i];
            var shifts = prev.Where(p => cur.ContainsKey(p.Key)).Select(p => cur[p.Key] - p.Value).ToArray();
            if (shifts.Length < MinimumCommonModels)
            {
                continue;
            }

            var values = prev.Values.ToArray();
            var spread = values.Quantile(0.9) - values.Quantile(0.1);
            var threshold = ThresholdShare * spread;
            var median = shifts.Median();
            if (spread <= 0 || Math.Abs(median) < threshold)
            {
                continue;
            }

            var iqr = shifts.UpperQuartile() - shifts.LowerQuartile();
            var kind = iqr < 0.25 * Math.Abs(median) ? ScaleBreakKind.Offset : ScaleBreakKind.Method;
            breaks.Add(new ScaleBreak(date, prevDate, median, iqr, shifts.Length, threshold, kind));
        }

        return breaks;
    }

    /// <summary>The date of the last <see cref="ScaleBreakKind.Method"/> break in (<paramref name="from"/>, <paramref name="to"/>], or null.</summary>
    public static DateOnly? LastMethodBreak(IReadOnlyList<ScaleBreak> breaks, DateOnly? from, DateOnly? to)
    {
        ArgumentNullException.ThrowIfNull(breaks);
        return breaks
            .Where(b => b.Kind == ScaleBreakKind.Method && (from is null || b.Date > from) && (to is null || b.Date <= to))
            .Select(b => (DateOnly?)b.Date)
            .LastOrDefault();
    }
}
