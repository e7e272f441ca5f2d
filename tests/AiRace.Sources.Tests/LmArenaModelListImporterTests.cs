using AiRace.Sources.Files;
using AiRace.Testing;

namespace AiRace.Sources.Tests;

public sealed class LmArenaModelListImporterTests
{
    [RealDataFact]
    public void Reads_the_text_models_that_name_their_lab_keyed_by_display_name()
    {
        var probe = FileProbe.Of(SharedData.File("lmarena-model-list-namra7x/snapshot.json"));
        var importer = FileImporters.For(probe);
        Assert.IsType<LmArenaModelListImporter>(importer);
        var batch = importer.Read(probe);

        // python3: of 993 entries, 511 output text, 216 of those name an organization, under 196 distinct display names.
        Assert.Equal(196, batch.Models.Count);
        Assert.Empty(batch.Observations);
        Assert.All(batch.Models, m => Assert.NotNull(m.Organization));
        var glm = batch.Models.Single(m => m.Key == "glm-5.1");
        Assert.Equal(("zai", "019d5e8d-d53e-75f3-bcf5-815ae0cf202a"), (glm.Organization!, glm.SourceId!));
        // 'kiteki' is the codename (publicName) of qwen3.5-max-preview: it is not a key.
        Assert.DoesNotContain(batch.Models, m => m.Key == "kiteki");
    }
}
