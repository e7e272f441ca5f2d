namespace AiRace.Core.Odds;

/// <summary>
/// The pooled, leakage-free back-test of every candidate model over every race (see <see cref="PooledBacktestResult.Definition"/>).
/// One entry point: <see cref="Run"/>.
/// </summary>
public static class PooledBacktest
{
    public static PooledBacktestResult Run(IReadOnlyList<Race> races, PooledBacktestOptions options)
    {
        ArgumentNullException.ThrowIfNull(races);
        ArgumentNullException.ThrowIfNull(options);
        var panel = new RacePanel(races, options.HorizonsMonths);
        var months = panel.Months;
        var maxH = panel.Horizons.Max();
        var drafts = new List<Draft>[months.Count];
        var threads = Math.Clamp(options.MaxDegreeOfParallelism ?? Environment.ProcessorCount, 1, Math.Max(1, months.Count));
        Parallel.For(0, months.Count, new ParallelOptions { MaxDegreeOfParallelism = threads }, i =>
        {
            drafts[i] = AtOrigin(panel, months[i], i, maxH, options);
        });

        var all = drafts.SelectMany(d => d).ToList();
        Recalibrate(all, months);
        var scored = all.Where(d => d.AllCalibrated && !double.IsNaN(d.Gap) && d.Raw.All(double.IsFinite)).ToList();
        var forecasts = scored.Select(d => new BacktestForecast(d.Race, d.Kind, d.Origin, d.Months, d.Happened, d.Raw, d.Calibrated, d.Gap, d.Base)).ToList();
        var happened = forecasts.Select(f => f.Happened).ToList();
        var cards = OddsModels.All.Select(m => Scores.Card(OddsModels.Name(m), [.. forecasts.Select(f => f.Of(m))], happened)).ToList();
        var baseCard = Scores.Card(OddsModels.BaseRate, [.. forecasts.Select(f => f.BaseRate)], happened);
        var never = Scores.Card(OddsModels.Never, [.. forecasts.Select(_ => 0.0)], happened);
        var gap = Scores.Card(OddsModels.GapLogistic, [.. forecasts.Select(f => f.GapLogistic)], happened);
        var finals = OddsModels.All.Select(m => Fit(all, (int)m, null)).ToList();
        var byKind = OddsModels.All
            .SelectMany(m => all.Select(d => d.Kind).Distinct().Order(StringComparer.Ordinal).Select(k => new KindCalibration(m, k, Fit(all, (int)m, k))))
            .Where(k => k.Calibration.IsFitted)
            .ToList();
        var baseRates = all.GroupBy(d => (d.Kind, d.Months))
            .Select(g => new BaseRateEntry(g.Key.Kind, g.Key.Months, g.Count(), g.Count(d => d.Happened), (g.Count(d => d.Happened) + 0.5) / (g.Count() + 1)))
            .OrderBy(b => b.Kind, StringComparer.Ordinal).ThenBy(b => b.Months).ToList();
        OddsModel? best = OddsModels.All.Where(m => PooledBacktestResult.Beats(cards[(int)m], baseCard))
            .Select(m => (OddsModel?)m).MinBy(m => cards[(int)m!.Value].LogScore);
        return new PooledBacktestResult(
            races.Count, forecasts.Select(f => f.Origin).Distinct().Count(),
            forecasts.Count > 0 ? forecasts.Min(f => f.Origin) : null, forecasts.Count > 0 ? forecasts.Max(f => f.Origin) : null,
            panel.Horizons, forecasts, cards, baseCard, never, gap, finals, baseRates, best, options.Seed, options.Paths)
        {
            KindCalibrations = byKind,
        };
    }

    private static List<Draft> AtOrigin(RacePanel panel, DateOnly origin, int index, int maxH, PooledBacktestOptions options)
    {
        var rows = panel.Rows.Where(r => r.Date == origin && r.Outcomes.Any(o => o is not null)).ToList();
        var list = new List<Draft>();
        if (rows.Count == 0)
        {
            return list;
        }

        var fits = OriginFits.At(panel, origin);
        var rng = Seeds.Random(options.Seed, index);
        var lagNoise = fits.Lag?.Noise(rng, options.Paths, maxH);
        var jumpNoise = JumpModel.Noise(rng, options.Paths, maxH);
        foreach (var row in rows)
        {
            var timeline = panel.Timelines[row.Race];
            var s = row.State;
            var jump = JumpModel.Fit(timeline, s).Curve(s.Z, maxH, jumpNoise, options.Paths).AnyTime;
            var lag = fits.Lag is { } l ? l.Curve(s.Z, maxH, lagNoise!, options.Paths).AnyTime : null;
            var hazard = fits.Hazard?.Curve(s, maxH);
            for (var k = 0; k < panel.Horizons.Length; k++)
            {
                if (row.Outcomes[k] is not { } happened)
                {
                    continue;
                }

                var h = panel.Horizons[k];
                var kind = timeline.Race.KindName;
                list.Add(new Draft(
                    timeline.Race.Id, kind, origin, h, happened,
                    [jump[h - 1], lag?[h - 1] ?? double.NaN, hazard?[h - 1] ?? double.NaN],
                    fits.GapLogistic[k] is { } g ? LogisticFit.Predict(g, OriginFits.GapFeatures(s)) : double.NaN,
                    fits.BaseRate(kind, h)));
            }
        }

        return list;
    }

    /// <summary>
    /// Recalibrates each draft with a Platt fit on the drafts whose outcome was known by its origin (origin + months ≤ this
    /// origin): the fit on its own race type when that has enough forecasts and overtakes, else the fit on all types.
    /// </summary>
    private static void Recalibrate(List<Draft> all, IReadOnlyList<DateOnly> months)
    {
        var byOrigin = all.GroupBy(d => d.Origin).ToDictionary(g => g.Key, g => g.ToList());
        foreach (var origin in months)
        {
            if (!byOrigin.TryGetValue(origin, out var now))
            {
                continue;
            }

            var known = all.Where(d => d.Origin.AddMonths(d.Months) <= origin).ToList();
            foreach (var m in OddsModels.All)
            {
                var i = (int)m;
                var pooled = Fit(known, i, null);
                foreach (var kind in now.Select(d => d.Kind).Distinct())
                {
                    var own = Fit(known, i, kind);
                    var c = own.IsFitted ? own : pooled;
                    foreach (var d in now.Where(d => d.Kind == kind))
                    {
                        d.Calibrated[i] = double.IsFinite(d.Raw[i]) ? c.Apply(d.Raw[i]) : double.NaN;
                        d.Fitted[i] = pooled.IsFitted;
                    }
                }
            }
        }
    }

    /// <summary>The Platt fit of model <paramref name="i"/> on <paramref name="drafts"/> (of one race type, or all when <paramref name="kind"/> is null).</summary>
    private static Calibration Fit(List<Draft> drafts, int i, string? kind)
    {
        var usable = drafts.Where(d => double.IsFinite(d.Raw[i]) && (kind is null || d.Kind == kind)).ToList();
        return Calibration.Fit([.. usable.Select(d => d.Raw[i])], [.. usable.Select(d => d.Happened)]);
    }

    private sealed class Draft(string race, string kind, DateOnly origin, int months, bool happened, double[] raw, double gap, double baseRate)
    {
        public string Race { get; } = race;

        public string Kind { get; } = kind;

        public DateOnly Origin { get; } = origin;

        public int Months { get; } = months;

        public bool Happened { get; } = happened;

        public double[] Raw { get; } = raw;

        public double[] Calibrated { get; } = new double[raw.Length];

        public bool[] Fitted { get; } = new bool[raw.Length];

        public double Gap { get; } = gap;

        public double Base { get; } = baseRate;

        public bool AllCalibrated => Fitted.All(f => f);
    }
}
