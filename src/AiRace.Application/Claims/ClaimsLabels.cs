namespace AiRace.Application.Claims;

/// <summary>The headings a front end prints beside each claim's fields, in the query's language.</summary>
public sealed record ClaimsLabels(
    string Title,
    string Who,
    string Quote,
    string Translation,
    string Claim,
    string Verdict,
    string Figure,
    string Definition,
    string AsOf,
    string Settle,
    string Command,
    string Source,
    string Summary);
