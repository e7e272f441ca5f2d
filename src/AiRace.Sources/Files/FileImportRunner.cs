using System.Security.Cryptography;
using AiRace.Core;
using AiRace.Store;

namespace AiRace.Sources.Files;

/// <summary>Imports files and folders (recursively) into a store, one atomic import per file.</summary>
public sealed class FileImportRunner
{
    private readonly AiRaceStore _store;

    public FileImportRunner(AiRaceStore store) => _store = store;

    /// <summary>Expands folders (recursively, sorted) into files; a path that does not exist is a usage error.</summary>
    public static IReadOnlyList<string> Expand(IEnumerable<string> paths)
    {
        var files = new List<string>();
        foreach (var p in paths)
        {
            if (Directory.Exists(p))
            {
                files.AddRange(Directory.EnumerateFiles(p, "*", SearchOption.AllDirectories)
                    .Where(f => !Path.GetFileName(f).StartsWith('.'))
                    .Order(StringComparer.Ordinal));
            }
            else if (File.Exists(p))
            {
                files.Add(p);
            }
            else
            {
                throw new AiRaceException(ErrorKind.Usage, $"No such file or folder: '{p}'. Check the path.");
            }
        }

        return files;
    }

    /// <summary>
    /// Imports one file. Unknown shapes are skipped with a reason; malformed files throw (BadData) before anything is written.
    /// </summary>
    public FileImportResult ImportFile(string path)
    {
        RegularFile.Require(path);
        var probe = FileProbe.Of(path);
        var importer = FileImporters.For(probe);
        if (importer is null)
        {
            return new FileImportResult(path, null, 0, FileImportStatus.Skipped, SkipReason(probe));
        }

        var (sha, bytes) = Hash(probe.Path);
        if (_store.FindImport(sha, importer.Kind) is not null)
        {
            return new FileImportResult(path, importer.Kind, 0, FileImportStatus.AlreadyImported);
        }

        var batch = CheckedRead.Read(importer, probe);
        var outcome = _store.Import(batch, new ImportSource(probe.FileName, probe.Path, sha, bytes));
        return new FileImportResult(
            path, importer.Kind, outcome.Rows, outcome.AlreadyImported ? FileImportStatus.AlreadyImported : FileImportStatus.Imported,
            Notes: batch.Notes.Count > 0 ? batch.Notes : null);
    }

    /// <summary>SHA-256 (lower-case hex) and size of a file.</summary>
    public static (string Sha256, long Bytes) Hash(string path)
    {
        using var stream = File.OpenRead(path);
        var hash = SHA256.HashData(stream);
        return (Convert.ToHexStringLower(hash), stream.Length);
    }

    private static string SkipReason(FileProbe probe)
    {
        var ext = Path.GetExtension(probe.FileName).ToLowerInvariant();
        return ext is ".csv" or ".json" or ".parquet" or ".jsonl"
            ? $"no importer knows this {ext} shape (header starts '{Truncate(probe.FirstLine)}')"
            : $"not a data file this version reads ({(ext.Length == 0 ? "no extension" : ext)})";
    }

    private static string Truncate(string s) => s.Length <= 60 ? s : s[..60] + "…";
}
