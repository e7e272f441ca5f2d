namespace AiRace.Store;

/// <summary>The file (or URL) an import came from, identified by its content hash.</summary>
public sealed record ImportSource(string FileName, string Path, string Sha256, long Bytes);
