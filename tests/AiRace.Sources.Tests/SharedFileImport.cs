using AiRace.Core.Domain;
using AiRace.Sources.Files;
using AiRace.Testing;

namespace AiRace.Sources.Tests;

/// <summary>Reads one real shared-data file through the importer registry, as <c>airace import</c> would.</summary>
internal static class SharedFileImport
{
    public static (IFileImporter Importer, ImportBatch Batch) Read(string relative)
    {
        var probe = FileProbe.Of(SharedData.File(relative));
        var importer = FileImporters.For(probe) ?? throw new InvalidOperationException($"No importer reads {relative}.");
        return (importer, importer.Read(probe));
    }

    /// <summary>The best score on <paramref name="metric"/> among models whose source country is <paramref name="country"/>.</summary>
    public static Observation BestOf(ImportBatch batch, string metric, string country)
    {
        var keys = batch.Models.Where(m => m.SourceCountry == country).Select(m => m.Key).ToHashSet(StringComparer.Ordinal);
        return batch.Observations.Where(o => o.MetricId == metric && keys.Contains(o.ModelKey)).MaxBy(o => o.Score)
            ?? throw new InvalidOperationException($"No {country} observation of {metric}.");
    }
}
