using AiRace.Store;

namespace AiRace.Sources.Live;

/// <summary>
/// Turns a source's responses, in request order, into rows. It sees only what the archive keeps (URL without secrets,
/// status, content type, body), so <c>airace rebuild</c> re-derives exactly what a live run wrote.
/// </summary>
internal interface IPageDeriver
{
    /// <summary>The credit line to store with the import (it may depend on the responses, as OpenRouter's <c>as_of</c> does).</summary>
    string Attribution { get; }

    /// <summary>Reads one response and writes its rows. Throws <see cref="AiRace.Core.AiRaceException"/> (BadData) on a malformed body.</summary>
    void Add(FetchedPage page, IImportSink sink);

    /// <summary>Writes rows that need every response (counts, totals).</summary>
    void Complete(IImportSink sink);
}
