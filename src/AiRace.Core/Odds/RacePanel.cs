namespace AiRace.Core.Odds;

/// <summary>
/// Every race's state on the first day of each month, with the outcomes that followed: the pooled data every model is
/// fitted on (each only on the rows whose outcome is known by the origin) and the back-test forecasts are made from.
/// </summary>
internal sealed class RacePanel
{
    public RacePanel(IReadOnlyList<Race> races, IReadOnlyList<int> horizonsMonths)
    {
        Horizons = [.. horizonsMonths];
        Timelines = [.. races.Select(r => new RaceTimeline(r))];
        var rows = new List<PanelRow>();
        for (var r = 0; r < Timelines.Length; r++)
        {
            var t = Timelines[r];
            var first = new DateOnly(t.FirstDate.Year, t.FirstDate.Month, 1).AddMonths(1);
            for (var month = first; month <= t.Race.DataEnd; month = month.AddMonths(1))
            {
                if (t.State(month) is not { } state)
                {
                    continue;
                }

                var next = t.GapAt(state, month.AddMonths(1)) is { } g && t.Happened(state, 1) is not null ? g / state.Scale : (double?)null;
                rows.Add(new PanelRow(r, state, t.Happened(state, 1), next, [.. Horizons.Select(h => t.Happened(state, h))]));
            }
        }

        Rows = [.. rows.OrderBy(x => x.Date).ThenBy(x => x.Race)];
    }

    public int[] Horizons { get; }

    public RaceTimeline[] Timelines { get; }

    /// <summary>Rows in date order (then race order).</summary>
    public PanelRow[] Rows { get; }

    /// <summary>The month starts that have at least one row, in order.</summary>
    public IReadOnlyList<DateOnly> Months => [.. Rows.Select(r => r.Date).Distinct()];
}
