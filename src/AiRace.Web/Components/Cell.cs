namespace AiRace.Web.Components;

/// <summary>A table cell: its text (HTML-escaped when written) and, optionally, the URL it links to.</summary>
public sealed record Cell(string? Text, string? Href = null)
{
    public static implicit operator Cell(string? text) => new(text);
}
