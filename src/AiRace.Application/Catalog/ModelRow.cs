namespace AiRace.Application.Catalog;

/// <summary>One model (JSON keys): <c>key</c>, <c>name</c>, <c>organization</c>, <c>country</c>, <c>country_rule</c>, <c>openness</c>, <c>release_date</c>.</summary>
public sealed record ModelRow(string Key, string Name, string? Organization, string? Country, string CountryRule, string Openness, DateOnly? ReleaseDate);
