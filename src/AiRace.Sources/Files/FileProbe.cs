namespace AiRace.Sources.Files;

/// <summary>What an importer may look at to decide whether it reads a file: its path, name, parent folder and first line.</summary>
public sealed record FileProbe(string Path, string FileName, string ParentFolder, string FirstLine)
{
    /// <summary>The folder name as a date, when it is one (<c>YYYY-MM-DD</c>): the snapshot date of dated folders.</summary>
    public DateOnly? FolderDate =>
        DateOnly.TryParseExact(ParentFolder, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var d)
            ? d
            : null;

    /// <summary>True when the path contains <paramref name="segment"/> as a folder name.</summary>
    public bool UnderFolder(string segment) =>
        Path.Replace('\\', '/').Split('/').Contains(segment, StringComparer.Ordinal);

    /// <summary>Reads the first line of a file (without BOM) to build a probe.</summary>
    public static FileProbe Of(string path)
    {
        var full = System.IO.Path.GetFullPath(path);
        string first;
        using (var reader = new StreamReader(full, detectEncodingFromByteOrderMarks: true))
        {
            first = reader.ReadLine() ?? string.Empty;
        }

        var parent = System.IO.Path.GetFileName(System.IO.Path.GetDirectoryName(full)) ?? string.Empty;
        return new FileProbe(full, System.IO.Path.GetFileName(full), parent, first.TrimStart('\uFEFF'));
    }
}
