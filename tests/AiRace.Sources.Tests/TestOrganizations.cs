using AiRace.Core.Attribution;
using AiRace.Sources.Attribution;

namespace AiRace.Sources.Tests;

/// <summary>
/// A small organizations table in the bundled CSV format, written here by hand (the real table ships with AiRace.Sources):
/// the labs behind the OpenRouter slug prefixes and Hub namespaces these tests meet.
/// </summary>
internal static class TestOrganizations
{
    private const string Csv = """
        name,aliases,country,hq_source_url,hf_namespaces,openrouter_namespaces,note
        Alibaba,Qwen,CN,https://example.org/a,Qwen,qwen,
        DeepSeek,,CN,https://example.org/b,deepseek-ai,deepseek,
        Zhipu AI,,CN,https://example.org/c,zai-org|THUDM,z-ai,
        Moonshot AI,,CN,https://example.org/d,moonshotai,moonshotai,
        MiniMax,,CN,https://example.org/e,MiniMaxAI,minimax,
        StepFun,,CN,https://example.org/f,stepfun-ai,stepfun,
        Xiaomi,,CN,https://example.org/g,XiaomiMiMo,xiaomi,
        Tencent,,CN,https://example.org/h,tencent,tencent,
        OpenAI,,US,https://example.org/i,openai,openai,
        Anthropic,,US,https://example.org/j,,anthropic,
        Google DeepMind,Google,US,https://example.org/k,google,google,
        Meta,,US,https://example.org/l,meta-llama,meta-llama,
        xAI,,US,https://example.org/m,xai-org,x-ai,
        NVIDIA,,US,https://example.org/n,nvidia,nvidia,
        Arcee AI,,US,https://example.org/o,arcee-ai,arcee-ai,
        Mistral AI,,FR,https://example.org/p,mistralai,mistralai,
        TNG Technology Consulting,,DE,https://example.org/q,,tngtech,
        Lightricks,,IL,https://example.org/r,Lightricks,,
        Sarvam AI,,IN,https://example.org/s,sarvamai,,
        """;

    public static OrganizationDirectory Directory { get; } = BundledOrganizations.Parse(new StringReader(Csv));

    public static CountryAttribution Policy { get; } = new(Directory);
}
