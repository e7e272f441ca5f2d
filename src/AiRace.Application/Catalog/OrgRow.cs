namespace AiRace.Application.Catalog;

/// <summary>One organization (JSON keys): <c>organization</c>, <c>country</c>, <c>rules</c>, <c>models</c>, <c>unresolved_models</c>, <c>best_rank</c>.</summary>
public sealed record OrgRow(string Organization, string? Country, string Rules, int Models, int UnresolvedModels, long? BestRank);
