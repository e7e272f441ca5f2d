using AiRace.Core.Domain;

namespace AiRace.Sources.Files;

/// <summary>
/// The retired Hugging Face Open LLM Leaderboard as <c>fboulnois/llm-leaderboard-csv</c> keeps it: v1 <c>huggingface.csv</c>
/// (<c>fullname</c>, <c>hub_hearts</c>, <c>params_b</c>, <c>hub_license</c>, <c>date</c>) and v2 <c>huggingface_v2.csv</c>
/// (<c>model_name</c>, <c>metadata_hub_hearts</c>, <c>metadata_params_billions</c>, <c>metadata_upload_date</c>,
/// <c>metadata_base_model</c>, …). Each file is one snapshot, dated by its last submission. One row per repository (the
/// first of its precisions). v2 lineage: <c>metadata_base_model</c> equal to the repository (generation 0) is an original,
/// <c>Removed</c> is a missing link (relation <c>missing</c>), <c>X (Merge)</c> is a merge of X, and <c>&lt;itself&gt; (Merge)</c> a
/// merge whose parents are not named (no base, relation <c>merge</c>: a missing link too); otherwise the relation comes from the weight type
/// (Adapter), the merged flag, or the model type (fine-tuned, chat, continuously pretrained → finetune), else unknown.
/// </summary>
internal sealed class OpenLlmLeaderboardImporter : IFileImporter
{
    public const string Attribution =
        "Hugging Face Open LLM Leaderboard (retired), via fboulnois/llm-leaderboard-csv (MPL-2.0); Hugging Face's terms apply.";

    private const string MergeSuffix = " (Merge)";

    private readonly bool _v2;

    public OpenLlmLeaderboardImporter(bool v2) => _v2 = v2;

    public string Kind => _v2 ? "open-llm-leaderboard-v2" : "open-llm-leaderboard-v1";

    public bool CanRead(FileProbe probe) => _v2
        ? probe.FirstLine.StartsWith("id,model_name,", StringComparison.Ordinal) && probe.FirstLine.Contains(",metadata_base_model,", StringComparison.Ordinal)
        : probe.FirstLine.StartsWith("t,model,average,", StringComparison.Ordinal) && probe.FirstLine.Contains(",fullname,", StringComparison.Ordinal);

    public ImportBatch Read(FileProbe probe)
    {
        var rows = new List<HubModelRecord>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var snapshot = DateOnly.MinValue;
        using var csv = new CsvRows(probe.Path, endsLines: true);
        if (_v2)
        {
            csv.Require("model_name", "metadata_base_model", "metadata_hub_hearts", "metadata_params_billions", "metadata_upload_date", "metadata_submission_date");
        }
        else
        {
            csv.Require("fullname", "hub_hearts", "params_b", "hub_license", "date");
        }

        while (csv.Read())
        {
            var repo = csv.RequiredText(_v2 ? "model_name" : "fullname");
            var submitted = _v2 ? csv.Date("metadata_submission_date") : csv.Date("date");
            if (submitted > snapshot)
            {
                snapshot = submitted.Value;
            }

            if (!seen.Add(repo))
            {
                continue;
            }

            var slash = repo.IndexOf('/', StringComparison.Ordinal);
            var author = slash > 0 ? repo[..slash] : null;
            var likes = csv.Number(_v2 ? "metadata_hub_hearts" : "hub_hearts");
            var billions = csv.Number(_v2 ? "metadata_params_billions" : "params_b");
            long? parameters = billions is > 0 ? (long)Math.Round(billions.Value * 1e9) : null;
            if (_v2)
            {
                var uploaded = csv.Date("metadata_upload_date");
                var (baseModel, relation) = Lineage(csv, repo);
                rows.Add(new HubModelRecord(
                    default, repo, author, null, null, ToLong(likes), uploaded is { } u ? new DateTimeOffset(u.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : null,
                    null, null, csv.Text("metadata_hub_license"), baseModel, relation, parameters, null));
            }
            else
            {
                rows.Add(new HubModelRecord(default, repo, author, null, null, ToLong(likes), null, null, null, csv.Text("hub_license"), null, null, parameters, null));
            }
        }

        if (snapshot == DateOnly.MinValue)
        {
            throw BadData.Malformed(probe.FileName, "no row has a submission date, so the snapshot cannot be dated");
        }

        var batch = new ImportBatch(Kind, Attribution) { HubModels = rows.Select(r => r with { SnapshotDate = snapshot }).ToList() };
        return batch;
    }

    private static (string? Base, string? Relation) Lineage(CsvRows csv, string repo)
    {
        var text = csv.Text("metadata_base_model");
        if (text is null || text == repo)
        {
            return (null, null);
        }

        if (text.Equals("Removed", StringComparison.OrdinalIgnoreCase))
        {
            return (null, Core.Adoption.DerivativeRelationNames.Missing);
        }

        if (text.EndsWith(MergeSuffix, StringComparison.Ordinal))
        {
            // "<repo> (Merge)": a merge whose parents the leaderboard does not name; a missing link with relation merge.
            var b = text[..^MergeSuffix.Length].Trim();
            return (b == repo ? null : b, "merge");
        }

        if (string.Equals(csv.Text("model_weight_type"), "Adapter", StringComparison.OrdinalIgnoreCase))
        {
            return (text, "adapter");
        }

        if (string.Equals(csv.Text("features_is_merged"), "TRUE", StringComparison.OrdinalIgnoreCase))
        {
            return (text, "merge");
        }

        var type = csv.Text("model_type")?.ToLowerInvariant() ?? string.Empty;
        if (type.Contains("merge", StringComparison.Ordinal))
        {
            return (text, "merge");
        }

        return type.Contains("fine-tuned", StringComparison.Ordinal) || type.Contains("chat", StringComparison.Ordinal) || type.Contains("continuously", StringComparison.Ordinal)
            ? (text, "finetune")
            : (text, "unknown");
    }

    private static long? ToLong(double? value) => value is { } v ? (long)Math.Round(v, MidpointRounding.AwayFromZero) : null;
}
