namespace AiRace.Application.Text;

/// <summary>The closing section: how every figure is defined and where the data comes from.</summary>
public abstract partial class TextCatalog
{
    public abstract string MethodTitle { get; }

    public abstract string MethodText { get; }

    public abstract string MethodSources { get; }

    public abstract string FrontierSnapshotDefinition { get; }

    public abstract string FrontierReleaseDatedDefinition { get; }

    public abstract string GapDefinition { get; }

    public abstract string BehindDefinition { get; }

    public abstract string LeadChangeDefinition { get; }

    public abstract string EarlierDefinition { get; }

    public abstract string GroupsDefinition { get; }

    public abstract string ScaleBreaks(IEnumerable<string> breaks);

    public abstract string ScaleBreaksNone { get; }

    public abstract string ScaleBreak(string metric, DateOnly date, string kind, string shift, string unit);
}
