using AiRace.Core.Domain;

namespace AiRace.Sources.Files;

/// <summary>Reads one shape of file into an <see cref="ImportBatch"/>. Chosen by <see cref="CanRead"/> on the file's name and header.</summary>
public interface IFileImporter
{
    /// <summary>Stable name of the importer, stored with each import (for example <c>lmarena-alltime</c>).</summary>
    string Kind { get; }

    /// <summary>True when the file has this importer's shape.</summary>
    bool CanRead(FileProbe probe);

    /// <summary>Reads the whole file. Throws <see cref="AiRace.Core.AiRaceException"/> (BadData) naming file, line and value on malformed input.</summary>
    ImportBatch Read(FileProbe probe);
}
