using AiRace.Application.Gap;
using AiRace.Web.Components;
using AiRace.Web.Http;

namespace AiRace.Web.Pages;

/// <summary>The CSV table of a gap series and the form fields of a comparison (the HTML tables are <see cref="GapSeriesTables"/>), shared by <c>/metrics/{id}</c> and <c>/compare</c>.</summary>
internal static class GapTable
{
    public static CsvTable Csv(GapResult gap) => new(
        ["metric", "a", "b", "date", "a_model", "a_model_key", "a_score", "b_model", "b_model_key", "b_score", "gap", "gap_percent", "unit"],
        [.. gap.Points.Select(p => (IReadOnlyList<string?>)
        [
            gap.Metric, gap.A, gap.B, CsvTable.Date(p.Date), p.A.Model, p.A.ModelKey, CsvTable.Number(p.A.Score), p.B.Model, p.B.ModelKey,
            CsvTable.Number(p.B.Score), CsvTable.Number(p.Gap), CsvTable.Number(p.GapPercent), gap.Unit,
        ])]);

    /// <summary>The controls of a comparison: the two groups (and the metric, where the page does not name it in its path).</summary>
    public static List<FormField> Fields(PageRequest request, GroupPair pair, string? metric = null)
    {
        var w = request.Text;
        var fields = new List<FormField>();
        if (metric is not null)
        {
            fields.Add(new FormField(Parameters.Metric, w.WebMetric, metric));
        }

        fields.Add(new FormField(Parameters.A, w.WebGroupA, pair.A));
        fields.Add(new FormField(Parameters.B, w.WebGroupB, pair.B));
        return fields;
    }
}
