using AiRace.Core;

namespace AiRace.Sources.Live;

/// <summary>
/// Keeps two <c>airace update</c> runs off the same store: an exclusive lock on <c>&lt;store&gt;.update.lock</c>, released
/// (and the file removed) when disposed or when the process dies.
/// </summary>
public sealed class UpdateLock : IDisposable
{
    private readonly FileStream? _stream;

    private UpdateLock(FileStream? stream, string path)
    {
        _stream = stream;
        Path = path;
    }

    /// <summary>The lock file.</summary>
    public string Path { get; }

    /// <summary>Takes the lock for the store at <paramref name="storePath"/>, or throws (exit 3) saying another update holds it.</summary>
    public static UpdateLock Acquire(string storePath)
    {
        ArgumentException.ThrowIfNullOrEmpty(storePath);
        if (storePath == ":memory:")
        {
            return new UpdateLock(null, storePath);
        }

        var path = System.IO.Path.GetFullPath(storePath) + ".update.lock";
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        try
        {
            var stream = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose);
            return new UpdateLock(stream, path);
        }
        catch (IOException ex)
        {
            throw new AiRaceException(
                ErrorKind.SourceUnavailable,
                $"Another 'airace update' is running on '{storePath}' (it holds '{path}'). Wait for it to finish, then run again.",
                ex);
        }
    }

    public void Dispose() => _stream?.Dispose();
}
