namespace AiRace.Cli.Output;

/// <summary>A table or CSV column: its header and how to read its value from a row.</summary>
internal sealed record Column<T>(string Header, Func<T, object?> Value);
