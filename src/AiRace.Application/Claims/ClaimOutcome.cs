using AiRace.Core.Claims;

namespace AiRace.Application.Claims;

/// <summary>What one claim type's evaluation returns: the verdict and its evidence.</summary>
internal sealed record ClaimOutcome(ClaimVerdict Verdict, ClaimEvidence Evidence);
