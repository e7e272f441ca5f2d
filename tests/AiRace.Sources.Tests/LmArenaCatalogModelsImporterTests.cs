using AiRace.Core.Domain;
using AiRace.Sources.Files;
using AiRace.Testing;

namespace AiRace.Sources.Tests;

public sealed class LmArenaCatalogModelsImporterTests
{
    [RealDataFact]
    public void Reads_models_with_organization_licence_and_display_name_aliases_but_no_scores()
    {
        var probe = FileProbe.Of(SharedData.File("lmarena-arena-catalog/2025-12-17/scatterplot-data.json"));
        var importer = FileImporters.For(probe);
        Assert.IsType<LmArenaCatalogModelsImporter>(importer);
        var batch = importer.Read(probe);

        // README + python3: 141 objects with 141 distinct model_api_name; 80 'Proprietary' and 1 'Propretary'.
        Assert.Equal(141, batch.Models.Count);
        Assert.Empty(batch.Observations);
        Assert.Equal(81, batch.Models.Count(m => m.Openness == Openness.Closed));
        var r1 = batch.Models.Single(m => m.Key == "deepseek-r1");
        Assert.Equal(("DeepSeek-R1", "DeepSeek", Openness.Open), (r1.Name, r1.Organization!, r1.Openness));
        // The display name 'GPT-4o' is recorded as an alias of key chatgpt-4o-latest-20241120; every key is its own alias.
        Assert.Contains(new ModelAlias("gpt-4o", "chatgpt-4o-latest-20241120"), batch.Aliases);
        Assert.Contains(new ModelAlias("deepseek-r1", "deepseek-r1"), batch.Aliases);
        Assert.Equal(LmArenaModelKeys.Scope, batch.AliasScope);
    }
}
