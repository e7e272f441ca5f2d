using System.Globalization;
using AiRace.Core.Adoption;
using AiRace.Core.Figures;

namespace AiRace.Sources.Reports;

/// <summary>The adoption and usage sections in English.</summary>
internal sealed class EnglishReportText : ReportText
{
    public override string Definition => "Definitions";

    public override string Notes => "Notes";

    public override string Sources => "Sources";

    public override string UsageTitle => "Usage: OpenRouter token share";

    public override string AdoptionTitle => "Adoption: Hugging Face derivatives and downloads";

    public override string Week => "week of";

    public override string ListedTokens => "listed tokens";

    public override string Family => "family";

    public override string Derivatives => "derivatives";

    public override string Share => "share";

    public override string Country => "country";

    public override string Downloads => "30-day downloads";

    public override string Others => "others";

    public override string NoUsage => "No usage data imported yet: run airace import ../shared/data/openrouter-weekly-johnbean393.";

    public override string NoAdoption =>
        "No Hugging Face data imported yet: run airace import ../shared/data/hf-trending-park-onezero ../shared/data/open-llm-leaderboard-fboulnois.";

    public override string UsageLatest(DateOnly week, double cn, double us, string topN) =>
        $"In the week of {D(week)}, Chinese models had {P(cn)} of the tokens of the top {topN} models OpenRouter lists, US models {P(us)}.";

    public override string UsageFirst(DateOnly week, double cn, double us) =>
        $"In the first week on record ({D(week)}), the shares were {P(cn)} (China) and {P(us)} (US).";

    public override string UsageOpenness(DateOnly week, double open, double closed, double unknown) =>
        $"Open-weight models had {P(open)} of those tokens in the week of {D(week)}, closed models {P(closed)} ({P(unknown)} unknown).";

    public override string UsageCrossing(DateOnly week) => $"The Chinese share first exceeded the US share in the week of {D(week)}.";

    public override string UsageTableCaption(int weeks) => $"Share of the listed OpenRouter tokens, last {weeks} weeks";

    public override string UsageDefinition(string topN) =>
        $"Token share: a group's share of the week's OpenRouter tokens (Monday to Sunday) among the top {topN} models the source lists, not all OpenRouter traffic. " +
        "Free routes (:free) count with their model. Country from the slug's lab (organizations table); openrouter/* stealth models of undisclosed labs are unresolved.";

    public override string UsageUnresolved(int models) => $"{models} listed models could not be attributed to a country (OpenRouter stealth models).";

    public override string DerivativesCaption(string source, DateOnly date, int top) => $"Derivative models by family ({source}, {D(date)}; top {top})";

    public override string DerivativesFinding(string top, double topShare, string second, double secondShare) =>
        $"{top} has the most derivative models ({P(topShare)}), then {second} ({P(secondShare)}).";

    public override string DerivativesDefinition(string source) =>
        $"Derivatives: repositories that declare a base model, counted for the root of their base_model chain, among {source}. " +
        "Re-uploads and derivatives whose chain cannot be followed are attributed by name when named like a known family, else unresolved.";

    public override string LineageNote(double unresolvedShare) =>
        $"{P(unresolvedShare)} of the derivatives are unresolved: their base was removed or not named (most are merges), and their name matches no known family.";

    public override string TrendingCaption(DateOnly date) => $"30-day downloads of the Hub's top 10 trending models, by country ({D(date)})";

    public override string TrendingFinding(DateOnly date, double cn, double us) =>
        $"On the Hub's trending list of {D(date)}, models of Chinese families drew {P(cn)} of the top 10's 30-day downloads, US families {P(us)}.";

    public override string TrendingDefinition =>
        "Downloads: the Hub's 30-day count of requests for a model's config file (CI systems inflate small models), for the 10 trending models only, counted for the country of each model's family lab.";

    public override string Coverage(HubSourceKind source) => source switch
    {
        HubSourceKind.Leaderboard => "the models submitted to the Open LLM Leaderboard",
        HubSourceKind.Trending => "the Hub's top 10 trending models",
        _ => "the imported Hub listings",
    };

    public override string Trillions(double tokens) => $"{(tokens / 1e12).ToString("0.00", CultureInfo.InvariantCulture)} T";

    public override string Group(string group) => group;

    public override string FilesAndDates(FigureSource source) => $"{source.Files} files, {D(source.FirstDate)} to {D(source.LastDate)}";
}
