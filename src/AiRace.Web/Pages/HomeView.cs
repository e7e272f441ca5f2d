using AiRace.Application.Claims;

namespace AiRace.Web.Pages;

/// <summary>The home page (<c>/index.json</c>): <c>as_of</c>, <c>gaps</c> (the key gap figures) and <c>claims</c> (the ledger's verdicts).</summary>
public sealed record HomeView(DateOnly? AsOf, IReadOnlyList<KeyGap> Gaps, ClaimsResult Claims);
