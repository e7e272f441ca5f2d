namespace AiRace.Sources.Files;

/// <summary>The outcome of importing one file.</summary>
public enum FileImportStatus
{
    Imported,
    AlreadyImported,
    Skipped,
}
