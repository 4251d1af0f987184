using System.Buffers;
using System.Globalization;

namespace Apatorsen.Graph.Dataset;

/// <summary>
/// The characters no dataset value may hold: every C0 control but tab, line feed and carriage return, DEL, and every
/// C1 control. Tab is allowed anywhere; line breaks can only be inside a quoted value, where CSV allows them. They
/// would reach Neo4j, the API's JSON and a terminal as they are: a NUL ends strings in C tools, an escape starts a
/// terminal sequence, and none of them belongs in biomedical text.
/// </summary>
internal static class ControlCharacters
{
    public static readonly SearchValues<char> Refused = SearchValues.Create(
        [.. Enumerable.Range(0, 0x20).Where(c => c is not ('\t' or '\n' or '\r')).Concat(Enumerable.Range(0x7F, 0x21)).Select(c => (char)c)]);

    public const string Policy = "of the control characters only tab, and line breaks inside a quoted value, are allowed";

    /// <summary>What is wrong with a value holding a refused character at <paramref name="index"/>.</summary>
    public static string Describe(string column, ReadOnlySpan<char> value, int index) => string.Create(CultureInfo.InvariantCulture,
        $"'{column}' holds the control character U+{(int)value[index]:X4} at character {index + 1}; {Policy}");
}
