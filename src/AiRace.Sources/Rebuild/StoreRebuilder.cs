using AiRace.Core;
using AiRace.Sources.Attribution;
using AiRace.Sources.Files;
using AiRace.Sources.Live;
using AiRace.Store;

namespace AiRace.Sources.Rebuild;

/// <summary>
/// Re-derives the whole store: every live import from its archived responses (no network), every file import by reading
/// its file again (after checking its sha256). Everything happens in one transaction. When a file is gone or changed the
/// rebuild stops before changing anything, unless the caller agrees to drop those imports.
/// </summary>
public sealed class StoreRebuilder
{
    private readonly AiRaceStore _store;

    public StoreRebuilder(AiRaceStore store) => _store = store ?? throw new ArgumentNullException(nameof(store));

    /// <summary>Imports whose file is gone or changed, with the reason; they cannot be re-derived.</summary>
    public IReadOnlyList<(ImportRecord Import, string Reason)> Missing() =>
        _store.Imports().Select(i => (i, Problem(i))).Where(p => p.Item2 is not null).Select(p => (p.i, p.Item2!)).ToList();

    /// <summary>Rebuilds; throws (exit 3) listing missing files unless <paramref name="dropMissing"/>.</summary>
    public RebuildResult Run(bool dropMissing)
    {
        var missing = Missing();
        if (missing.Count > 0 && !dropMissing)
        {
            var list = string.Join("; ", missing.Select(m => $"import {m.Import.Id} '{m.Import.Path}': {m.Reason}"));
            throw new AiRaceException(
                ErrorKind.SourceUnavailable,
                $"Cannot rebuild: {missing.Count} import(s) cannot be read again ({list}). Put the files back, or pass --drop-missing to rebuild without them. Nothing was changed.");
        }

        var dropped = missing.Select(m => m.Import.Id).ToHashSet();
        int fromArchive = 0, fromFiles = 0;
        using var rebuild = _store.BeginRebuild();
        foreach (var import in _store.Imports())
        {
            if (dropped.Contains(import.Id))
            {
                rebuild.Drop(import.Id);
                continue;
            }

            var sink = rebuild.For(import.Id);
            var archive = _store.Archive(import.Id);
            if (archive.Count > 0)
            {
                Replay(import, archive, sink);
                fromArchive++;
            }
            else
            {
                var importer = FileImporters.All.First(i => i.Kind == import.SourceKind);
                sink.Add(CheckedRead.Read(importer, FileProbe.Of(import.Path)));
                fromFiles++;
            }
        }

        rebuild.Commit();
        var rows = _store.Imports().Sum(i => i.Rows);
        return new RebuildResult(fromArchive, fromFiles, missing.Select(m => m.Import.Path).ToList(), rows);
    }

    private void Replay(ImportRecord import, IReadOnlyList<ArchivedResponse> archive, IImportSink sink)
    {
        var source = LiveSources.ByKind(import.SourceKind)!;
        var deriver = source.CreateDeriver(new DeriveContext(import.SourceKind, import.RetrievedAt!.Value, BundledOrganizations.Table));
        foreach (var a in archive)
        {
            var page = new FetchedPage(a.Url, a.Status, a.ContentType, _store.ArchiveBody(a.Id), a.NextUrl, a.Status == 304);
            try
            {
                deriver.Add(page, sink);
            }
            catch (AiRaceException ex)
            {
                throw new AiRaceException(ErrorKind.BadData, $"Cannot rebuild import {import.Id} ({source.Name}): archived response {a.Id} from {a.Url}: {ex.Message}. Nothing was changed.", ex);
            }
        }

        deriver.Complete(sink);
    }

    private string? Problem(ImportRecord import)
    {
        if (_store.Archive(import.Id).Count > 0)
        {
            return LiveSources.ByKind(import.SourceKind) is null || import.RetrievedAt is null
                ? $"its kind '{import.SourceKind}' is not a live source this version knows"
                : null;
        }

        if (FileImporters.All.All(i => i.Kind != import.SourceKind))
        {
            return $"no importer of kind '{import.SourceKind}' in this version";
        }

        if (!File.Exists(import.Path))
        {
            return "the file is gone";
        }

        return FileImportRunner.Hash(import.Path).Sha256 == import.Sha256 ? null : "the file has changed since it was imported (sha256 differs)";
    }
}
