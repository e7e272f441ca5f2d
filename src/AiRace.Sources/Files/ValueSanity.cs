using System.Globalization;
using AiRace.Core;
using AiRace.Core.Domain;

namespace AiRace.Sources.Files;

/// <summary>
/// The one set of plausibility rules every import passes before anything is written (README, "Value sanity rules"):
/// snapshot dates from 2015-01-01 and release dates from 1950-01-01, both to one year after today (UTC); scores within
/// their metric's declared range; counts non-negative; ranks from 1 to 1,000,000; names at most 2,000 characters (Epoch credits some systems to a dozen organizations), without
/// control characters (tab and line breaks, common in quoted CSV cells, are whitespace) or lone UTF-16 surrogates. A value outside is refused with one line naming the file, the place, the
/// value and the rule it broke.
/// </summary>
internal static class ValueSanity
{
    /// <summary>The first plausible snapshot date (leaderboards, usage weeks, Hub snapshots): before any of them existed.</summary>
    public static readonly DateOnly FirstSnapshot = new(2015, 1, 1);

    /// <summary>The first plausible release date (Epoch's catalogs start with 1950s systems).</summary>
    public static readonly DateOnly FirstRelease = new(1950, 1, 1);

    public const int MaxNameLength = 2000;

    public const int MaxRank = 1_000_000;

    /// <summary>The last plausible date of any kind: one year after today (UTC).</summary>
    public static DateOnly LastDate => DateOnly.FromDateTime(DateTime.UtcNow).AddYears(1);

    /// <summary>Checks every value of <paramref name="batch"/>; <paramref name="file"/> is named in the error.</summary>
    public static void Check(ImportBatch batch, string file)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var metrics = batch.Metrics.GroupBy(m => m.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        foreach (var m in batch.Models)
        {
            var place = $"model '{Clip(m.Key)}'";
            Name(m.Key, file, place + " key");
            Name(m.Name, file, place + " name");
            OptionalName(m.Organization, file, place + " organization");
            if (m.ReleaseDate is { } d)
            {
                ReleaseDate(d, file, place + " release date");
            }
        }

        foreach (var o in batch.Organizations)
        {
            Name(o.Name, file, $"organization '{Clip(o.Name)}'");
        }

        foreach (var a in batch.Aliases)
        {
            Name(a.Alias, file, $"alias of '{Clip(a.Key)}'");
        }

        foreach (var o in batch.Observations)
        {
            var place = $"{o.MetricId} of '{Clip(o.ModelKey)}' on {o.Date:yyyy-MM-dd}";
            Name(o.ModelKey, file, place + ", model key");
            metrics.TryGetValue(o.MetricId, out var metric);
            if (metric?.Kind == MetricKind.Snapshot)
            {
                SnapshotDate(o.Date, file, place + ", date");
            }
            else
            {
                ReleaseDate(o.Date, file, place + ", date");
            }

            var range = ScoreRange.For(metric?.Unit);
            Score(o.Score, range, file, place + ", score");
            if (o.CiLow is { } low)
            {
                Score(low, range.Widened, file, place + ", lower bound");
            }

            if (o.CiHigh is { } high)
            {
                Score(high, range.Widened, file, place + ", upper bound");
            }

            if (o.Votes is < 0)
            {
                throw Refused(file, place + ", votes", o.Votes.Value.ToString(CultureInfo.InvariantCulture), "a count is never negative");
            }
        }

        foreach (var u in batch.Usage)
        {
            var place = $"usage of '{Clip(u.Slug)}' in the week of {u.Week:yyyy-MM-dd}";
            SnapshotDate(u.SourceDate, file, place + ", date");
            Name(u.Slug, file, place + ", slug");
            Name(u.Name, file, place + ", name");
            Rank(u.Rank, file, place + ", rank");
            Count(u.TotalTokens, file, place + ", tokens");
            Count(u.ListedModels, file, place + ", listed models");
            Count(u.ListedTotal, file, place + ", total tokens");
            Count(u.SourceTotal, file, place + ", all-traffic tokens");
        }

        foreach (var t in batch.HubTrending)
        {
            var place = $"trending '{Clip(t.RepoId)}' on {t.SnapshotDate:yyyy-MM-dd}";
            SnapshotDate(t.SnapshotDate, file, place + ", date");
            Rank(t.Rank, file, place + ", rank");
            Name(t.RepoId, file, place + ", repository");
        }

        if (batch.HubModelsFile is { } hub)
        {
            SnapshotDate(hub.SnapshotDate, file, "the listing's snapshot date");
        }

        if (batch.HubModels is IReadOnlyCollection<HubModelRecord> listed)
        {
            foreach (var h in listed)
            {
                HubModel(h, file);
            }
        }
        else
        {
            batch.HubModels = Checked(batch.HubModels, file);
        }
    }

    /// <summary>One Hugging Face repository record: snapshot and creation dates, counts, names.</summary>
    public static void HubModel(HubModelRecord h, string file)
    {
        ArgumentNullException.ThrowIfNull(h);
        var place = $"repository '{Clip(h.RepoId)}'";
        SnapshotDate(h.SnapshotDate, file, place + ", snapshot date");
        Name(h.RepoId, file, place + ", id");
        OptionalName(h.Author, file, place + ", author");
        OptionalName(h.BaseModel, file, place + ", base model");
        Count(h.Downloads, file, place + ", downloads");
        Count(h.DownloadsAllTime, file, place + ", all-time downloads");
        Count(h.Likes, file, place + ", likes");
        Count(h.Parameters, file, place + ", parameters");
        if (h.CreatedAt is { } created)
        {
            SnapshotDate(DateOnly.FromDateTime(created.UtcDateTime), file, place + ", creation date");
        }
    }

    /// <summary>A snapshot date (a board, a usage week, a Hub listing) must lie from 2015-01-01 to one year after today.</summary>
    public static void SnapshotDate(DateOnly date, string file, string place) => InWindow(date, FirstSnapshot, file, place, "snapshot");

    /// <summary>A release or publication date must lie from 1950-01-01 to one year after today.</summary>
    public static void ReleaseDate(DateOnly date, string file, string place) => InWindow(date, FirstRelease, file, place, "release");

    /// <summary>A name: non-empty, at most 2,000 characters, no control characters but tab and line breaks, no lone surrogate.</summary>
    public static void Name(string? name, string file, string place)
    {
        if (string.IsNullOrEmpty(name))
        {
            throw Refused(file, place, string.Empty, "a name is never empty");
        }

        OptionalName(name, file, place);
    }

    public static void OptionalName(string? name, string file, string place)
    {
        if (name is null)
        {
            return;
        }

        if (name.Length > MaxNameLength)
        {
            throw Refused(file, place, Clip(name), $"a name has at most {MaxNameLength} characters (this one has {name.Length})");
        }

        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (char.IsControl(c) && c is not ('\t' or '\n' or '\r'))
            {
                throw Refused(file, place, Printable(name), $"a name has no control characters (U+{(int)c:X4} at character {i + 1})");
            }

            if (char.IsHighSurrogate(c) && i + 1 < name.Length && char.IsLowSurrogate(name[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(c))
            {
                throw Refused(file, place, Printable(name), $"a name is valid Unicode (a lone surrogate U+{(int)c:X4} at character {i + 1})");
            }
        }
    }

    private static void InWindow(DateOnly date, DateOnly first, string file, string place, string what)
    {
        var last = LastDate;
        if (date < first || date > last)
        {
            throw Refused(file, place, date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), $"a {what} date lies from {first:yyyy-MM-dd} to {last:yyyy-MM-dd} (one year after today)");
        }
    }

    private static void Score(double value, ScoreRange range, string file, string place)
    {
        if (!double.IsFinite(value) || value < range.Min || value > range.Max)
        {
            throw Refused(file, place, value.ToString("R", CultureInfo.InvariantCulture), $"{range.Rule}");
        }
    }

    private static void Rank(long rank, string file, string place)
    {
        if (rank is < 1 or > MaxRank)
        {
            throw Refused(file, place, rank.ToString(CultureInfo.InvariantCulture), $"a rank lies from 1 to {MaxRank:N0}");
        }
    }

    private static void Count(long? count, string file, string place)
    {
        if (count is < 0)
        {
            throw Refused(file, place, count.Value.ToString(CultureInfo.InvariantCulture), "a count is never negative");
        }
    }

    private static IEnumerable<HubModelRecord> Checked(IEnumerable<HubModelRecord> records, string file)
    {
        foreach (var r in records)
        {
            HubModel(r, file);
            yield return r;
        }
    }

    private static AiRaceException Refused(string file, string place, string value, string rule) =>
        new(ErrorKind.BadData, $"Cannot import '{file}': {place} is '{value}', which breaks the rule: {rule}. Fix that value and import again.");

    private static string Clip(string s) => Printable(s.Length <= 60 ? s : s[..60] + "…");

    /// <summary>The text with control characters and lone surrogates shown as <c>\uXXXX</c>, so the error line stays one line.</summary>
    private static string Printable(string s)
    {
        var clipped = s.Length <= 60 ? s : s[..60] + "…";
        var b = new System.Text.StringBuilder(clipped.Length);
        for (var i = 0; i < clipped.Length; i++)
        {
            var c = clipped[i];
            if (char.IsHighSurrogate(c) && i + 1 < clipped.Length && char.IsLowSurrogate(clipped[i + 1]))
            {
                b.Append(c).Append(clipped[++i]);
            }
            else if (char.IsControl(c) || char.IsSurrogate(c))
            {
                b.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:x4}");
            }
            else
            {
                b.Append(c);
            }
        }

        return b.ToString();
    }
}
