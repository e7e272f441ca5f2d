using AiRace.Application.Report.Model;
using AiRace.Cli.Report.Writers;

namespace AiRace.Cli.Tests;

/// <summary>The terminal bar chart: bars proportional to their values, negative values drawn to the left of the axis.</summary>
public sealed class ReportBarsTests
{
    private static string F(double v) => v.ToString("+0.0;-0.0;0", System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public void A_negative_value_is_drawn_left_of_the_axis_and_a_positive_one_right()
    {
        var lines = TextBarChart.Lines([new ReportBar("US leads", 10), new ReportBar("China leads", -5)], 80, F);

        var us = lines[0];
        var cn = lines[1];
        var axis = us.IndexOf('│', StringComparison.Ordinal);
        Assert.Equal(axis, cn.IndexOf('│', StringComparison.Ordinal));
        Assert.DoesNotContain('█', us[..axis]);
        Assert.Contains('█', us[axis..]);
        Assert.Contains('█', cn[..axis]);
        Assert.DoesNotContain('█', cn[axis..]);
        Assert.EndsWith("-5.0", cn, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(14.9, 94.8)]
    [InlineData(1, 3)]
    [InlineData(50, 100)]
    public void Bar_lengths_are_proportional_to_the_values(double small, double large)
    {
        var lines = TextBarChart.Lines([new ReportBar("a", small), new ReportBar("b", large)], 120, F);

        var (a, b) = (lines[0].Count(c => c == '█'), lines[1].Count(c => c == '█'));
        Assert.True(Math.Abs((a / (double)b) - (small / large)) <= 1.0 / b, $"{a} and {b} cells for {small} and {large}");
    }

    [Fact]
    public void Every_line_fits_the_width()
    {
        var lines = TextBarChart.Lines([new ReportBar(new string('x', 60), -3), new ReportBar("short", 7)], 100, F);

        Assert.All(lines, l => Assert.True(l.Length <= 100, l));
    }
}
