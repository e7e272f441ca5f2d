namespace AiRace.Application.Text;

/// <summary>The dashboard's words.</summary>
public abstract partial class TextCatalog
{
    /// <summary>Every word the dashboard prints, in this language.</summary>
    public abstract DashboardWords Dashboard { get; }
}
