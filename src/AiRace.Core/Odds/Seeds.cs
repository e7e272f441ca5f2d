using MathNet.Numerics.Random;

namespace AiRace.Core.Odds;

/// <summary>
/// Deterministic seeds for independent random streams: stream <c>i</c> of seed <c>s</c> always gets the same generator,
/// whatever thread runs it, so results do not depend on scheduling.
/// </summary>
internal static class Seeds
{
    /// <summary>A 32-bit seed for stream <paramref name="stream"/> of <paramref name="seed"/> (SplitMix64 finalizer over both).</summary>
    public static int Derive(long seed, long stream)
    {
        unchecked
        {
            var z = (ulong)seed * 0x9E3779B97F4A7C15UL + (ulong)stream + 0x632BE59BD9B4E019UL;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            z ^= z >> 31;
            return (int)(z ^ (z >> 32));
        }
    }

    /// <summary>A fast, single-threaded generator (MathNet's xoshiro256**) for stream <paramref name="stream"/> of <paramref name="seed"/>.</summary>
    public static Xoshiro256StarStar Random(long seed, long stream) => new(Derive(seed, stream), threadSafe: false);
}
