namespace AiRace.Application;

/// <summary>
/// The application layer: the queries every front end (the CLI, the dashboard) calls and the results they render.
/// Queries validate their input once, read the store through a read-only session and return data, never text layout.
/// </summary>
public static class ApplicationInfo
{
    /// <summary>The version of the result contracts (JSON keys) this assembly produces.</summary>
    public const string ContractVersion = "1";
}
