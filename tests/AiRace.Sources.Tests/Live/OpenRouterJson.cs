namespace AiRace.Sources.Tests.Live;

/// <summary>Hand-written OpenRouter bodies shaped like the documented examples.</summary>
internal static class OpenRouterJson
{
    public const string Catalog = """
        {"data":[
          {"id":"openai/gpt-4","canonical_slug":"openai/gpt-4","hugging_face_id":"","name":"OpenAI: GPT-4","created":1692901234,
           "context_length":8192,"pricing":{"prompt":"0.00003","completion":"0.00006"}},
          {"id":"qwen/qwen3-32b","canonical_slug":"qwen/qwen3-32b-04-28","hugging_face_id":"Qwen/Qwen3-32B","name":"Qwen: Qwen3 32B",
           "created":1745875945,"pricing":{"prompt":"0.0000001","completion":"0.0000003"},"some_new_field":{"x":1}},
          {"id":"openrouter/auto","canonical_slug":"openrouter/auto","name":"Auto Router","pricing":{"prompt":"-1","completion":"-1"}}
        ]}
        """;

    public const string Rankings = """
        {"data":[
          {"date":"2026-05-10","model_permaslug":"openai/gpt-4o-2024-05-13","total_tokens":"12345678"},
          {"date":"2026-05-10","model_permaslug":"other","total_tokens":"4321098"},
          {"date":"2026-05-11","model_permaslug":"openai/gpt-4o-2024-05-13","total_tokens":"9000000000123"},
          {"date":"2026-05-11","model_permaslug":"qwen/qwen3-32b-04-28:free","total_tokens":"9876543"},
          {"date":"2026-05-11","model_permaslug":"other","total_tokens":"100"}
        ],
        "meta":{"as_of":"2026-05-12T02:00:00Z","end_date":"2026-05-11","start_date":"2026-05-10","version":"v1"}}
        """;
}
