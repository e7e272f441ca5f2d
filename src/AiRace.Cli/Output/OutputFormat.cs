namespace AiRace.Cli.Output;

/// <summary>How a command prints its result: a table for people, JSON or CSV for programs.</summary>
internal enum OutputFormat
{
    Table,
    Json,
    Csv,
}
