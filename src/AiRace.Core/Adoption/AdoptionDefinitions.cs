namespace AiRace.Core.Adoption;

/// <summary>The definition sentence of every adoption figure: what the source counts, and how repositories are attributed.</summary>
public static class AdoptionDefinitions
{
    /// <summary>What the chosen kind of Hub data covers.</summary>
    public static string Coverage(HubSourceKind source) => source switch
    {
        HubSourceKind.Trending => "the 10 repositories on the Hugging Face Hub's trending list that day (top 10 only, not the whole Hub)",
        HubSourceKind.Leaderboard => "the models submitted to the Open LLM Leaderboard only (not the whole Hub), as the leaderboard recorded them",
        _ => "the repositories of the imported Hugging Face /api/models listings (only those the listing holds)",
    };

    public static string Measure(AdoptionMeasure measure) => measure switch
    {
        AdoptionMeasure.Downloads =>
            "Downloads in the 30 days before each snapshot, as the Hugging Face Hub counts them: requests for a model's config file, so CI systems and repeated pulls inflate small models",
        AdoptionMeasure.DownloadsAllTime =>
            "All-time downloads (the Hub's downloadsAllTime, counted the same way: requests for a model's config file)",
        AdoptionMeasure.Likes => "Likes (hearts) on the Hub",
        AdoptionMeasure.Models => "Number of repositories (on the trending list: the slots each group holds)",
        AdoptionMeasure.Derivatives =>
            "Number of derivative repositories: those that declare a base model, counted for the root of their base_model chain (followed recursively), by relation as the source states it (finetune, adapter, quantized, merge; unknown when it does not say)",
        _ =>
            "Share of each month's new derivative repositories (by creation date on the Hub; upload date on the leaderboard), counted for the root of their base_model chain",
    };

    public static string Grouping(AdoptionGrouping by) => by switch
    {
        AdoptionGrouping.Country => "grouped by the country of the family root's lab",
        AdoptionGrouping.Lab => "grouped by the family root's lab",
        _ => "grouped by family (the root of the base_model chain, named after its publisher's model line)",
    };

    /// <summary>The full definition of a figure.</summary>
    public static string Of(AdoptionMeasure measure, AdoptionGrouping by, HubSourceKind source) =>
        $"{Measure(measure)}; of {Coverage(source)}; {Grouping(by)}. A repository counts for its family root's lab and country, " +
        "whoever uploaded it. A root owned by no known lab but named like a known family (unsloth/gemma-2-9b-it), and a repository whose " +
        "chain cannot be followed (its base removed or not named, or a loop) but is named like one, are attributed by name; the rest are 'unresolved'.";
}
