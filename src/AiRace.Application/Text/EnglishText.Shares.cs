namespace AiRace.Application.Text;

/// <summary>The adoption and usage sections, in English.</summary>
internal sealed partial class EnglishText
{
    public override string AdoptionTitle => "Adoption: Hugging Face derivatives and downloads";

    public override string NoAdoption =>
        "No Hugging Face data imported yet: import a trending or Open LLM Leaderboard folder with 'airace import PATH'.";

    public override string ColumnFamily => "family";

    public override string ColumnDerivatives => "derivatives";

    public override string ColumnShare => "share";

    public override string ColumnCountry => "country";

    public override string ColumnDownloads => "30-day downloads";

    public override string DerivativesCaption(string coverage, DateOnly date, int top) => $"Derivative models by family ({coverage}, {Date(date)}; top {top})";

    public override string DerivativesFinding(string top, double topShare, string second, double secondShare) =>
        $"{top} has the most derivative models ({Share(topShare)}), then {second} ({Share(secondShare)}).";

    public override string DerivativesDefinition(string coverage) =>
        $"Derivatives: repositories that declare a base model, counted for the root of their base_model chain, among {coverage}. " +
        "Re-uploads and derivatives whose chain cannot be followed are attributed by name when named like a known family, else unresolved.";

    public override string LineageNote(double unresolvedShare) =>
        $"{Share(unresolvedShare)} of the derivatives are unresolved: their base was removed or not named (most are merges), and their name matches no known family.";

    public override string TrendingCaption(DateOnly date) => $"30-day downloads of the Hub's top 10 trending models, by country ({Date(date)})";

    public override string TrendingFinding(DateOnly date, double cn, double us) =>
        $"On the Hub's trending list of {Date(date)}, models of Chinese families drew {Share(cn)} of the top 10's 30-day downloads, US families {Share(us)}.";

    public override string TrendingDefinition =>
        "Downloads: the Hub's 30-day count of requests for a model's config file (CI systems inflate small models), for the 10 trending models only, counted for the country of each model's family lab.";

    public override string UsageTitle => "Usage: OpenRouter token share";

    public override string NoUsage => "No usage data imported yet: import an OpenRouter weekly folder with 'airace import PATH'.";

    public override string ColumnWeek => "week of";

    public override string ColumnListedTokens => "listed tokens";

    public override string ColumnOthers => "others";

    public override string UsageLatest(DateOnly week, double cn, double us, string topN) =>
        $"In the week of {Date(week)}, Chinese models had {Share(cn)} of the tokens of the top {topN} models OpenRouter lists, US models {Share(us)}.";

    public override string UsageFirst(DateOnly week, double cn, double us) =>
        $"In the first week on record ({Date(week)}), the shares were {Share(cn)} (China) and {Share(us)} (US).";

    public override string UsageOpenness(DateOnly week, double open, double closed, double unknown) =>
        $"Open-weight models had {Share(open)} of those tokens in the week of {Date(week)}, closed models {Share(closed)} ({Share(unknown)} unknown).";

    public override string UsageCrossing(DateOnly week) => $"The Chinese share first exceeded the US share in the week of {Date(week)}.";

    public override string UsageTableCaption(int weeks) => $"Share of the listed OpenRouter tokens, last {weeks} weeks";

    public override string UsageDefinition(string topN) =>
        $"Token share: a group's share of the week's OpenRouter tokens (Monday to Sunday) among the top {topN} models the source lists, not all OpenRouter traffic. " +
        "Free routes (:free) count with their model. Country from the slug's lab (organizations table); openrouter/* stealth models of undisclosed labs are unresolved.";

    public override string UsageUnresolved(int models) => $"{models} listed models could not be attributed to a country (OpenRouter stealth models).";

    public override string Trillions(double tokens) => $"{Number(tokens / 1e12, 2)} T";
}
