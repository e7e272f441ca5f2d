namespace AiRace.Cli.Tests;

/// <summary>
/// The test classes that read the real <c>alltime.csv</c> store: it is imported once for all of them
/// (<see cref="RealStoreFixture"/>), and they only read it.
/// </summary>
[CollectionDefinition(Name)]
public sealed class AlltimeStoreCollection : ICollectionFixture<RealStoreFixture>
{
    public const string Name = "alltime store";
}
