namespace AiRace.Sources.Live;

/// <summary>Receives progress of an update, for progress bars.</summary>
public interface IUpdateProgress
{
    void Started(string source);

    /// <summary>After each response: responses so far, rows written so far, bytes read so far.</summary>
    void Advanced(string source, int responses, long rows, long bytes);

    void Finished(SourceRunResult result);
}
