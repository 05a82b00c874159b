using System.Text.Json;

namespace ClaimTracker.Api.Common;

/// <summary>
/// Text PostgreSQL cannot store: U+0000 (text columns end at NUL) and lone UTF-16 surrogates (they have no UTF-8
/// form). Such text is refused at the edge with a 400 naming the field, because a statement that fails while its
/// parameters are bound can leave a pooled connection out of step with the server (docs/reliability.md).
/// </summary>
public static class StorableText
{
    /// <summary>Why the text cannot be stored, or null when it can.</summary>
    public static string? Problem(ReadOnlySpan<char> text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\0')
            {
                return $"contains a NUL character (U+0000) at position {i}, which cannot be stored";
            }

            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(c))
            {
                return $"contains a lone UTF-16 surrogate (U+{(int)c:X4}) at position {i}, which is not valid Unicode text";
            }
        }

        return null;
    }

    /// <summary>The JSON path and problem of the first string (value or property name) that cannot be stored, if any.</summary>
    public static (string Path, string Problem)? FindIn(JsonElement element, string path = "")
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.String:
                return ProblemOf(element.GetString) is { } problem ? (PathOrBody(path), problem) : null;
            case JsonValueKind.Array:
                var index = 0;
                foreach (var item in element.EnumerateArray())
                {
                    if (FindIn(item, $"{path}[{index++}]") is { } found)
                    {
                        return found;
                    }
                }

                return null;
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    if (ProblemOf(() => property.Name) is { } nameProblem)
                    {
                        return (PathOrBody(path), "has a property name that " + nameProblem);
                    }

                    var propertyPath = path.Length == 0 ? property.Name : $"{path}.{property.Name}";
                    if (FindIn(property.Value, propertyPath) is { } found)
                    {
                        return found;
                    }
                }

                return null;
            default:
                return null;
        }
    }

    /// <summary>JSON escapes that do not form UTF-16 make the string unreadable: System.Text.Json throws on reading it.</summary>
    private static string? ProblemOf(Func<string?> read)
    {
        try
        {
            return Problem(read());
        }
        catch (InvalidOperationException)
        {
            return LoneSurrogateEscape;
        }
    }

    public const string LoneSurrogateEscape = "contains a lone UTF-16 surrogate escape, which is not valid Unicode text";

    private static string PathOrBody(string path) => path.Length == 0 ? "body" : path;
}
