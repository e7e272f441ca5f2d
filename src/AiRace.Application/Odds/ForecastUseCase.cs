using AiRace.Core;
using AiRace.Core.Odds;

namespace AiRace.Application.Odds;

/// <summary>Runs a <see cref="ForecastQuery"/>: enumerates the races, runs (or reuses) the pooled back-test, forecasts the race and pairs the references.</summary>
public static class ForecastUseCase
{
    public static ForecastResult Run(IRaceSource source, ForecastQuery query, PooledBacktestResult? backtest = null, IReadOnlyList<Race>? races = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(query);
        var race = RaceCatalog.Make(source, query.Metric, query.Leader, query.Follower) ?? throw NoFrontier(source, query);
        races ??= RaceCatalog.Build(source, [(query.Metric, query.Leader, query.Follower)]);
        if (races.All(r => r.Id != race.Id))
        {
            races = [.. races, race];
        }

        backtest ??= PooledBacktest.Run(races, new PooledBacktestOptions(query.Seed, query.BacktestPaths));
        var asOf = query.AsOf ?? race.DataEnd;
        var references = ReferenceProbabilities.Bundled().Concat(query.ExtraReferences).ToList();
        // The curve covers every reference's window too (from the last data date to its end), so each is read on its own definition.
        var from = race.DataEnd < asOf ? race.DataEnd : asOf;
        var curveMonths = references.Select(r => r.WindowEnd).OfType<DateOnly>()
            .Select(end => (int)Math.Ceiling((end.DayNumber - from.DayNumber) / (365.25 / 12))).DefaultIfEmpty(0).Max();
        var forecast = OvertakeForecast.Run(
            races, race, new ForecastOptions(asOf, query.HorizonsYears, query.Paths, query.Seed) { Model = query.Model, By = query.By, CurveMonths = curveMonths }, backtest);
        var (model, baseRate, never) = backtest.ForRace(race.Id, forecast.Model);
        return new ForecastResult(
            query.Metric, query.Leader.Label, query.Follower.Label, forecast, model, baseRate, never,
            ReferenceComparison.Compare(references, forecast, query.Metric.Id));
    }

    private static AiRaceException NoFrontier(IRaceSource source, ForecastQuery q)
    {
        var a = source.Series(q.Metric, q.Leader);
        var s = a.Points.Count == 0 ? a : source.Series(q.Metric, q.Follower);
        return new AiRaceException(
            ErrorKind.Usage,
            $"The group {s.Group.Label} has no model on '{q.Metric.Id}' up to {q.AsOf?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "today"} ({s.UnplacedModels} models could not be placed). Check `airace models --country` or pass --attribution.");
    }
}
