using System.Runtime.InteropServices;
using AiRace.Core;

namespace AiRace.Sources.Files;

/// <summary>
/// Only regular files are imported: a FIFO would hang the import and a device (<c>/dev/zero</c>, <c>/dev/urandom</c>) would
/// run it out of memory. Links are followed; the file they end at must be regular. Uses <c>statx</c> on Linux, whose result
/// layout is the same on every architecture; elsewhere every existing file passes.
/// </summary>
internal static class RegularFile
{
    private const int AtFdCwd = -100;
    private const uint StatxType = 0x1;
    private const int ModeOffset = 28;
    private const int TypeMask = 0xF000;
    private const int Regular = 0x8000;

    /// <summary>Throws (bad data, exit 2) unless <paramref name="path"/> ends at a regular file.</summary>
    public static void Require(string path)
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        var buffer = new byte[256];
        if (Statx(AtFdCwd, path, 0, StatxType, buffer) != 0)
        {
            return; // the open that follows reports a missing or unreadable file in its own words
        }

        var type = BitConverter.ToUInt16(buffer, ModeOffset) & TypeMask;
        if (type != Regular)
        {
            throw new AiRaceException(
                ErrorKind.BadData,
                $"Cannot import '{path}': it is not a regular file ({Describe(type)}). Only regular files are imported: save the data to a file and import that.");
        }
    }

    private static string Describe(int type) => type switch
    {
        0x1000 => "a FIFO",
        0x2000 => "a character device",
        0x6000 => "a block device",
        0xC000 => "a socket",
        0x4000 => "a folder",
        _ => "not a plain file",
    };

    [DllImport("libc", EntryPoint = "statx", CharSet = CharSet.Ansi, BestFitMapping = false, ThrowOnUnmappableChar = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int Statx(int dirFd, string path, int flags, uint mask, [Out] byte[] buffer);
}
