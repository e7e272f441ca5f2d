using System.Globalization;

namespace AiRace.Application.Text;

/// <summary>Numbers and dates, formatted with the catalog's culture (never the thread's).</summary>
public abstract partial class TextCatalog
{
    /// <summary>A number with <paramref name="decimals"/> decimals and group separators (en <c>1,234.5</c>, vi <c>1.234,5</c>).</summary>
    public string Number(double value, int decimals = 1) =>
        value.ToString("N" + decimals.ToString(CultureInfo.InvariantCulture), Culture);

    /// <summary>A whole count with group separators (en <c>10,480,233</c>, vi <c>10.480.233</c>).</summary>
    public string Count(double value) => value.ToString("#,0", Culture);

    /// <summary>A number with an explicit plus sign when positive.</summary>
    public string Signed(double value, int decimals = 1) => (value > 0 ? "+" : string.Empty) + Number(value, decimals);

    /// <summary>A value already in percent, signed (<c>+5.8%</c>, vi <c>+5,8%</c>); <see cref="NotAvailable"/> when null.</summary>
    public string Percent(double? percent, int decimals = 1) => percent is null ? NotAvailable : Signed(percent.Value, decimals) + "%";

    /// <summary>A fraction as a percentage, unsigned (<c>0.698</c> → en <c>69.8%</c>, vi <c>69,8%</c>).</summary>
    public string Share(double fraction, int decimals = 1) =>
        fraction.ToString("0." + new string('0', decimals) + "%", Culture);

    /// <summary>A whole-percent probability (<c>0.42</c> → <c>42%</c>); <see cref="NotAvailable"/> when missing or not finite.</summary>
    public string Probability(double? p) => p is { } x && double.IsFinite(x) ? x.ToString("0%", Culture) : NotAvailable;

    /// <summary>A number with as few decimals as it needs (three under 1, else one); <see cref="NotAvailable"/> when missing or not finite.</summary>
    public string Compact(double? value) =>
        value is { } x && double.IsFinite(x) ? x.ToString(Math.Abs(x) < 1 ? "0.###" : "0.#", Culture) : NotAvailable;

    /// <summary>A huge quantity in scientific notation (<c>3.80E+25</c>, vi <c>3,80E+25</c>).</summary>
    public string Scientific(double value, bool signed = false) => (signed && value > 0 ? "+" : string.Empty) + value.ToString("0.00E+0", Culture);

    /// <summary>A short date (en <c>2026-05-04</c>, vi <c>04/05/2026</c>).</summary>
    public string Date(DateOnly date) => date.ToString(DatePattern, CultureInfo.InvariantCulture);

    /// <summary>A short date, or <see cref="NotAvailable"/>.</summary>
    public string Date(DateOnly? date) => date is { } d ? Date(d) : NotAvailable;

    /// <summary>A long date (en <c>29 November 2026</c>, vi <c>ngày 29 tháng 11 năm 2026</c>).</summary>
    public abstract string LongDate(DateOnly date);

    /// <summary>An interval of two formatted values (en <c>[1.2, 3.4]</c>; vi <c>[1,2; 3,4]</c>, since the comma is the decimal separator).</summary>
    public abstract string Range(string low, string high);

    /// <summary>The chart axes' month pattern (en <c>yyyy-MM</c>, vi <c>MM/yyyy</c>).</summary>
    public abstract string MonthPattern { get; }

    /// <summary>What a missing value prints as.</summary>
    public abstract string NotAvailable { get; }
}
