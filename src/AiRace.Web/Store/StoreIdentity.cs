namespace AiRace.Web.Store;

/// <summary>
/// Which store file is published now: its size, last write and birth time. <c>airace update</c> publishes by renaming a new
/// file over the store, so any of them changing means another file (another inode) is in place.
/// </summary>
internal readonly record struct StoreIdentity(long Length, long WriteTicks, long BirthTicks)
{
    public static StoreIdentity Of(string path)
    {
        var file = new FileInfo(path);
        return file.Exists ? new(file.Length, file.LastWriteTimeUtc.Ticks, file.CreationTimeUtc.Ticks) : default;
    }

    /// <summary>A short text for cache keys and the <c>ETag</c>-like <c>store</c> field.</summary>
    public override string ToString() => $"{Length:x}-{WriteTicks:x}-{BirthTicks:x}";
}
