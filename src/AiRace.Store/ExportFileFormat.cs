namespace AiRace.Store;

/// <summary>The file format of an export: Parquet (typed, compressed) or CSV (with a header row).</summary>
public enum ExportFileFormat
{
    Parquet,
    Csv,
}
