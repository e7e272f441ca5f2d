using System.Globalization;
using AiRace.Core;
using AiRace.Core.Figures;

namespace AiRace.Sources.Reports;

/// <summary>The words of the adoption and usage sections, in English (<c>en</c>) or Vietnamese (<c>vi</c>).</summary>
public abstract class ReportText
{
    public static ReportText For(string language) => language switch
    {
        "en" => new EnglishReportText(),
        "vi" => new VietnameseReportText(),
        _ => throw new AiRaceException(ErrorKind.Usage, $"Unknown report language '{language}': use en or vi."),
    };

    public abstract string Definition { get; }

    public abstract string Notes { get; }

    public abstract string Sources { get; }

    public abstract string UsageTitle { get; }

    public abstract string AdoptionTitle { get; }

    public abstract string Week { get; }

    public abstract string ListedTokens { get; }

    public abstract string Family { get; }

    public abstract string Derivatives { get; }

    public abstract string Share { get; }

    public abstract string Country { get; }

    public abstract string Downloads { get; }

    public abstract string Others { get; }

    public abstract string NoUsage { get; }

    public abstract string NoAdoption { get; }

    public abstract string UsageLatest(DateOnly week, double cn, double us, string topN);

    public abstract string UsageFirst(DateOnly week, double cn, double us);

    public abstract string UsageOpenness(DateOnly week, double open, double closed, double unknown);

    public abstract string UsageCrossing(DateOnly week);

    public abstract string UsageTableCaption(int weeks);

    public abstract string UsageDefinition(string topN);

    public abstract string UsageUnresolved(int models);

    public abstract string DerivativesCaption(string source, DateOnly date, int top);

    public abstract string DerivativesFinding(string top, double topShare, string second, double secondShare);

    public abstract string DerivativesDefinition(string source);

    public abstract string LineageNote(double unresolvedShare);

    public abstract string TrendingCaption(DateOnly date);

    public abstract string TrendingFinding(DateOnly date, double cn, double us);

    public abstract string TrendingDefinition { get; }

    public abstract string FilesAndDates(FigureSource source);

    /// <summary>Tokens in trillions, as a table cell.</summary>
    public abstract string Trillions(double tokens);

    /// <summary>A group's display name: the reserved names (unresolved, other, unknown) in this language, others as they are.</summary>
    public abstract string Group(string group);

    /// <summary>What a kind of Hub data covers, as a noun phrase.</summary>
    public abstract string Coverage(AiRace.Core.Adoption.HubSourceKind source);

    protected static string P(double share) => share.ToString("0.0%", CultureInfo.InvariantCulture);

    protected static string D(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "?";
}
