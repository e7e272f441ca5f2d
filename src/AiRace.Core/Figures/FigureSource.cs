namespace AiRace.Core.Figures;

/// <summary>A source a figure was computed from: importer kind, what the publisher asks to be credited with, files and dates covered.</summary>
public sealed record FigureSource(string Kind, string Attribution, int Files, DateOnly? FirstDate, DateOnly? LastDate);
