using AiRace.Core.Domain;

namespace AiRace.Sources.Files;

/// <summary>
/// <c>lmarena-history-jasontrigg0/alltime.csv</c>: <c>key,Model,rating,License,Organization,date</c>, one row per model and
/// snapshot date (<c>YYYYMMDD</c>). Also its companion <c>key_to_model.csv</c> (models only). Each key's display name is
/// recorded as an alias, so boards that print only display names (fboulnois) join the same model. A key repeated on one
/// date (<c>yi-34b-chat</c> is listed twice on 96 dates, with equal ratings) is kept once: the first row wins.
/// </summary>
internal sealed class LmArenaAlltimeImporter : IFileImporter
{
    public const string Attribution =
        "LMArena (Chatbot Arena) ratings, via jasontrigg0/chatbot-arena-history; LMArena's terms apply.";

    public string Kind => "lmarena-alltime";

    public bool CanRead(FileProbe probe) =>
        probe.FirstLine.StartsWith("key,Model,", StringComparison.Ordinal) &&
        (probe.FirstLine.Contains(",rating,", StringComparison.Ordinal) || probe.FirstLine.StartsWith("key,Model,License,Organization", StringComparison.Ordinal));

    public ImportBatch Read(FileProbe probe)
    {
        var batch = new ImportBatch(Kind, Attribution) { AliasScope = LmArenaModelKeys.Scope };
        using var csv = new CsvRows(probe.Path, endsLines: true);
        csv.Require("key", "Model", "License", "Organization");
        var scored = csv.Has("rating");
        if (scored)
        {
            csv.Require("date");
            batch.Metrics.Add(KnownMetrics.LmArenaText);
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        var observed = new HashSet<(string, DateOnly)>();
        while (csv.Read())
        {
            var key = LmArenaModelKeys.Resolve(csv.RequiredText("key"));
            var name = csv.RequiredText("Model");
            if (seen.Add(key))
            {
                batch.Aliases.AddRange(LmArenaModelKeys.Aliases(key, name));
                batch.Models.Add(new ModelRecord(
                    key, name, csv.Text("Organization"), null,
                    LicenseOpenness.FromLicense(csv.Text("License")), null, csv.Text("key")));
            }

            if (scored)
            {
                var date = csv.Date("date", "yyyyMMdd") ?? throw csv.Bad("date", string.Empty, "a date (YYYYMMDD)");
                var rating = csv.RequiredNumber("rating");
                if (observed.Add((key, date)))
                {
                    batch.Observations.Add(new Observation(KnownMetrics.LmArenaText.Id, key, date, rating));
                }
            }
        }

        return batch;
    }
}
