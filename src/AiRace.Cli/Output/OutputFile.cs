using System.Text;
using AiRace.Core;

namespace AiRace.Cli.Output;

/// <summary>
/// Writes an output file (<c>report --output</c>, its charts) to a temporary file beside it and renames it into place, so
/// a reader never sees half a file and a symbolic link at the path is replaced, not followed.
/// </summary>
internal static class OutputFile
{
    public static void Write(string path, string content)
    {
        var full = Path.GetFullPath(path);
        var dir = Path.GetDirectoryName(full)!;
        if (Directory.Exists(full))
        {
            throw new AiRaceException(ErrorKind.Usage, $"The output '{path}' is a folder. Pass a file name, e.g. {Path.Combine(path, "report.md")}.");
        }

        var temp = Path.Combine(dir, $".{Path.GetFileName(full)}.{Environment.ProcessId}.tmp");
        try
        {
            File.WriteAllText(temp, content, new UTF8Encoding(false));
            File.Move(temp, full, overwrite: true);
        }
        finally
        {
            File.Delete(temp);
        }
    }
}
