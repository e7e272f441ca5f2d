namespace AiRace.Core.Claims;

/// <summary>The stable names of <see cref="ClaimVerdict"/> (JSON values; the text catalog translates them for people).</summary>
public static class ClaimVerdictNames
{
    public static string ToName(ClaimVerdict verdict) => verdict switch
    {
        ClaimVerdict.Supported => "supported",
        ClaimVerdict.Contradicted => "contradicted",
        ClaimVerdict.Mixed => "mixed",
        _ => "not measurable",
    };
}
