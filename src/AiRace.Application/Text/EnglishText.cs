using System.Globalization;
using AiRace.Core.Adoption;
using AiRace.Core.Analysis;
using AiRace.Core.Domain;
using AiRace.Core.Figures;

namespace AiRace.Application.Text;

/// <summary>English: ISO dates (<c>2026-05-04</c>) and the numbers of the culture passed in (invariant: <c>10,480,233</c>, <c>69.8%</c>).</summary>
internal sealed partial class EnglishText(CultureInfo culture) : TextCatalog(culture, "yyyy-MM-dd")
{
    private ClaimsText? _claims;

    internal override ClaimsText Claims => _claims ??= new EnglishClaimsText(this);

    public override string Code => "en";

    public override string NotAvailable => "n/a";

    public override string MonthPattern => "yyyy-MM";

    public override string LongDate(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    public override string Range(string low, string high) => $"[{low}, {high}]";

    public override string Group(string label) => label switch
    {
        "US" => "United States",
        "CN" => "China",
        "KR" => "South Korea",
        "DE" => "Germany",
        "CA" => "Canada",
        "FR" => "France",
        "IL" => "Israel",
        "GB" => "United Kingdom",
        "AE" => "United Arab Emirates",
        "IN" => "India",
        "CH" => "Switzerland",
        "AU" => "Australia",
        "RU" => "Russia",
        "JP" => "Japan",
        "open" => "Open models",
        "closed" => "Closed models",
        _ => label,
    };

    public override string MetricName(string id, string name) => id switch
    {
        "lmarena-text" => "LMArena text (overall)",
        "epoch-eci" => "Epoch Capabilities Index",
        "aa-intelligence-index" => "Artificial Analysis Intelligence Index",
        "starter-gpqa-diamond" => "GPQA Diamond (starter data)",
        "starter-mmlu" => "MMLU (starter data)",
        "starter-mmlu-pro" => "MMLU-Pro (starter data)",
        _ => name,
    };

    public override string Unit(string unit) => unit;

    public override string MetricKind(MetricKind kind) => kind == Core.Domain.MetricKind.Snapshot
        ? "Leaderboard snapshots, re-estimated at each date"
        : "Scores dated by each model's release";

    public override string ScaleBreakKind(ScaleBreakKind kind) => kind == Core.Analysis.ScaleBreakKind.Offset ? "offset" : "method";

    public override string Coverage(HubSourceKind source) => source switch
    {
        HubSourceKind.Leaderboard => "the models submitted to the Open LLM Leaderboard",
        HubSourceKind.Trending => "the Hub's top 10 trending models",
        _ => "the imported Hub listings",
    };

    public override string FigureSource(FigureSource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        return $"{source.Attribution} ({source.Kind}, {Count(source.Files)} files, {Date(source.FirstDate)} to {Date(source.LastDate)})";
    }
}
