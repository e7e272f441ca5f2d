namespace AiRace.Core.Adoption;

/// <summary>How a derivative repository relates to its base, as the source states it. <c>Unknown</c> when it does not say.</summary>
public enum DerivativeRelation
{
    Unknown = 0,
    Finetune,
    Adapter,
    Quantized,
    Merge,
}
