using AiRace.Core.Odds;

namespace AiRace.Core.Tests.Odds;

public sealed class KaplanMeierTests
{
    [Fact]
    public void Product_limit_steps_down_at_events_only_and_censored_units_leave_the_risk_set()
    {
        // By hand: 6 at risk. t=1 event: 5/6. t=2 one event (5 at risk) and one censoring: 5/6·4/5 = 4/6.
        // t=3 event (3 at risk): 4/6·2/3 = 4/9. t=4 censored. t=5 event (1 at risk): 0.
        double[] times = [1, 2, 2, 3, 4, 5];
        bool[] events = [true, true, false, true, false, true];
        var curve = KaplanMeier.Curve(times, events);

        Assert.Equal([1.0, 2, 3, 5], curve.Select(c => c.Time));
        Assert.Equal(5.0 / 6, curve[0].Survival, 12);
        Assert.Equal(4.0 / 6, curve[1].Survival, 12);
        Assert.Equal(4.0 / 9, curve[2].Survival, 12);
        Assert.Equal(0, curve[3].Survival, 12);
        Assert.Equal(3, KaplanMeier.Median(times, events));
    }

    [Fact]
    public void Dropping_censored_units_would_bias_the_median_down_and_Kaplan_Meier_does_not()
    {
        // Two quick matches and three long-unmatched leaders: dropping the censored gives median 1; KM has no median.
        double[] times = [1, 1, 10, 10, 10];
        bool[] events = [true, true, false, false, false];
        Assert.Null(KaplanMeier.Median(times, events));
    }

    [Fact]
    public void With_no_censoring_the_median_is_the_sample_median()
    {
        Assert.Equal(3, KaplanMeier.Median([5, 1, 3, 4, 2], [true, true, true, true, true]));
    }
}
