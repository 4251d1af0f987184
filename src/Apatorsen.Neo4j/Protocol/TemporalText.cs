using System.Globalization;

namespace Apatorsen.Neo4j.Protocol;

/// <summary>
/// ISO-8601 text of Cypher temporal values, both ways. Neo4j keeps nanoseconds, .NET keeps 100 ns ticks, so
/// fractions beyond seven digits are truncated on the way in; seconds may be omitted when zero (12:50).
/// </summary>
internal static class TemporalText
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;
    private static readonly string[] TimeFormats = ["HH:mm", "HH:mm:ss", "HH:mm:ss.FFFFFFF"];
    private static readonly string[] LocalDateTimeFormats = ["yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF"];
    private static readonly string[] OffsetDateTimeFormats = ["yyyy-MM-dd'T'HH:mmK", "yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK"];

    public static DateOnly ParseDate(string text) =>
        DateOnly.ParseExact(text, "yyyy-MM-dd", Invariant, DateTimeStyles.None);

    public static TimeOnly ParseLocalTime(string text) =>
        TimeOnly.ParseExact(TruncateFraction(text), TimeFormats, Invariant, DateTimeStyles.None);

    public static DateTime ParseLocalDateTime(string text) =>
        DateTime.ParseExact(TruncateFraction(text), LocalDateTimeFormats, Invariant, DateTimeStyles.None);

    /// <summary>Reads OffsetDateTime and ZonedDateTime; a zone id suffix such as <c>[Europe/Oslo]</c> is dropped, the offset kept.</summary>
    public static DateTimeOffset ParseDateTimeOffset(string text)
    {
        var zoneStart = text.IndexOf('[', StringComparison.Ordinal);
        var withoutZone = zoneStart >= 0 ? text[..zoneStart] : text;
        return DateTimeOffset.ParseExact(TruncateFraction(withoutZone), OffsetDateTimeFormats, Invariant, DateTimeStyles.None);
    }

    public static Neo4jOffsetTime ParseOffsetTime(string text)
    {
        if (text.EndsWith('Z'))
        {
            return new Neo4jOffsetTime(ParseLocalTime(text[..^1]), TimeSpan.Zero);
        }

        var signAt = text.LastIndexOfAny(['+', '-']);
        if (signAt <= 0)
        {
            throw new FormatException($"'{text}' is not a time with an offset such as 12:50:35+01:00.");
        }

        var offset = TimeSpan.ParseExact(text.AsSpan(signAt + 1), [@"hh\:mm", @"hh\:mm\:ss", "hhmm", "hh"], Invariant);
        return new Neo4jOffsetTime(ParseLocalTime(text[..signAt]), text[signAt] == '-' ? offset.Negate() : offset);
    }

    public static string Format(DateOnly value) => value.ToString("yyyy-MM-dd", Invariant);

    public static string Format(TimeOnly value) => value.ToString("HH:mm:ss.FFFFFFF", Invariant);

    public static string Format(DateTime value) => value.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF", Invariant);

    public static string Format(DateTimeOffset value) => value.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz", Invariant);

    public static string Format(Neo4jOffsetTime value)
    {
        var sign = value.Offset < TimeSpan.Zero ? '-' : '+';
        return Format(value.Time) + sign + value.Offset.Duration().ToString(@"hh\:mm", Invariant);
    }

    /// <summary>ISO-8601 duration in seconds, which Neo4j normalises itself: <c>PT90.5S</c>, <c>PT-3S</c>.</summary>
    public static string FormatDuration(TimeSpan value) =>
        string.Create(Invariant, $"PT{value.Ticks / (decimal)TimeSpan.TicksPerSecond:0.#######}S");

    private static string TruncateFraction(string text)
    {
        var dot = text.IndexOf('.', StringComparison.Ordinal);
        if (dot < 0)
        {
            return text;
        }

        var end = dot + 1;
        while (end < text.Length && char.IsAsciiDigit(text[end]))
        {
            end++;
        }

        return end - dot - 1 > 7 ? string.Concat(text.AsSpan(0, dot + 8), text.AsSpan(end)) : text;
    }
}
