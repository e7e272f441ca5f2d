namespace AiRace.Web.Components;

/// <summary>A control of a page's GET form: a query parameter, its label, its current value, and its choices (value, label) for a select.</summary>
public sealed record FormField(string Name, string Label, string? Value, IReadOnlyList<(string Value, string Label)>? Choices = null, string Type = "text");
