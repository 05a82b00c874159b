using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ClaimTracker.Api.Common;

/// <summary>
/// A <c>?from=&amp;to=</c> period. Both take ISO 8601 dates or date-times; a date alone means the whole day, so
/// <c>from=2023-05-04&amp;to=2023-05-04</c> is that day. <see cref="To"/> is exclusive.
/// </summary>
public readonly record struct DateRange(DateTimeOffset? From, DateTimeOffset? To)
{
    private static readonly string[] DateOnlyFormats = ["yyyy-MM-dd"];

    public static bool TryParse(string? from, string? to, out DateRange range, out ValidationProblem? problem)
    {
        var errors = new Dictionary<string, string[]>();
        var start = Parse(from, "from", endOfDay: false, errors);
        var end = Parse(to, "to", endOfDay: true, errors);
        if (start is not null && end is not null && start >= end)
        {
            errors["from"] = ["'from' must be before 'to'."];
        }

        range = new DateRange(start, end);
        problem = errors.Count == 0 ? null : TypedResults.ValidationProblem(errors);
        return problem is null;
    }

    private static DateTimeOffset? Parse(string? text, string name, bool endOfDay, Dictionary<string, string[]> errors)
    {
        if (text is null)
        {
            return null;
        }

        if (DateTime.TryParseExact(text, DateOnlyFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            var day = new DateTimeOffset(date, TimeSpan.Zero);
            return endOfDay ? day.AddDays(1) : day;
        }

        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant))
        {
            return instant.ToUniversalTime();
        }

        errors[name] = [$"'{name}' must be an ISO 8601 date (2023-05-04) or date-time (2023-05-04T10:00:00Z)."];
        return null;
    }
}
