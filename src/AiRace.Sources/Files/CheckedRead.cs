using System.Text.Json;
using AiRace.Core;
using AiRace.Core.Domain;
using CsvHelper;

namespace AiRace.Sources.Files;

/// <summary>
/// The one way a file is read into a batch (import, rebuild, the Epoch live source): the importer reads it, then
/// <see cref="ValueSanity"/> checks every value. A parser failure an importer did not turn into its own line still becomes
/// one BadData line naming the file (the fuzz tests count these: there should be none).
/// </summary>
public static class CheckedRead
{
    /// <summary>The start of the line for a failure no importer named; the fuzz tests look for it.</summary>
    public const string UnnamedFailure = "unexpected content";

    /// <summary>Reads <paramref name="probe"/> with <paramref name="importer"/> and checks the values.</summary>
    public static ImportBatch Read(IFileImporter importer, FileProbe probe)
    {
        ArgumentNullException.ThrowIfNull(importer);
        ArgumentNullException.ThrowIfNull(probe);
        ImportBatch batch;
        try
        {
            batch = importer.Read(probe);
            ValueSanity.Check(batch, probe.FileName);
        }
        catch (Exception ex) when (IsDataFailure(ex))
        {
            throw Unnamed(probe.FileName, ex);
        }

        if (batch.HubModels is not IReadOnlyCollection<HubModelRecord>)
        {
            batch.HubModels = Guarded(batch.HubModels, probe.FileName);
        }

        return batch;
    }

    /// <summary>Exceptions that mean the bytes were not what the parser expected (not the disk, the store or a cancellation).</summary>
    internal static bool IsDataFailure(Exception ex) =>
        ex is JsonException or CsvHelperException or FormatException or OverflowException or InvalidOperationException
            or ArgumentException or IndexOutOfRangeException or KeyNotFoundException or InvalidCastException
            or System.Text.DecoderFallbackException or NullReferenceException;

    private static AiRaceException Unnamed(string file, Exception ex)
    {
        var detail = ex.Message.Split('\n')[0].Trim();
        return new AiRaceException(
            ErrorKind.BadData,
            $"Cannot read '{file}': {UnnamedFailure} ({ex.GetType().Name}: {(detail.Length <= 120 ? detail : detail[..120] + "…")}). Check that it is the file the importer expects, or download it again.",
            ex);
    }

    private static IEnumerable<HubModelRecord> Guarded(IEnumerable<HubModelRecord> records, string file)
    {
        using var e = records.GetEnumerator();
        while (true)
        {
            try
            {
                if (!e.MoveNext())
                {
                    yield break;
                }
            }
            catch (Exception ex) when (IsDataFailure(ex))
            {
                throw Unnamed(file, ex);
            }

            yield return e.Current;
        }
    }
}
