namespace AiRace.Application.Text;

/// <summary>The usage section (OpenRouter token shares).</summary>
public abstract partial class TextCatalog
{
    public abstract string UsageTitle { get; }

    public abstract string NoUsage { get; }

    public abstract string ColumnWeek { get; }

    public abstract string ColumnListedTokens { get; }

    public abstract string ColumnOthers { get; }

    public abstract string UsageLatest(DateOnly week, double cn, double us, string topN);

    public abstract string UsageFirst(DateOnly week, double cn, double us);

    public abstract string UsageOpenness(DateOnly week, double open, double closed, double unknown);

    public abstract string UsageCrossing(DateOnly week);

    public abstract string UsageTableCaption(int weeks);

    public abstract string UsageDefinition(string topN);

    public abstract string UsageUnresolved(int models);

    /// <summary>Tokens in trillions, as a table cell.</summary>
    public abstract string Trillions(double tokens);
}
