using AiRace.Core.Figures;

namespace AiRace.Application.Text;

/// <summary>The adoption section (Hugging Face derivatives and downloads) and the sources of a share figure.</summary>
public abstract partial class TextCatalog
{
    public abstract string AdoptionTitle { get; }

    public abstract string NoAdoption { get; }

    public abstract string ColumnFamily { get; }

    public abstract string ColumnDerivatives { get; }

    public abstract string ColumnShare { get; }

    public abstract string ColumnCountry { get; }

    public abstract string ColumnDownloads { get; }

    public abstract string DerivativesCaption(string coverage, DateOnly date, int top);

    public abstract string DerivativesFinding(string top, double topShare, string second, double secondShare);

    public abstract string DerivativesDefinition(string coverage);

    public abstract string LineageNote(double unresolvedShare);

    public abstract string TrendingCaption(DateOnly date);

    public abstract string TrendingFinding(DateOnly date, double cn, double us);

    public abstract string TrendingDefinition { get; }

    /// <summary>One source of a share figure: attribution, kind, files and dates.</summary>
    public abstract string FigureSource(FigureSource source);
}
