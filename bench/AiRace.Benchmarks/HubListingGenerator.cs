using System.Globalization;
using System.Text.Json;

namespace AiRace.Benchmarks;

/// <summary>
/// Writes a synthetic Hugging Face <c>/api/models</c> listing as JSON lines: a fifth of the records are lab originals, the
/// rest derivatives that name their base in tags (<c>base_model:&lt;relation&gt;:&lt;id&gt;</c>) and sometimes in the card,
/// with the API's other fields (likes, downloads, createdAt, safetensors, ...). Deterministic for a given count.
/// </summary>
internal static class HubListingGenerator
{
    private static readonly string[] Labs = ["Qwen", "meta-llama", "google", "mistralai", "deepseek-ai", "microsoft", "zai-org", "moonshotai", "openai", "nvidia"];
    private static readonly string[] Relations = ["finetune", "adapter", "quantized", "merge"];
    private static readonly string[] Pipelines = ["text-generation", "image-text-to-text", "text-to-image", "automatic-speech-recognition", "feature-extraction"];
    private static readonly string[] Libraries = ["transformers", "gguf", "peft", "diffusers", "mlx"];
    private static readonly string[] Licenses = ["apache-2.0", "mit", "llama3.1", "gemma", "other"];

    public static long Write(string path, int count)
    {
        var random = new Random(20260101);
        var originals = new List<string>();
        using var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 20);
        using var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = false, SkipValidation = true });
        var created = new DateTime(2022, 3, 2, 23, 29, 4, DateTimeKind.Utc);
        for (var i = 0; i < count; i++)
        {
            var original = i < 1000 || random.Next(5) == 0;
            var owner = original ? Labs[random.Next(Labs.Length)] : $"user{random.Next(400_000)}";
            var id = $"{owner}/model-{i:x}-{random.Next(1000)}b";
            writer.WriteStartObject();
            writer.WriteString("_id", i.ToString("x24", CultureInfo.InvariantCulture));
            writer.WriteString("id", id);
            writer.WriteString("author", owner);
            writer.WriteNumber("likes", random.Next(2000));
            writer.WriteNumber("trendingScore", random.Next(50));
            writer.WriteBoolean("private", false);
            writer.WriteNumber("downloads", (long)Math.Pow(10, random.NextDouble() * 6));
            writer.WriteNumber("downloadsAllTime", (long)Math.Pow(10, random.NextDouble() * 7));
            writer.WriteStartArray("tags");
            writer.WriteStringValue(Libraries[random.Next(Libraries.Length)]);
            writer.WriteStringValue("safetensors");
            writer.WriteStringValue($"license:{Licenses[random.Next(Licenses.Length)]}");
            string? baseId = null;
            if (!original && originals.Count > 0)
            {
                baseId = originals[random.Next(originals.Count)];
                writer.WriteStringValue($"base_model:{baseId}");
                writer.WriteStringValue($"base_model:{Relations[random.Next(Relations.Length)]}:{baseId}");
            }

            writer.WriteStringValue("region:us");
            writer.WriteEndArray();
            writer.WriteString("pipeline_tag", Pipelines[random.Next(Pipelines.Length)]);
            writer.WriteString("library_name", Libraries[random.Next(Libraries.Length)]);
            writer.WriteString("createdAt", created.AddMinutes(i * 0.7).ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture));
            writer.WriteString("modelId", id);
            if (random.Next(3) == 0)
            {
                writer.WriteStartObject("cardData");
                writer.WriteString("license", Licenses[random.Next(Licenses.Length)]);
                if (baseId is not null)
                {
                    writer.WriteStartArray("base_model");
                    writer.WriteStringValue(baseId);
                    writer.WriteEndArray();
                }

                writer.WriteEndObject();
            }

            writer.WriteStartObject("safetensors");
            writer.WriteStartObject("parameters");
            var parameters = (long)(random.NextDouble() * 7e10);
            writer.WriteNumber("BF16", parameters);
            writer.WriteEndObject();
            writer.WriteNumber("total", parameters);
            writer.WriteEndObject();
            writer.WriteEndObject();
            writer.Flush();
            writer.Reset();
            stream.WriteByte((byte)'\n');
            if (original)
            {
                originals.Add(id);
            }
        }

        writer.Flush();
        return stream.Length;
    }
}
