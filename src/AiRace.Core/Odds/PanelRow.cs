namespace AiRace.Core.Odds;

/// <summary>
/// One (race, month start) of the pooled panel: the state, the outcome one month on (for the hazard), the leader's gap in
/// jumps one month on (for the lag model, null across a break or past the data), and the outcome at each back-test horizon
/// (null when not yet known or across a break).
/// </summary>
internal sealed record PanelRow(int Race, RaceState State, bool? NextMonth, double? ZNext, bool?[] Outcomes)
{
    public DateOnly Date => State.Date;
}
