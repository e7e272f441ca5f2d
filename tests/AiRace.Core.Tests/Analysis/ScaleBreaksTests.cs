using AiRace.Core.Analysis;
using static AiRace.Core.Tests.Analysis.AnalysisFixture;

namespace AiRace.Core.Tests.Analysis;

public sealed class ScaleBreaksTests
{
    private static IEnumerable<EditionScore> Board(string date, Func<int, double> score, int models = 20) =>
        Enumerable.Range(0, models).Select(i => new EditionScore(D(date), $"m{i}", score(i)));

    [Fact]
    public void A_uniform_shift_is_an_offset_and_an_uneven_one_a_method_change()
    {
        var scores = Board("2024-01-01", i => 1000 + 10 * i)
            .Concat(Board("2024-01-08", i => 1000 + 10 * i + 0.3 * (i % 2)))      // noise: no break
            .Concat(Board("2024-01-15", i => 1020 + 10 * i))                      // +20 for every model: offset
            .Concat(Board("2024-01-22", i => 1020 + 16 * i));                     // spread widened: method
        var breaks = ScaleBreaks.Detect(scores);

        Assert.Equal([D("2024-01-15"), D("2024-01-22")], breaks.Select(b => b.Date));
        Assert.Equal(ScaleBreakKind.Offset, breaks[0].Kind);
        Assert.Equal(20, breaks[0].MedianShift, tolerance: 0.3);
        Assert.Equal(ScaleBreakKind.Method, breaks[1].Kind);
        Assert.Equal(D("2024-01-22"), ScaleBreaks.LastMethodBreak(breaks, null, null));
        Assert.Null(ScaleBreaks.LastMethodBreak(breaks, null, D("2024-01-20")));
    }

    [Fact]
    public void Editions_sharing_fewer_than_ten_models_are_not_compared()
    {
        var scores = Board("2024-01-01", i => 1000 + 10 * i, models: 9).Concat(Board("2024-02-01", i => 1100 + 10 * i, models: 9));

        Assert.Empty(ScaleBreaks.Detect(scores));
    }
}
