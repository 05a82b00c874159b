using System.Text.Json;
using System.Text.Unicode;

namespace ClaimTracker.Api.Archive;

/// <summary>
/// Reads one archive line and explains what is wrong with a bad one in the archive's terms (the field, what it must
/// be), never in the serializer's (its messages name .NET types and members).
/// </summary>
internal static class ArchiveLineParser
{
    public const string DateTimeExample = "2023-05-03T12:00:00Z";

    /// <summary>The line's object; null with no error for a blank line.</summary>
    public static ImportError? Parse(ReadOnlySpan<byte> utf8, long line, out ArchiveLine? item)
    {
        item = null;
        if (utf8.Trim(" \t\r"u8).IsEmpty)
        {
            return null;
        }

        if (!Utf8.IsValid(utf8))
        {
            return ImportError.Invalid(line, "line", "The line is not valid UTF-8. Send the archive encoded as UTF-8.");
        }

        try
        {
            item = JsonSerializer.Deserialize(utf8, ArchiveLineJson.Default.ArchiveLine);
        }
        catch (JsonException e)
        {
            return Explain(e, line);
        }

        if (item is null)
        {
            return ImportError.Invalid(line, "line", "A line must be a JSON object.");
        }

        if (item.Appearances?.IndexOf(null!) is >= 0 and var i)
        {
            return ImportError.Invalid(line, $"appearances[{i}]", $"'appearances[{i}]' must be {Expected("appearances[0]")}.");
        }

        return ArchiveText.FirstUnstorable(item) is { } bad ? ImportError.Invalid(line, bad.Field, bad.Message) : null;
    }

    private static ImportError Explain(JsonException e, long line)
    {
        var field = e.Path is { Length: > 2 } path ? path[2..] : null;
        if (e.Message.Contains("could not be mapped", StringComparison.Ordinal) && field is not null)
        {
            return ImportError.Invalid(line, field, $"Unknown field '{field}': an archive line takes only the fields of its type (see the README).");
        }

        if (e.InnerException is InvalidOperationException && e.Message.Contains("UTF-16", StringComparison.Ordinal))
        {
            return ImportError.Invalid(line, field ?? "line", ArchiveText.Explain(field ?? "line", Common.StorableText.LoneSurrogateEscape));
        }

        if (e.Message.Contains("could not be converted", StringComparison.Ordinal))
        {
            return field is null
                ? ImportError.Invalid(line, "line", "A line must be a JSON object.")
                : ImportError.Invalid(line, field, $"'{field}' must be {Expected(field)}.");
        }

        var where = e.BytePositionInLine is { } at ? $" (at byte {at + 1})" : "";
        return ImportError.Invalid(line, field ?? "line", $"The line is not valid JSON{where}: it is cut short or has a stray character. Each line must be one complete JSON object.");
    }

    private static string Expected(string field)
    {
        var leaf = field[(field.LastIndexOf('.') + 1)..];
        var isItem = leaf.EndsWith(']');
        var name = isItem ? leaf[..leaf.IndexOf('[', StringComparison.Ordinal)] : leaf;
        return name switch
        {
            "publishedAt" or "statedAt" or "createdAt" or "updatedAt" => $"a date-time such as {DateTimeExample}",
            "quoteStart" or "quoteEnd" => "a whole number (a UTF-16 offset)",
            "evidenceProvided" => "true or false",
            "aliases" or "topics" => isItem ? "a string" : "an array of strings",
            "appearances" => isItem ? "an object (an appearance)" : "an array of objects (appearances)",
            _ => "a string",
        };
    }
}
