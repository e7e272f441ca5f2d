using AiRace.Core.Adoption;
using AiRace.Core.Analysis;
using AiRace.Core.Domain;

namespace AiRace.Application.Text;

/// <summary>Names from the data shown in the catalog's language: groups, metrics, units and kinds.</summary>
public abstract partial class TextCatalog
{
    /// <summary>A group's display name (<c>US</c> → United States / Mỹ; reserved names such as <c>unresolved</c>); other labels as they are.</summary>
    public abstract string Group(string label);

    /// <summary>A group's display name.</summary>
    public string Group(GroupSpec group)
    {
        ArgumentNullException.ThrowIfNull(group);
        return Group(group.Label);
    }

    /// <summary>A metric's name: a translation when the catalog has one, else <paramref name="name"/> (the source's name).</summary>
    public abstract string MetricName(string id, string name);

    /// <summary>A metric's unit (<c>index (0-100)</c>, <c>fraction (0-1)</c>); Elo, ECI and FLOP stay as they are.</summary>
    public abstract string Unit(string unit);

    /// <summary>What kind of series a metric is.</summary>
    public abstract string MetricKind(MetricKind kind);

    /// <summary>The kind of a scale break (a constant offset or a change of rating method).</summary>
    public abstract string ScaleBreakKind(ScaleBreakKind kind);

    /// <summary>What a kind of Hub data covers, as a noun phrase.</summary>
    public abstract string Coverage(HubSourceKind source);
}
