using AiRace.Core.Odds;

namespace AiRace.Core.Tests.Odds;

public sealed class LagModelTests
{
    /// <summary>Rows of a known AR(1): z' = 0.2 + 0.9·z + noise (noise a fixed ±0.1 pattern), from z = 4.</summary>
    private static List<PanelRow> Ar1(int count)
    {
        var rows = new List<PanelRow>();
        var z = 4.0;
        for (var i = 0; i < count; i++)
        {
            var next = 0.2 + (0.9 * z) + (i % 2 == 0 ? 0.1 : -0.1);
            rows.Add(Row(i, z, next));
            z = next;
        }

        return rows;
    }

    private static PanelRow Row(int i, double z, double next) =>
        new(0, new RaceState(new DateOnly(2020, 1, 1).AddMonths(i), 0, true, z, 1, 0, 0, 0), null, next, []);

    [Fact]
    public void Fits_the_persistence_and_constant_of_a_known_ar1()
    {
        var fit = LagModel.Fit(Ar1(200))!;

        Assert.InRange(fit.Phi, 0.85, 0.95);
        Assert.InRange(fit.C, 0.0, 0.5);
    }

    [Fact]
    public void A_race_whose_gap_is_millions_of_jumps_does_not_move_the_pooled_line()
    {
        var rows = Ar1(200);
        // A tiny-step index: its gap is millions of median jumps, as on the real data before the fit left such months out.
        rows.AddRange(Enumerable.Range(0, 20).Select(i => Row(i, 3e6 + i, 3e6 + i + 40_000)));

        var fit = LagModel.Fit(rows)!;

        Assert.InRange(fit.Phi, 0.85, 0.95);
        Assert.InRange(fit.C, 0.0, 0.5);
        Assert.True(fit.Sigma < 1, $"sigma {fit.Sigma}");
    }
}
