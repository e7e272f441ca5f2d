namespace AiRace.Core.Adoption;

/// <summary>What an adoption figure measures.</summary>
public enum AdoptionMeasure
{
    /// <summary>Downloads in the 30 days before the snapshot (the Hub's count of config-file requests).</summary>
    Downloads,

    /// <summary>All-time downloads (the Hub's <c>downloadsAllTime</c>).</summary>
    DownloadsAllTime,

    /// <summary>Likes (hearts).</summary>
    Likes,

    /// <summary>Number of repositories (on the trending list: slots).</summary>
    Models,

    /// <summary>Number of repositories that declare a base model.</summary>
    Derivatives,

    /// <summary>Each month's new derivatives (by creation date), shared among groups.</summary>
    NewDerivativeShare,
}
