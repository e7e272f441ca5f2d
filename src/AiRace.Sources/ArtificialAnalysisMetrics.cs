using AiRace.Core.Domain;

namespace AiRace.Sources;

/// <summary>
/// Metrics for the numeric fields under <c>evaluations</c> in Artificial Analysis's <c>llms.json</c>: the field name without its
/// <c>artificial_analysis_</c> or <c>aa_</c> prefix, prefixed <c>aa-</c> (<c>gpqa</c> → <c>aa-gpqa</c>,
/// <c>artificial_analysis_coding_index</c> → <c>aa-coding-index</c>). All are release-dated and higher-is-better.
/// </summary>
public static class ArtificialAnalysisMetrics
{
    private static readonly Dictionary<string, (string Name, string Unit)> Known = new(StringComparer.Ordinal)
    {
        ["artificial_analysis_coding_index"] = ("Artificial Analysis Coding Index", "index (0-100)"),
        ["artificial_analysis_agentic_index"] = ("Artificial Analysis Agentic Index", "index (0-100)"),
        ["aa_omniscience"] = ("AA-Omniscience index", "index (-100 to 100)"),
        ["aa_omniscience_accuracy"] = ("AA-Omniscience accuracy", "fraction (0-1)"),
        ["aa_omniscience_non_hallucination"] = ("AA-Omniscience non-hallucination rate", "fraction (0-1)"),
        ["aa_lcr"] = ("AA-LCR (long context reasoning)", "fraction (0-1)"),
        ["gpqa"] = ("GPQA Diamond (Artificial Analysis)", "fraction (0-1)"),
        ["hle"] = ("Humanity's Last Exam (Artificial Analysis)", "fraction (0-1)"),
        ["scicode"] = ("SciCode (Artificial Analysis)", "fraction (0-1)"),
        ["ifbench"] = ("IFBench (Artificial Analysis)", "fraction (0-1)"),
        ["tau2_bench"] = ("τ²-Bench (Artificial Analysis)", "fraction (0-1)"),
        ["terminal_bench_hard"] = ("Terminal-Bench Hard (Artificial Analysis)", "fraction (0-1)"),
        ["critpt"] = ("CritPt (Artificial Analysis)", "fraction (0-1)"),
        ["apex_agents"] = ("APEX-Agents (Artificial Analysis)", "fraction (0-1)"),
        ["gdpval_aa_normalized"] = ("GDPval-AA, normalized (Artificial Analysis)", "fraction (0-1)"),
        ["mmmu_pro"] = ("MMMU-Pro (Artificial Analysis)", "fraction (0-1)"),
    };

    /// <summary>The metric for one <c>evaluations</c> field; fields not known yet get a generic name and the unit "as published".</summary>
    public static Metric ForEvaluation(string field)
    {
        if (field == "artificial_analysis_intelligence_index")
        {
            return KnownMetrics.AaIntelligenceIndex;
        }

        var (name, unit) = Known.TryGetValue(field, out var k) ? k : ($"{field} (Artificial Analysis)", "as published");
        return new Metric(
            IdFor(field), name, MetricKind.ReleaseDated, true, unit,
            $"Artificial Analysis '{field}' evaluation of each model variant, dated by the model's release date.");
    }

    /// <summary>The metric id for an <c>evaluations</c> field.</summary>
    public static string IdFor(string field)
    {
        var bare = field.StartsWith("artificial_analysis_", StringComparison.Ordinal) ? field["artificial_analysis_".Length..]
            : field.StartsWith("aa_", StringComparison.Ordinal) ? field["aa_".Length..]
            : field;
        return "aa-" + ModelKeys.Normalize(bare);
    }
}
