namespace AiRace.Web.Pages;

/// <summary>
/// One metric's latest gap between two groups on the home page: <c>metric</c>, <c>name</c>, <c>a</c>, <c>b</c>, <c>date</c>,
/// <c>a_model</c>, <c>a_score</c>, <c>b_model</c>, <c>b_score</c>, <c>gap</c>, <c>unit</c>, <c>definition</c>, <c>sources</c>.
/// </summary>
public sealed record KeyGap(
    string Metric, string Name, string A, string B, DateOnly Date, string AModel, double AScore, string BModel, double BScore, double Gap,
    string Unit, string Definition, IReadOnlyList<string> Sources);
