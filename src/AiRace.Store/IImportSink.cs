using AiRace.Core.Domain;

namespace AiRace.Store;

/// <summary>Receives the rows of one import piece by piece, so a large source is written as it streams in, inside one transaction.</summary>
public interface IImportSink
{
    /// <summary>Writes a batch's metrics, models, organizations, observations and Hub snapshots under the current import.</summary>
    void Add(ImportBatch batch);
}
