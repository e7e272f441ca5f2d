namespace AiRace.Sources.Files;

/// <summary>The registry of file importers, tried in order; the first whose <see cref="IFileImporter.CanRead"/> is true reads the file.</summary>
public static class FileImporters
{
    /// <summary>Every supported file shape.</summary>
    public static IReadOnlyList<IFileImporter> All { get; } =
    [
        new LmArenaAlltimeImporter(),
        new EpochOrganizationsImporter(),
        new EpochEciImporter(),
        new EpochCatalogImporter(),
        new EpochChinaBenchmarksImporter(),
        new EpochBenchmarkRunsImporter(),
        new ArtificialAnalysisImporter(),
        new LmArenaBoardCsvImporter(),
        new LmArenaCatalogLeaderboardImporter(),
        new LmArenaCatalogModelsImporter(),
        new LmArenaDailyBoardImporter(),
        new LmArenaModelListImporter(),
        new OpenRouterWeeklyImporter(),
        new HfTrendingImporter(),
        new OpenLlmLeaderboardImporter(v2: false),
        new OpenLlmLeaderboardImporter(v2: true),
        new HubModelsJsonImporter(),
    ];

    /// <summary>The importer for a file, or null when no importer knows its shape.</summary>
    public static IFileImporter? For(FileProbe probe) => All.FirstOrDefault(i => i.CanRead(probe));
}
