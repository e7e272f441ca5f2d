namespace AiRace.Store;

/// <summary>
/// A user's file name handed to DuckDB's file readers as that one file: DuckDB expands <c>*</c>, <c>?</c> and <c>[...]</c>
/// (and reads <c>~</c> and URL prefixes its own way), so a name with any of those is read through a link without them in a
/// private temporary folder. Disposing removes the link.
/// </summary>
internal sealed class LiteralPath : IDisposable
{
    private readonly string? _folder;

    private LiteralPath(string path, string? folder)
    {
        Path = path;
        _folder = folder;
    }

    /// <summary>The path to put in the SQL (single quotes still need escaping there).</summary>
    public string Path { get; }

    public static LiteralPath For(string file)
    {
        var full = System.IO.Path.GetFullPath(file);
        if (full.AsSpan().IndexOfAny("*?[]{}~:\\") < 0)
        {
            return new LiteralPath(full, null);
        }

        var folder = Directory.CreateTempSubdirectory("airace-read-").FullName;
        var extension = System.IO.Path.GetExtension(full);
        var link = System.IO.Path.Combine(folder, "data" + (extension.Skip(1).All(char.IsAsciiLetterOrDigit) ? extension : string.Empty));
        File.CreateSymbolicLink(link, full);
        return new LiteralPath(link, folder);
    }

    public void Dispose()
    {
        if (_folder is not null)
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
